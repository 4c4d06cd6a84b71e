import { projectorScreen } from '@core/session/projector-screen'
import { defaultPrinciples } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import SpeakersView from '../../renderer/src/stage/views/SpeakersView.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness } from './support/harness'

afterEach(cleanup)

const deck = defaultPrinciples()

function session(backend: FakeBackend): Session {
  return backend.host.getSnapshot().session
}

function participantId(backend: FakeBackend, name: string): string {
  const found = session(backend).participants.find((p) => p.name === name)
  if (!found) throw new Error(`no participant ${name}`)
  return found.id
}

/** The programme moves to the casework, so the projector shows the speakers. */
function goToCasework(backend: FakeBackend): void {
  const phase = session(backend).phases.find((p) => p.kind === 'casework')
  if (!phase) throw new Error('the default programme has no casework')
  backend.apply({ type: 'phase/go', id: phase.id })
}

/** A current variant-2 dilemma with `principles` chosen and `speakers` on the first slots. */
function seeded(principles: number, speakers: readonly string[]) {
  const backend = new FakeBackend()
  backend.apply({ type: 'participant/add-many', names: ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva'] })
  const [id = ''] = backend.seedDilemmas('Mag ik een collega corrigeren waar de burger bij is?')
  backend.apply({ type: 'dilemma/edit', id, variant: 'variant2' })
  backend.apply({ type: 'dilemma/make-current', id })
  goToCasework(backend)
  const principleIds = deck.slice(0, principles).map((p) => p.id)
  backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds })
  speakers.forEach((name, slot) =>
    backend.apply({
      type: 'v2/assign',
      dilemmaId: id,
      slot,
      participantId: participantId(backend, name),
    }),
  )
  return { backend, id, principleIds }
}

/** The props the projector passes, computed exactly as the projector computes its screen. */
function speakersProps(backend: FakeBackend) {
  const screen = projectorScreen(session(backend))
  if (screen.kind !== 'speakers')
    throw new Error(`expected the speakers screen, got ${screen.kind}`)
  const { dilemma, slots, round } = screen
  return { dilemma, slots, round }
}

async function mountView(backend: FakeBackend, locale: 'nl' | 'en' = 'nl') {
  const harness = await createHarness({ backend, role: 'projector', locale })
  const wrapper = harness.mount(SpeakersView, { props: speakersProps(backend) })
  await flushPromises()
  return wrapper
}

function nameElements(wrapper: VueWrapper) {
  return wrapper.findAll<HTMLElement>('[data-participant-id]')
}

function slotOf(wrapper: VueWrapper, backend: FakeBackend, name: string): string | undefined {
  const id = participantId(backend, name)
  return wrapper.find(`[data-participant-id="${id}"]`).attributes('data-slot')
}

describe('SpeakersView', () => {
  it('shows each chosen principle as an area in its colour, with the speakers on their areas', async () => {
    const { backend, principleIds } = seeded(4, ['Anna', 'Bram', 'Chris'])
    const wrapper = await mountView(backend)

    const view = wrapper.find('[data-testid="speakers-view"]')
    expect(view.attributes('data-slot-count')).toBe('4')
    const areas = wrapper.findAll<HTMLElement>('[data-principle-id]')
    expect(areas.map((a) => a.attributes('data-principle-id'))).toEqual(principleIds)
    expect(areas.map((a) => a.find('h2').text())).toEqual(deck.slice(0, 4).map((p) => p.name))
    expect(areas.map((a) => a.find('[data-role="principle-name"]').text())).toEqual(
      deck.slice(0, 4).map((p) => p.name),
    )
    areas.forEach((area) => expect(area.element.style.backgroundColor).not.toBe(''))

    expect(nameElements(wrapper).map((n) => n.text())).toEqual(['Anna', 'Bram', 'Chris'])
    expect(slotOf(wrapper, backend, 'Anna')).toBe('0')
    expect(slotOf(wrapper, backend, 'Bram')).toBe('1')
    expect(slotOf(wrapper, backend, 'Chris')).toBe('2')
    // The areas go round clockwise: Anna stands top left, Chris bottom right.
    expect(nameElements(wrapper)[0]?.element.style.transform).toBe('translate(25%, 38.75%)')
    expect(nameElements(wrapper)[2]?.element.style.transform).toBe('translate(75%, 88.75%)')
    // The fourth principle has nobody yet.
    expect(areas[3]?.text()).toContain('nog niemand')
    expect(areas[0]?.text()).not.toContain('nog niemand')

    expect(wrapper.find('[data-testid="projector-dilemma"]').text()).toBe(
      'Mag ik een collega corrigeren waar de burger bij is?',
    )
    expect(wrapper.find('[data-testid="speakers-round"]').text()).toBe('Ronde 1')
  })

  it('after a rotation every name keeps its element and moves on to the next area', async () => {
    const { backend, id } = seeded(4, ['Anna', 'Bram', 'Chris', 'Dewi'])
    const wrapper = await mountView(backend)
    const before = new Map(
      nameElements(wrapper).map((n) => [n.attributes('data-participant-id'), n.element]),
    )
    const transformsBefore = nameElements(wrapper).map((n) => n.element.style.transform)

    backend.apply({ type: 'v2/rotate', dilemmaId: id })
    await wrapper.setProps(speakersProps(backend))

    expect(slotOf(wrapper, backend, 'Anna')).toBe('1')
    expect(slotOf(wrapper, backend, 'Bram')).toBe('2')
    expect(slotOf(wrapper, backend, 'Chris')).toBe('3')
    expect(slotOf(wrapper, backend, 'Dewi')).toBe('0')
    for (const element of nameElements(wrapper)) {
      // The same DOM element, so the CSS transition on transform carries the name across.
      expect(element.element).toBe(before.get(element.attributes('data-participant-id')))
    }
    const anna = wrapper.find<HTMLElement>(
      `[data-participant-id="${participantId(backend, 'Anna')}"]`,
    )
    expect(anna.element.style.transform).toBe(transformsBefore[1])
    expect(wrapper.find('[data-testid="speakers-round"]').text()).toBe('Ronde 2')
  })

  it('lays out fewer principles sensibly and says "nog niemand" on empty areas', async () => {
    const { backend } = seeded(2, ['Eva'])
    const wrapper = await mountView(backend)

    expect(wrapper.findAll('[data-principle-id]')).toHaveLength(2)
    expect(wrapper.find('.speakers__grid').classes()).toContain('speakers__grid--2')
    expect(nameElements(wrapper)[0]?.element.style.transform).toBe('translate(25%, 77.5%)')
    expect(wrapper.findAll('.area__nobody').map((n) => n.text())).toEqual(['nog niemand'])
  })

  it('before principles are chosen, shows the dilemma large and that the group is choosing', async () => {
    const { backend } = seeded(0, [])
    const wrapper = await mountView(backend)

    expect(wrapper.find('h1').text()).toBe('Mag ik een collega corrigeren waar de burger bij is?')
    expect(wrapper.text()).toContain('De groep kiest vier principes')
    expect(wrapper.findAll('[data-principle-id]')).toHaveLength(0)
  })

  it('keeps hostile names and titles as text', async () => {
    const backend = new FakeBackend()
    const hostile = '<script>alert(1)</script><b>vet</b>'
    backend.apply({ type: 'participant/add-many', names: [hostile] })
    const [id = ''] = backend.seedDilemmas(`<img src=x onerror="alert(2)">${'lang '.repeat(300)}`)
    backend.apply({ type: 'dilemma/edit', id, variant: 'variant2' })
    backend.apply({ type: 'dilemma/make-current', id })
    goToCasework(backend)
    backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds: [deck[0]?.id ?? ''] })
    backend.apply({
      type: 'v2/assign',
      dilemmaId: id,
      slot: 0,
      participantId: participantId(backend, hostile),
    })
    const wrapper = await mountView(backend)

    expect(nameElements(wrapper)[0]?.text()).toBe(hostile)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('[data-testid="projector-dilemma"]').text()).toContain('<img src=x')
  })

  it('speaks English when asked', async () => {
    const { backend } = seeded(3, ['Anna'])
    const wrapper = await mountView(backend, 'en')
    expect(wrapper.find('[data-testid="speakers-round"]').text()).toBe('Round 1')
    expect(wrapper.findAll('.area__nobody').map((n) => n.text())).toEqual([
      'nobody yet',
      'nobody yet',
    ])
  })
})
