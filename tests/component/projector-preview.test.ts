import { formatClockTime } from '@common/timers/timer-display'
import type { CommandInput } from '@core/commands/schema'
import { defaultPrinciples } from '@core/session/default-session'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorPreview from '../../renderer/src/presenter/projector/ProjectorPreview.vue'
import ProjectorApp from '../../renderer/src/projector/ProjectorApp.vue'
import ProjectorStage from '../../renderer/src/stage/ProjectorStage.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, setLocale } from './support/harness'

afterEach(cleanup)

const deck = defaultPrinciples()
const [first] = deck
if (!first) throw new Error('the default deck is empty')

function label(wrapper: VueWrapper): string {
  return wrapper.find('[data-testid="projector-preview-label"]').text()
}

/** The stage inside the thumbnail. */
function stageOf(wrapper: VueWrapper) {
  return wrapper.findComponent(ProjectorStage)
}

describe('ProjectorPreview', () => {
  it('draws the projector stage from the presenter’s session, hidden from screen readers', async () => {
    const { wrapper, store } = await mountConnected(ProjectorPreview)
    const stage = stageOf(wrapper)
    expect(stage.exists()).toBe(true)
    expect(stage.props('session')).toStrictEqual(store.session)
    expect(stage.props('revision')).toBe(store.revision)
    expect(stage.attributes('data-screen')).toBe('welcome')
    // Only the label speaks; the thumbnail's headings and texts would repeat the beamer.
    const frame = wrapper.find('.preview__frame')
    expect(frame.attributes('aria-hidden')).toBe('true')
    expect(frame.element.contains(stage.element)).toBe(true)
    expect(wrapper.find('.preview__label').attributes('aria-hidden')).toBeUndefined()
    expect(label(wrapper)).toBe('Voorbeeld van de beamer: welkomstscherm')
    // The presenter keeps its one main landmark: the stage here is a plain box.
    expect(wrapper.find('main').exists()).toBe(false)
    expect(stage.element.tagName).toBe('DIV')
  })

  it('follows every change and names what the beamer shows, blackout and pause included', async () => {
    const backend = new FakeBackend()
    const { wrapper, store } = await mountConnected(ProjectorPreview, { backend })
    const steps: [CommandInput, string, string][] = [
      [
        { type: 'projector/show-principle', principleId: first.id },
        'principle',
        `principe ${first.name}`,
      ],
      [{ type: 'projector/blackout', blackout: 'black' }, 'black', 'zwart, de beamer is donker'],
      [{ type: 'projector/blackout', blackout: 'pause' }, 'pause', 'pauzescherm'],
      [{ type: 'projector/blackout', blackout: 'none' }, 'principle', `principe ${first.name}`],
      [{ type: 'projector/show-principle', principleId: null }, 'welcome', 'welkomstscherm'],
    ]
    for (const [command, kind, name] of steps) {
      backend.apply(command)
      await flushPromises()
      expect(stageOf(wrapper).attributes('data-screen')).toBe(kind)
      expect(stageOf(wrapper).attributes('data-revision')).toBe(String(store.revision))
      expect(wrapper.attributes('data-screen')).toBe(kind)
      expect(label(wrapper)).toBe(`Voorbeeld van de beamer: ${name}`)
    }
  })

  it('shows the black screen clearly as a dark beamer', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/blackout', blackout: 'black' })
    const { wrapper } = await mountConnected(ProjectorPreview, { backend })
    expect(wrapper.classes()).toContain('preview--dark')
    expect(wrapper.find('[data-testid="black-view"]').exists()).toBe(true)
    expect(label(wrapper)).toBe('Voorbeeld van de beamer: zwart, de beamer is donker')
  })

  it('names a break by the time it ends, a phase by its title, in the chosen language', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'timer/start-break', minutes: 15 })
    const { wrapper, i18n } = await mountConnected(ProjectorPreview, { backend })
    const endsAt = backend.host.getSnapshot().session.timers.breakEndsAt ?? 0
    expect(wrapper.find('[data-testid="break-view"]').exists()).toBe(true)
    expect(label(wrapper)).toBe(
      `Voorbeeld van de beamer: pauze tot ${formatClockTime(endsAt, 'nl')}`,
    )

    backend.apply({ type: 'timer/end-break' })
    backend.apply({ type: 'phase/add', kind: 'other', title: 'Koffie', plannedMinutes: 10 })
    const other = backend.host.getSnapshot().session.phases.find((p) => p.kind === 'other')
    backend.apply({ type: 'phase/go', id: other?.id ?? '' })
    await flushPromises()
    expect(label(wrapper)).toBe('Voorbeeld van de beamer: titel Koffie')

    setLocale(i18n, 'en')
    await flushPromises()
    expect(label(wrapper)).toBe('Preview of the projector: title Koffie')
  })

  it('shows exactly what the projector window shows, screen after screen', async () => {
    const backend = new FakeBackend()
    const presenter = await mountConnected(ProjectorPreview, { backend })
    const projector = await mountConnected(ProjectorApp, { role: 'projector', backend })
    const participants = ['Anna', 'Bram', 'Cees', 'Dewi']
    backend.apply({ type: 'participant/add-many', names: participants })
    backend.apply({
      type: 'dilemma/add',
      title: 'Een gunst voor de wethouder',
      variant: 'variant2',
    })
    const dilemma = backend.host.getSnapshot().session.dilemmas[0]?.id ?? ''
    const casework = backend.host.getSnapshot().session.phases.find((p) => p.kind === 'casework')
    const steps: CommandInput[] = [
      { type: 'projector/set-theme', theme: 'high-contrast' },
      { type: 'projector/set-font-scale', fontScale: 1.2 },
      { type: 'phase/go', id: casework?.id ?? '' },
      { type: 'dilemma/make-current', id: dilemma },
      {
        type: 'v2/set-principles',
        dilemmaId: dilemma,
        principleIds: deck.slice(0, 4).map((p) => p.id),
      },
      { type: 'v2/pick-speakers', dilemmaId: dilemma, seed: 3 },
      { type: 'projector/show-principle', principleId: first.id },
      { type: 'projector/blackout', blackout: 'pause' },
      { type: 'projector/blackout', blackout: 'black' },
    ]
    for (const command of steps) {
      backend.apply(command)
      await flushPromises()
      const preview = stageOf(presenter.wrapper)
      const beamer = projector.wrapper
      for (const data of ['data-screen', 'data-revision', 'data-theme', 'data-font-scale'])
        expect(preview.attributes(data), `${data} after ${command.type}`).toBe(
          beamer.attributes(data),
        )
      expect(beamer.element.innerHTML).toContain('data-testid=')
      expect(preview.element.innerHTML, `after ${command.type}`).toBe(beamer.element.innerHTML)
    }
  })
})
