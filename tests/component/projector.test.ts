import { defaultPrinciples } from '@core/session/default-session'
import type { ProjectorScreen } from '@core/session/projector-screen'
import type { Dilemma, PhaseKind, Session } from '@core/session/schema'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorApp from '../../renderer/src/projector/ProjectorApp.vue'
import PrincipleView from '../../renderer/src/stage/views/PrincipleView.vue'
import WelcomeView from '../../renderer/src/stage/views/WelcomeView.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected } from './support/harness'

afterEach(cleanup)

const deck = defaultPrinciples()
const [principle, second] = deck
if (!principle || !second) throw new Error('the default deck needs at least two principles')

/** happy-dom reports colours as written or as rgb(); compare them in one form. */
function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

function expectBackground(element: HTMLElement, hex: string): void {
  expect([hex.toLowerCase(), hexToRgb(hex)]).toContain(element.style.backgroundColor.toLowerCase())
}

type ScreenKind = ProjectorScreen['kind']

/** The test id of the view ProjectorApp (its ProjectorStage) renders for each kind of screen. */
const VIEW_OF: Record<ScreenKind, string> = {
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

/** Which views are on the projector (exactly one, if all is well). */
function viewsShown(wrapper: VueWrapper): string[] {
  return Object.values(VIEW_OF).filter((id) => wrapper.find(`[data-testid="${id}"]`).exists())
}

function expectScreen(wrapper: VueWrapper, kind: ScreenKind): void {
  expect(wrapper.attributes('data-screen')).toBe(kind)
  expect(viewsShown(wrapper)).toEqual([VIEW_OF[kind]])
}

function sessionOf(backend: FakeBackend): Session {
  return backend.host.getSnapshot().session
}

/** Moves the programme to the (first) phase of this kind, as the rail would. */
function goTo(backend: FakeBackend, kind: PhaseKind): void {
  const phase = sessionOf(backend).phases.find((p) => p.kind === kind)
  if (!phase) throw new Error(`the programme has no ${kind} phase`)
  backend.apply({ type: 'phase/go', id: phase.id })
}

/** Adds a dilemma discussed in `variant` and makes it the current one. */
function currentDilemma(backend: FakeBackend, title: string, variant: Dilemma['variant']): string {
  backend.apply({ type: 'dilemma/add', title, variant })
  const id = sessionOf(backend).dilemmas.at(-1)?.id
  if (!id) throw new Error('the dilemma was not added')
  backend.apply({ type: 'dilemma/make-current', id })
  return id
}

function participantIds(backend: FakeBackend, ...names: string[]): string[] {
  backend.apply({ type: 'participant/add-many', names })
  return names.map((name) => {
    const found = sessionOf(backend).participants.find((p) => p.name === name)
    if (!found) throw new Error(`no participant ${name}`)
    return found.id
  })
}

async function mountProjector(backend: FakeBackend): Promise<VueWrapper> {
  const { wrapper } = await mountConnected(ProjectorApp, { role: 'projector', backend })
  return wrapper
}

describe('ProjectorApp', () => {
  it('shows the welcome screen before the programme starts', async () => {
    const wrapper = await mountProjector(new FakeBackend())

    expectScreen(wrapper, 'welcome')
    expect(wrapper.attributes('data-revision')).toBe('0')
    const welcome = wrapper.find('[data-testid="welcome-view"]')
    expect(welcome.find('h1').text()).toBe('Dansende Dilemma’s')
    expect(welcome.text()).toContain('Ambtelijk Vakmanschap')
    expect(welcome.text()).toContain('Welkom! We beginnen zo.')
    // No title yet: nothing stands in for it.
    expect(welcome.find('[data-testid="welcome-session-title"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="projector-dilemma"]').exists()).toBe(false)
  })

  it('shows one coloured mat per principle on the welcome screen', async () => {
    const backend = new FakeBackend()
    const { wrapper, store } = await mountConnected(ProjectorApp, { role: 'projector', backend })
    const mats = wrapper.findAll<HTMLElement>('.welcome__mat')
    const principles = store.session?.principles ?? []
    expect(principles).toHaveLength(deck.length)
    expect(mats).toHaveLength(principles.length)
    principles.forEach((p, i) => {
      const mat = mats[i]
      if (!mat) throw new Error(`no mat for ${p.id}`)
      expectBackground(mat.element, p.color)
    })
  })

  it("shows the chosen principle's name, summary and colour", async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'principle')
    const view = wrapper.find<HTMLElement>('[data-testid="principle-view"]')
    expect(view.attributes('data-principle-id')).toBe(principle.id)
    expect(view.find('[data-testid="projector-principle-name"]').text()).toBe(principle.name)
    expect(view.find('.principle__summary').text()).toBe(principle.summary)
    expectBackground(view.element, principle.color)
  })

  it('the welcome screen shows the session title and the principles, never the current dilemma', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', title: 'Teamdag Vergunningen' })
    currentDilemma(backend, 'Mag ik de burgemeester tegenspreken?', 'variant1')
    goTo(backend, 'welcome')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'welcome')
    expect(wrapper.find('[data-testid="welcome-session-title"]').text()).toBe(
      'Teamdag Vergunningen',
    )
    expect(wrapper.findAll('.welcome__mat')).toHaveLength(deck.length)
    // The welcome phase runs: the group is welcomed, no longer told that it starts soon.
    expect(wrapper.text()).toContain('Welkom, fijn dat jullie er zijn!')
    expect(wrapper.text()).not.toContain('Mag ik de burgemeester tegenspreken?')
    expect(wrapper.find('[data-testid="projector-dilemma"]').exists()).toBe(false)
  })

  it("puts the current dilemma's title on the principle screen and the casework screen", async () => {
    const backend = new FakeBackend()
    currentDilemma(backend, 'Mag ik de burgemeester tegenspreken?', 'variant1')
    goTo(backend, 'casework')
    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'principle')
    const onPrinciple = wrapper.find(
      '[data-testid="principle-view"] [data-testid="projector-dilemma"]',
    )
    expect(onPrinciple.text()).toBe('Dilemma Mag ik de burgemeester tegenspreken?')

    backend.apply({ type: 'projector/show-principle', principleId: null })
    await flushPromises()

    expect(wrapper.attributes('data-screen')).toBe('tally')
    // Nothing counted is shown yet: the title stands over "Iedereen staat? Dan tellen we."
    expect(wrapper.find('[data-testid="tally-waiting"] h1').text()).toBe(
      'Mag ik de burgemeester tegenspreken?',
    )
  })

  it('follows the presenter live: principle over the phase, then back to that phase', async () => {
    const backend = new FakeBackend()
    const presenter = await createHarness({ backend })
    const wrapper = await mountProjector(backend)
    expectScreen(wrapper, 'welcome')

    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: principle.id })
    await flushPromises()
    expectScreen(wrapper, 'principle')
    expect(wrapper.attributes('data-revision')).toBe('1')
    expect(wrapper.find('[data-testid="projector-principle-name"]').text()).toBe(principle.name)

    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: null })
    await flushPromises()
    expectScreen(wrapper, 'welcome')
    expect(wrapper.attributes('data-revision')).toBe('2')

    await presenter.store.dispatch({ type: 'phase/go', id: 'ph2' })
    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: second.id })
    await flushPromises()
    expectScreen(wrapper, 'principle')
    expect(wrapper.find('[data-testid="projector-principle-name"]').text()).toBe(second.name)

    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: null })
    await flushPromises()
    expectScreen(wrapper, 'lineup')
    expect(wrapper.attributes('data-revision')).toBe('5')
  })

  it('moving to another phase takes a shown principle off the projector', async () => {
    const backend = new FakeBackend()
    goTo(backend, 'starter')
    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    const wrapper = await mountProjector(backend)
    expectScreen(wrapper, 'principle')

    goTo(backend, 'explanation')
    await flushPromises()
    expectScreen(wrapper, 'principles')
  })

  it('removing the current dilemma takes it off the projector', async () => {
    const backend = new FakeBackend()
    const id = currentDilemma(backend, 'Tijdelijk', 'variant1')
    goTo(backend, 'casework')
    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    const wrapper = await mountProjector(backend)
    expect(wrapper.find('[data-testid="projector-dilemma"]').text()).toContain('Tijdelijk')

    backend.apply({ type: 'dilemma/remove', id })
    await flushPromises()
    expectScreen(wrapper, 'principle')
    expect(wrapper.find('[data-testid="projector-dilemma"]').exists()).toBe(false)

    backend.apply({ type: 'projector/show-principle', principleId: null })
    await flushPromises()
    // Without a dilemma the casework shows the mats and asks the question; no title anywhere.
    expectScreen(wrapper, 'principles')
    expect(wrapper.text()).not.toContain('Tijdelijk')
  })
})

describe('ProjectorApp: the right view for every screen', () => {
  it('welcome: the welcome phase shows the title and the mats', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', title: 'Dilemma’s bij Belastingen' })
    goTo(backend, 'welcome')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'welcome')
    expect(wrapper.find('[data-testid="welcome-session-title"]').text()).toBe(
      'Dilemma’s bij Belastingen',
    )
  })

  it('principle: a shown principle wins over any phase', async () => {
    const backend = new FakeBackend()
    goTo(backend, 'harvest')
    backend.apply({ type: 'projector/show-principle', principleId: second.id })
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'principle')
    expect(wrapper.find('[data-testid="principle-view"]').attributes('data-principle-id')).toBe(
      second.id,
    )
  })

  it("lineup: the starter phase shows the starter's statement between its two ends", async () => {
    const backend = new FakeBackend()
    backend.apply({
      type: 'starter/edit',
      statement: 'Ik weet wat de Gids van mij vraagt.',
      leftEnd: 'Geen idee',
      rightEnd: 'Precies',
    })
    goTo(backend, 'starter')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'lineup')
    expect(wrapper.find('[data-testid="lineup-statement"]').text()).toBe(
      'Ik weet wat de Gids van mij vraagt.',
    )
    expect(wrapper.find('[data-testid="lineup-left"]').text()).toBe('Geen idee')
    expect(wrapper.find('[data-testid="lineup-right"]').text()).toBe('Precies')
  })

  it('principles: the explanation phase shows every mat under the explanation heading', async () => {
    const backend = new FakeBackend()
    goTo(backend, 'explanation')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'principles')
    expect(wrapper.find('[data-testid="principles-overview-heading"]').text()).toBe(
      'De principes van ambtelijk vakmanschap',
    )
    expect(wrapper.findAll('.mat').map((mat) => mat.attributes('data-principle-id'))).toEqual(
      deck.map((p) => p.id),
    )
  })

  it('principles: the casework without a current dilemma asks which principle you choose', async () => {
    const backend = new FakeBackend()
    goTo(backend, 'casework')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'principles')
    expect(wrapper.find('[data-testid="principles-overview-heading"]').text()).toBe(
      'Casuïstiek — welk principe kies jij?',
    )
  })

  it('tally: the casework with a variant-1 dilemma shows its title and the counts', async () => {
    const backend = new FakeBackend()
    const id = currentDilemma(backend, 'Een wethouder vraagt om een gunst', 'variant1')
    goTo(backend, 'casework')
    backend.apply({ type: 'tally/set', dilemmaId: id, principleId: second.id, count: 3 })
    backend.apply({ type: 'tally/reveal', dilemmaId: id, moment: 'first', revealed: true })
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'tally')
    expect(wrapper.find('[data-testid="tally-view"] h1').text()).toBe(
      'Een wethouder vraagt om een gunst',
    )
    expect(wrapper.findAll('.bar')).toHaveLength(deck.length)
    expect(wrapper.find(`.bar[data-principle-id="${second.id}"]`).attributes('data-count')).toBe(
      '3',
    )
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('3 mensen gekozen')
  })

  it('speakers: the casework with a variant-2 dilemma shows the principles and who stands where', async () => {
    const backend = new FakeBackend()
    const [anna = '', bram = ''] = participantIds(backend, 'Anna', 'Bram')
    const id = currentDilemma(backend, 'Een collega deelt klantgegevens', 'variant2')
    goTo(backend, 'casework')
    const chosen = deck.slice(0, 4).map((p) => p.id)
    backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds: chosen })
    backend.apply({ type: 'v2/assign', dilemmaId: id, slot: 0, participantId: anna })
    backend.apply({ type: 'v2/assign', dilemmaId: id, slot: 1, participantId: bram })
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'speakers')
    expect(wrapper.find('[data-testid="projector-dilemma"]').text()).toBe(
      'Een collega deelt klantgegevens',
    )
    expect(wrapper.find('[data-testid="speakers-round"]').text()).toBe('Ronde 1')
    expect(wrapper.findAll('.area').map((area) => area.attributes('data-principle-id'))).toEqual(
      chosen,
    )
    expect(wrapper.find(`[data-participant-id="${anna}"]`).text()).toBe('Anna')
    expect(wrapper.find(`[data-participant-id="${bram}"]`).attributes('data-slot')).toBe('1')
  })

  it('harvest: the harvest phase writes the threads on the flip chart', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'harvest/add', list: 'threads', text: 'Eerlijk zijn kost tijd' })
    backend.apply({ type: 'harvest/add', list: 'insights', text: 'Alleen voor het verslag' })
    goTo(backend, 'harvest')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'harvest')
    expect(wrapper.findAll('[data-testid="harvest-thread"]').map((t) => t.text())).toEqual([
      'Eerlijk zijn kost tijd',
    ])
    expect(wrapper.text()).not.toContain('Alleen voor het verslag')
  })

  it('closing: the closing phase thanks the group and says where to read more', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', title: 'Teamdag', moreInfo: 'intranet/av' })
    goTo(backend, 'closing')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'closing')
    expect(wrapper.find('[data-testid="closing-title"]').text()).toBe('Teamdag')
    expect(wrapper.find('[data-testid="closing-more-info"]').text()).toContain('intranet/av')
  })

  it('phase-title: a phase of another kind shows only its title', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/add', kind: 'other', title: 'Koffiepauze', plannedMinutes: 10 })
    goTo(backend, 'other')
    const wrapper = await mountProjector(backend)

    expectScreen(wrapper, 'phase-title')
    expect(wrapper.find('[data-testid="phase-title"]').text()).toBe('Koffiepauze')
  })

  it('walks the default programme live, one view at a time', async () => {
    const backend = new FakeBackend()
    const wrapper = await mountProjector(backend)
    const seen: string[] = []
    for (const phase of sessionOf(backend).phases) {
      backend.apply({ type: 'phase/go', id: phase.id })
      await flushPromises()
      expect(viewsShown(wrapper)).toHaveLength(1)
      seen.push(`${phase.kind}:${wrapper.attributes('data-screen') ?? ''}`)
    }
    expect(seen).toEqual([
      'welcome:welcome',
      'starter:lineup',
      'explanation:principles',
      'casework:principles',
      'harvest:harvest',
      'closing:closing',
    ])
  })
})

describe("the projector never receives the facilitator's notes", () => {
  it("the projector's session has no phase notes and no starter observation", async () => {
    const backend = new FakeBackend()
    backend.apply({
      type: 'starter/edit',
      observation: 'Weinig kennis; Bram stond helemaal links.',
    })
    goTo(backend, 'starter')
    const presenter = await createHarness({ backend })
    const { wrapper, store } = await mountConnected(ProjectorApp, { role: 'projector', backend })

    // The presenter has them (the default programme comes with notes) …
    const phases = presenter.store.session?.phases ?? []
    expect(phases.length).toBeGreaterThan(0)
    expect(phases.every((phase) => phase.notes.trim() !== '')).toBe(true)
    expect(presenter.store.session?.starter.observation).toContain('Bram')
    // … the projector got the same session without them.
    expect(store.session?.phases.map((phase) => phase.notes)).toEqual(phases.map(() => ''))
    expect(store.session?.starter.observation).toBe('')
    expect(store.session?.phases.map((phase) => phase.title)).toEqual(phases.map((p) => p.title))
    expect(wrapper.text()).not.toContain('Bram')

    // Live changes arrive redacted too.
    await presenter.store.dispatch({
      type: 'phase/edit',
      id: 'ph2',
      notes: 'Geheim: Anna twijfelt',
    })
    await presenter.store.dispatch({ type: 'starter/edit', observation: 'Anna stond rechts' })
    await flushPromises()
    expect(store.revision).toBe(presenter.store.revision)
    expect(presenter.store.session?.phases[1]?.notes).toBe('Geheim: Anna twijfelt')
    expect(store.session?.phases.every((phase) => phase.notes === '')).toBe(true)
    expect(store.session?.starter.observation).toBe('')
    expect(JSON.stringify(store.snapshot)).not.toContain('Anna')
    expect(wrapper.text()).not.toContain('Anna')
  })
})

describe('projector views on their own', () => {
  it('WelcomeView shows the session title when there is one, and always the welcome line', async () => {
    const harness = await createHarness({ role: 'projector' })
    const view = harness.mount(WelcomeView, {
      props: { title: '', principles: deck, facilitators: [], started: false },
    })
    expect(view.find('.welcome__line').text()).toBe('Welkom! We beginnen zo.')
    expect(view.find('[data-testid="welcome-session-title"]').exists()).toBe(false)
    expect(view.findAll('.welcome__mat')).toHaveLength(deck.length)

    await view.setProps({ title: 'Een losse titel', principles: deck.slice(0, 2) })
    expect(view.find('[data-testid="welcome-session-title"]').text()).toBe('Een losse titel')
    expect(view.find('.welcome__line').text()).toBe('Welkom! We beginnen zo.')
    expect(view.findAll('.welcome__mat')).toHaveLength(2)
    expect(view.find('[data-testid="projector-dilemma"]').exists()).toBe(false)
    expect(view.find('[data-testid="welcome-facilitators"]').exists()).toBe(false)
  })

  it('WelcomeView introduces the facilitators, and no longer says “we start soon” once it runs', async () => {
    const harness = await createHarness({ role: 'projector' })
    const view = harness.mount(WelcomeView, {
      props: { title: '', principles: deck, facilitators: ['Anna de Vries'], started: false },
    })
    const names = () => view.find('[data-testid="welcome-facilitators"]').text()
    const line = () => view.find('[data-testid="welcome-line"]').text()
    expect(names()).toBe('Je begeleider vandaag: Anna de Vries')
    expect(line()).toBe('Welkom! We beginnen zo.')

    await view.setProps({ facilitators: ['Anna de Vries', 'Bram', 'Carla'], started: true })
    expect(names()).toBe('Je begeleiders vandaag: Anna de Vries, Bram en Carla')
    expect(line()).toBe('Welkom, fijn dat jullie er zijn!')
  })

  it('PrincipleView uses the colour it is given, with or without a dilemma', async () => {
    const backend = new FakeBackend()
    const id = currentDilemma(backend, 'Een losse titel', 'variant1')
    const dilemma = sessionOf(backend).dilemmas.find((d) => d.id === id) ?? null
    const harness = await createHarness({ role: 'projector', backend })
    const custom = { ...principle, id: 'eigen', name: 'Eigen', summary: 'Kort', color: '#123456' }
    const view = harness.mount(PrincipleView, { props: { principle: custom, dilemma: null } })

    expectBackground(view.element as HTMLElement, '#123456')
    expect(view.find('h1').text()).toBe('Eigen')
    expect(view.find('.principle__summary').text()).toBe('Kort')
    expect(view.find('[data-testid="projector-dilemma"]').exists()).toBe(false)

    await view.setProps({ dilemma })
    expect(view.find('[data-testid="projector-dilemma"]').text()).toBe('Dilemma Een losse titel')
  })
})
