import type { CommandInput } from '@core/commands/schema'
import { defaultPrinciples } from '@core/session/default-session'
import { projectorScreen } from '@core/session/projector-screen'
import type { PhaseKind, Session } from '@core/session/schema'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorTimer from '../../renderer/src/stage/ProjectorTimer.vue'
import ProjectorApp from '../../renderer/src/projector/ProjectorApp.vue'
import ProjectorStage from '../../renderer/src/stage/ProjectorStage.vue'
import { FLIP_CHART, flipChartLayout } from '../../renderer/src/stage/views/harvest-layout'
import { NAMES_GRID, namesLayout } from '../../renderer/src/stage/views/overview-layout'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected, type Harness } from './support/harness'

afterEach(cleanup)

const deck = defaultPrinciples()

/** The test id of the view the stage shows for each kind of screen. */
const VIEW_OF: Record<ReturnType<typeof projectorScreen>['kind'], string> = {
  welcome: 'welcome-view',
  principle: 'principle-view',
  lineup: 'lineup-view',
  principles: 'principles-overview',
  tally: 'tally-view',
  speakers: 'speakers-view',
  'round-notes': 'round-notes-view',
  'look-back': 'look-back-view',
  harvest: 'harvest-view',
  'tension-map': 'tension-map-view',
  closing: 'closing-view',
  'phase-title': 'phase-title-view',
  break: 'break-view',
  black: 'black-view',
  pause: 'pause-view',
}

function viewsShown(wrapper: VueWrapper): string[] {
  return Object.values(VIEW_OF).filter((id) => wrapper.find(`[data-testid="${id}"]`).exists())
}

function goTo(backend: FakeBackend, kind: PhaseKind): void {
  const phase = backend.host.getSnapshot().session.phases.find((p) => p.kind === kind)
  if (!phase) throw new Error(`the programme has no ${kind} phase`)
  backend.apply({ type: 'phase/go', id: phase.id })
}

/** A stage in a projector window, fed by hand from the session that window received. */
async function stageFor(
  backend: FakeBackend,
): Promise<{ harness: Harness; wrapper: VueWrapper; update: () => Promise<void> }> {
  const harness = await createHarness({ role: 'projector', backend })
  const props = () => ({ session: harness.store.session, revision: harness.store.revision })
  const wrapper = harness.mount(ProjectorStage, { props: props() })
  await flushPromises()
  return {
    harness,
    wrapper,
    update: async () => {
      await flushPromises()
      await wrapper.setProps(props())
    },
  }
}

function sessionOf(harness: Harness): Session {
  const session = harness.store.session
  if (!session) throw new Error('no session in the window')
  return session
}

describe('ProjectorStage', () => {
  it('shows the view of projectorScreen(session) and says which on its root', async () => {
    const backend = new FakeBackend()
    const { harness, wrapper, update } = await stageFor(backend)
    expect(wrapper.element.tagName).toBe('DIV')
    expect(wrapper.attributes('data-screen')).toBe('welcome')
    expect(wrapper.attributes('data-revision')).toBe('0')
    expect(viewsShown(wrapper)).toEqual(['welcome-view'])

    const steps: CommandInput[] = [
      { type: 'projector/show-principle', principleId: deck[2]?.id ?? null },
      { type: 'projector/show-principle', principleId: null },
      { type: 'timer/start-break', minutes: 15 },
      { type: 'projector/blackout', blackout: 'pause' },
      { type: 'projector/blackout', blackout: 'black' },
      { type: 'projector/blackout', blackout: 'none' },
      { type: 'timer/end-break' },
    ]
    const seen: string[] = []
    for (const command of steps) {
      backend.apply(command)
      await update()
      const kind = projectorScreen(sessionOf(harness)).kind
      expect(wrapper.attributes('data-screen')).toBe(kind)
      expect(wrapper.attributes('data-revision')).toBe(String(harness.store.revision))
      expect(viewsShown(wrapper)).toEqual([VIEW_OF[kind]])
      seen.push(kind)
    }
    expect(seen).toEqual(['principle', 'welcome', 'break', 'pause', 'black', 'break', 'welcome'])
  })

  it('gives the break view its end time and the pause view the mats', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'timer/start-break', minutes: 10 })
    const { harness, wrapper, update } = await stageFor(backend)
    const endsAt = sessionOf(harness).timers.breakEndsAt
    expect(endsAt).not.toBeNull()
    const breakView = wrapper.findComponent({ name: 'BreakView' })
    expect(breakView.props('endsAt')).toBe(endsAt)

    backend.apply({ type: 'projector/blackout', blackout: 'pause' })
    await update()
    const pause = wrapper.findComponent({ name: 'PauseView' })
    expect(pause.props('principles')).toEqual(sessionOf(harness).principles)
  })

  it('carries the theme and the text size on its root, as data and as a CSS property', async () => {
    const backend = new FakeBackend()
    const { wrapper, update } = await stageFor(backend)
    const root = wrapper.element as HTMLElement
    expect(wrapper.attributes('data-theme')).toBe('standard')
    expect(wrapper.attributes('data-font-scale')).toBe('1')
    expect(root.style.getPropertyValue('--projector-font-scale')).toBe('1')

    backend.apply({ type: 'projector/set-theme', theme: 'high-contrast' })
    backend.apply({ type: 'projector/set-font-scale', fontScale: 1.3 })
    await update()
    expect(wrapper.attributes('data-theme')).toBe('high-contrast')
    expect(wrapper.attributes('data-font-scale')).toBe('1.3')
    expect(root.style.getPropertyValue('--projector-font-scale')).toBe('1.3')
  })

  it('lays the timer over the screen when one is shown, never over the black screen', async () => {
    const backend = new FakeBackend()
    const { wrapper, update } = await stageFor(backend)
    const timer = () => wrapper.findComponent(ProjectorTimer).exists()
    expect(timer()).toBe(false)

    const expectations: [CommandInput, boolean][] = [
      [{ type: 'projector/set-timer', timer: 'phase' }, true],
      [{ type: 'projector/blackout', blackout: 'black' }, false],
      [{ type: 'projector/blackout', blackout: 'pause' }, true],
      [{ type: 'projector/blackout', blackout: 'none' }, true],
      [{ type: 'projector/set-timer', timer: 'round' }, true],
      [{ type: 'projector/set-timer', timer: 'hidden' }, false],
    ]
    for (const [command, shown] of expectations) {
      backend.apply(command)
      await update()
      expect(timer(), JSON.stringify(command)).toBe(shown)
    }
  })

  it('renders nothing but its root while there is no session yet', async () => {
    const harness = await createHarness({ role: 'projector' })
    const wrapper = harness.mount(ProjectorStage, { props: { session: null, revision: -1 } })
    expect(wrapper.attributes('data-screen')).toBeUndefined()
    expect(wrapper.attributes('data-theme')).toBe('standard')
    expect(viewsShown(wrapper)).toEqual([])
    expect(wrapper.findComponent(ProjectorTimer).exists()).toBe(false)
  })

  it('hands its text size to the views that lay themselves out', async () => {
    const backend = new FakeBackend()
    backend.apply({
      type: 'harvest/add',
      list: 'threads',
      text: 'Tijdsdruk verdringt zorgvuldigheid',
    })
    goTo(backend, 'harvest')
    const { wrapper, update } = await stageFor(backend)
    const list = () => wrapper.find<HTMLUListElement>('[data-testid="harvest-view"] ul')
    const size = () => list().element.style.getPropertyValue('--thread-size')
    expect(size()).toBe(`${FLIP_CHART.maxFontVh}cqh`)

    backend.apply({ type: 'projector/set-font-scale', fontScale: 1.5 })
    await update()
    const larger = flipChartLayout(['Tijdsdruk verdringt zorgvuldigheid'], 16 / 9, 1.5).fontVh
    expect(larger).toBeGreaterThan(FLIP_CHART.maxFontVh)
    // The stage has no layout in this DOM: the window's shape stands in for its own.
    const aspect = window.innerWidth / window.innerHeight
    const expected = flipChartLayout(['Tijdsdruk verdringt zorgvuldigheid'], aspect, 1.5)
    expect(size()).toBe(`${expected.fontVh}cqh`)
    expect(expected.fontVh).toBeGreaterThan(FLIP_CHART.maxFontVh)

    backend.apply({ type: 'projector/set-font-scale', fontScale: 0.8 })
    await update()
    // Smaller, but never below the smallest readable size.
    const smaller = flipChartLayout(['Tijdsdruk verdringt zorgvuldigheid'], aspect, 0.8).fontVh
    expect(size()).toBe(`${smaller}cqh`)
    expect(smaller).toBeLessThan(FLIP_CHART.maxFontVh)
    expect(smaller).toBeGreaterThanOrEqual(FLIP_CHART.minFontVh)
  })

  it('never lets a smaller text size take the names of many principles below 8vh', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `${deck[i % deck.length]?.name} ${i + 1}`)
    expect(namesLayout(twelve, 16 / 9, 1).fontVh).toBe(8)
    expect(namesLayout(twelve, 16 / 9, 0.8)).toEqual(namesLayout(twelve, 16 / 9, 1))
    // Larger only as far as the names fit: these long ones are already as large as they fit …
    expect(namesLayout(twelve, 16 / 9, 1.5)).toEqual(namesLayout(twelve, 16 / 9, 1))
    // … short ones grow, yet one line never gets taller than its tile (six rows of 12.2vh).
    const short = Array.from({ length: 12 }, (_, i) => `Open ${i + 1}`)
    const larger = namesLayout(short, 16 / 9, 1.5)
    expect(larger.fontVh).toBeGreaterThan(8)
    expect(larger.fontVh * NAMES_GRID.lineHeight).toBeLessThanOrEqual(
      (NAMES_GRID.heightVh - 5 * NAMES_GRID.rowGapVh) / 6 - 2 * NAMES_GRID.tilePadYVh,
    )
  })
})

describe('ProjectorApp: the stage filling the projector window', () => {
  it('is one main element with the screen, the revision, the theme and the text size', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/set-theme', theme: 'high-contrast' })
    backend.apply({ type: 'projector/set-font-scale', fontScale: 0.8 })
    goTo(backend, 'starter')
    const { wrapper, store } = await mountConnected(ProjectorApp, { role: 'projector', backend })

    expect(wrapper.element.tagName).toBe('MAIN')
    expect(document.querySelectorAll('main')).toHaveLength(1)
    expect(wrapper.classes()).toContain('projector')
    expect(wrapper.attributes('data-screen')).toBe('lineup')
    expect(wrapper.attributes('data-revision')).toBe(String(store.revision))
    expect(wrapper.attributes('data-theme')).toBe('high-contrast')
    expect(wrapper.attributes('data-font-scale')).toBe('0.8')
    expect(wrapper.findComponent(ProjectorStage).props('session')).toStrictEqual(store.session)
  })
})
