import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import HarvestPanel from '../../renderer/src/presenter/harvest/HarvestPanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, setLocale } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

function inHarvest(backend: FakeBackend): FakeBackend {
  const phase = backend.host.getSnapshot().session.phases.find((p) => p.kind === 'harvest')
  if (!phase) throw new Error('the default programme has no harvest')
  backend.apply({ type: 'phase/go', id: phase.id })
  return backend
}

type Mark = readonly [a: string, b: string, kind: 'tension' | 'common']

/** One dilemma per list of marks. */
function withMarks(...perDilemma: (readonly Mark[])[]): FakeBackend {
  const backend = new FakeBackend()
  const ids = backend.seedDilemmas(...perDilemma.map((_, index) => `Dilemma ${index + 1}`))
  perDilemma.forEach((marks, index) => {
    for (const [a, b, kind] of marks)
      backend.apply({ type: 'pair/mark', dilemmaId: ids[index] ?? '', a, b, kind })
  })
  return backend
}

const choice = (wrapper: VueWrapper, screen: string) =>
  wrapper.get<HTMLButtonElement>(`[data-testid="harvest-screen"] button[data-screen="${screen}"]`)
const state = (wrapper: VueWrapper) => wrapper.get('[data-testid="harvest-screen-state"]').text()
const summary = (wrapper: VueWrapper) =>
  wrapper.findAll('[data-testid="tension-summary"] p').map((p) => p.text())

describe('HarvestPanel: what the beamer shows', () => {
  it('puts the tension map on the beamer with one command and shows it is there', async () => {
    const { wrapper, backend } = await mountConnected(HarvestPanel, {
      backend: inHarvest(new FakeBackend()),
    })
    expect(choice(wrapper, 'threads').attributes('aria-pressed')).toBe('true')
    expect(choice(wrapper, 'tension-map').attributes('aria-pressed')).toBe('false')
    expect(state(wrapper)).toBe('De beamer toont nu de rode draden.')

    await buttonByText(wrapper, 'Spanningskaart op de beamer').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'projector/harvest-screen', screen: 'tension-map' },
    ])
    expect(backend.host.getSnapshot().session.projector.harvestScreen).toBe('tension-map')
    expect(choice(wrapper, 'tension-map').attributes('aria-pressed')).toBe('true')
    expect(choice(wrapper, 'threads').attributes('aria-pressed')).toBe('false')
    expect(state(wrapper)).toBe('De beamer toont nu de spanningskaart.')
  })

  it('goes back to the threads, and sends nothing for the screen already shown', async () => {
    const backend = inHarvest(new FakeBackend())
    backend.apply({ type: 'projector/harvest-screen', screen: 'tension-map' })
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    await choice(wrapper, 'tension-map').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])

    await buttonByText(wrapper, 'Rode draden op de beamer').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'projector/harvest-screen', screen: 'threads' }])
    expect(choice(wrapper, 'threads').attributes('aria-pressed')).toBe('true')
  })

  it('follows a change made elsewhere (undo, the other window)', async () => {
    const { wrapper, backend } = await mountConnected(HarvestPanel, {
      backend: inHarvest(new FakeBackend()),
    })
    backend.apply({ type: 'projector/harvest-screen', screen: 'tension-map' })
    await flushPromises()

    expect(choice(wrapper, 'tension-map').attributes('aria-pressed')).toBe('true')
    expect(state(wrapper)).toBe('De beamer toont nu de spanningskaart.')
  })

  it('says the beamer shows the choice only once the harvest starts', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/harvest-screen', screen: 'tension-map' })
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    expect(state(wrapper)).toBe('Zodra de opbrengst begint, toont de beamer de spanningskaart.')
  })
})

describe('HarvestPanel: the tension map in brief', () => {
  it('says when no pair is marked yet', async () => {
    const { wrapper } = await mountConnected(HarvestPanel)
    expect(summary(wrapper)).toEqual(['De spanningskaart', 'Nog geen paren gemarkeerd.'])
  })

  it('names the pair most often in tension and in common ground, over the dilemmas', async () => {
    const backend = withMarks(
      [
        ['open', 'integer', 'tension'],
        ['dienstbaar', 'vakkundig', 'common'],
      ],
      [['integer', 'open', 'tension']],
      [],
    )
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    expect(summary(wrapper)).toEqual([
      'De spanningskaart',
      'Vaakst spanning: Integer ↔ Open (2×)',
      'Vaakst raakvlak: Dienstbaar ↔ Vakkundig (1×)',
      'Paren gemarkeerd bij 2 dilemma’s.',
    ])
  })

  it('names pairs that share the top, and nothing for a kind that never came up', async () => {
    const backend = withMarks([
      ['open', 'integer', 'tension'],
      ['respectvol', 'rechtvaardig', 'tension'],
    ])
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    expect(summary(wrapper)).toEqual([
      'De spanningskaart',
      'Vaakst spanning: Integer ↔ Open, Rechtvaardig ↔ Respectvol (1×)',
      'Paren gemarkeerd bij 1 dilemma.',
    ])
  })

  it('speaks English', async () => {
    const backend = inHarvest(withMarks([['open', 'integer', 'common']]))
    const { wrapper, i18n } = await mountConnected(HarvestPanel, { backend })
    setLocale(i18n, 'en')
    await flushPromises()

    expect(choice(wrapper, 'tension-map').text()).toBe('Tension map on the projector')
    expect(state(wrapper)).toBe('The projector now shows the common threads.')
    expect(summary(wrapper)).toEqual([
      'The tension map',
      'Most often common ground: Integer ↔ Open (1×)',
      'Pairs marked for 1 dilemma.',
    ])
  })
})
