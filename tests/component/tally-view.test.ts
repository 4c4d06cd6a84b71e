import { defaultPrinciples } from '@core/session/default-session'
import { projectorScreen } from '@core/session/projector-screen'
import type { Principle, Session } from '@core/session/schema'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import TallyView from '../../renderer/src/stage/views/TallyView.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, setLocale } from './support/harness'

afterEach(cleanup)

const deck = defaultPrinciples()

function session(backend: FakeBackend): Session {
  return backend.host.getSnapshot().session
}

/**
 * A current variant-1 dilemma in the casework phase, with `counts` per principle (deck order)
 * as its first choice, revealed (the hidden state has its own test).
 */
function seeded(title: string, counts: readonly number[], principles: Principle[] = deck) {
  const backend = new FakeBackend()
  if (principles !== deck) backend.apply({ type: 'principle/replace-all', principles })
  const [id = ''] = backend.seedDilemmas(title)
  backend.apply({ type: 'dilemma/make-current', id })
  const phase = session(backend).phases.find((p) => p.kind === 'casework')
  if (!phase) throw new Error('the default programme has no casework')
  backend.apply({ type: 'phase/go', id: phase.id })
  counts.forEach((count, index) => {
    const principle = principles[index]
    if (principle && count > 0)
      backend.apply({ type: 'tally/set', dilemmaId: id, principleId: principle.id, count })
  })
  backend.apply({ type: 'tally/reveal', dilemmaId: id, moment: 'first', revealed: true })
  return { backend, id }
}

/** Twelve principles: the default deck twice over, numbered (p1–p12). */
function deckOfTwelve(): Principle[] {
  return Array.from({ length: 12 }, (_, index) => {
    const base = deck[index % deck.length]
    if (!base) throw new Error('empty deck')
    return { ...base, id: `p${index + 1}`, name: `${base.name} ${index + 1}` }
  })
}

/** The props the projector passes, computed exactly as the projector computes its screen. */
function tallyProps(backend: FakeBackend) {
  const screen = projectorScreen(session(backend))
  if (screen.kind !== 'tally') throw new Error(`expected the tally screen, got ${screen.kind}`)
  const { kind, ...props } = screen
  return props
}

async function mountTally(backend: FakeBackend, locale: 'nl' | 'en' = 'nl') {
  const harness = await createHarness({ role: 'projector', backend, locale })
  const wrapper = harness.mount(TallyView, { props: tallyProps(backend) })
  await flushPromises()
  return { ...harness, wrapper }
}

function widths(wrapper: VueWrapper): Record<string, string> {
  return Object.fromEntries(
    wrapper
      .findAll('li.bar')
      .map((bar) => [
        bar.attributes('data-principle-id'),
        bar.find<HTMLElement>('.bar__fill').element.style.width,
      ]),
  )
}

describe('TallyView', () => {
  it('shows the title, one bar per principle in deck order and the total', async () => {
    const { backend } = seeded('Snel leveren of zorgvuldig toetsen', [4, 2, 0, 1, 3, 0, 2])
    const { wrapper } = await mountTally(backend)

    const view = wrapper.find('[data-testid="tally-view"]')
    expect(view.exists()).toBe(true)
    expect(view.find('h1').text()).toBe('Snel leveren of zorgvuldig toetsen')
    const bars = wrapper.findAll<HTMLLIElement>('li.bar')
    expect(bars.map((b) => b.attributes('data-principle-id'))).toEqual(deck.map((p) => p.id))
    expect(bars.map((b) => b.attributes('data-count'))).toEqual(['4', '2', '0', '1', '3', '0', '2'])
    expect(bars.map((b) => b.find('.bar__name').text())).toEqual(deck.map((p) => p.name))
    // Every name is marked, so the readability check on the beamer finds them all.
    expect(wrapper.findAll('[data-role="principle-name"]').map((name) => name.text())).toEqual(
      deck.map((p) => p.name),
    )
    // The fill sits in the track, under the name, each in its own bar.
    bars.forEach((bar) => {
      expect(bar.find('.bar__track .bar__fill').exists()).toBe(true)
      expect(bar.find('.bar__track [data-role="principle-name"]').exists()).toBe(true)
    })
    expect(bars.map((b) => b.find('.bar__count').text())).toEqual([
      '4',
      '2',
      '0',
      '1',
      '3',
      '0',
      '2',
    ])
    expect(bars.map((b) => b.element.style.getPropertyValue('--color'))).toEqual(
      deck.map((p) => p.color),
    )
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('12 mensen gekozen')
    expect(view.attributes('style')).toContain('--rows: 7')
  })

  it('makes bar widths proportional to the counts, the biggest one full width', async () => {
    const { backend } = seeded('Wie staat waar?', [4, 2, 0, 1, 3, 0, 2])
    const { wrapper } = await mountTally(backend)
    const ids = deck.map((p) => p.id)

    expect(Object.values(widths(wrapper))).toEqual(['100%', '50%', '0%', '25%', '75%', '0%', '50%'])
    expect(Object.keys(widths(wrapper))).toEqual(ids)

    // A new count rescales every bar against the new biggest one.
    await wrapper.setProps({
      bars: deck.map((principle, index) => ({
        principle,
        count: index === 1 ? 8 : 2,
        first: null,
      })),
      total: 20,
    })
    expect(widths(wrapper)[ids[1] ?? '']).toBe('100%')
    expect(widths(wrapper)[ids[0] ?? '']).toBe('25%')
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('20 mensen gekozen')
  })

  it('shows only empty tracks while nobody has chosen, and one person in the singular', async () => {
    const { backend } = seeded('Nog niemand', [])
    const { wrapper } = await mountTally(backend)
    expect(new Set(Object.values(widths(wrapper)))).toEqual(new Set(['0%']))
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('Nog niemand gekozen')

    await wrapper.setProps({
      bars: deck.map((principle, index) => ({
        principle,
        count: index === 6 ? 1 : 0,
        first: null,
      })),
      total: 1,
    })
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('1 persoon gekozen')
    expect(Object.values(widths(wrapper)).at(-1)).toBe('100%')
  })

  it('keeps a hostile 2,000-character title as text', async () => {
    const hostile = `<img src=x onerror=alert(1)> <script>x()</script> ${'مرحبا'.repeat(385)}`
    const { backend } = seeded(hostile, [1])
    const { wrapper } = await mountTally(backend)

    const title = wrapper.find('h1')
    expect(title.element.textContent).toBe(hostile)
    expect(title.attributes('dir')).toBe('auto')
    expect(wrapper.element.querySelector('img')).toBeNull()
    expect(wrapper.element.querySelector('script')).toBeNull()
  })

  it('lays out twelve principles as twelve rows when every one is chosen', async () => {
    const twelve = deckOfTwelve()
    const { backend } = seeded('Twaalf matten', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], twelve)
    const { wrapper } = await mountTally(backend)

    expect(wrapper.findAll('li.bar')).toHaveLength(12)
    expect(wrapper.find('[data-testid="tally-view"]').attributes('style')).toContain('--rows: 12')
    expect(widths(wrapper).p12).toBe('100%')
    expect(widths(wrapper).p6).toBe('50%')
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('78 mensen gekozen')
  })

  it('gives twelve principles rows only where people stand while eight or fewer are chosen, and names the rest in one line', async () => {
    const twelve = deckOfTwelve()
    const counts = [0, 3, 0, 0, 5, 0, 0, 0, 0, 0, 0, 1]
    const { backend } = seeded('Twaalf matten', counts, twelve)
    const { wrapper } = await mountTally(backend)

    const rows = wrapper.findAll('li.bar').map((row) => row.attributes('data-principle-id'))
    expect(rows).toEqual(['p2', 'p5', 'p12'])
    expect(wrapper.find('[data-testid="tally-view"]').attributes('style')).toContain('--rows: 3')
    const unpicked = twelve.filter((_, index) => counts[index] === 0).map((p) => p.name)
    expect(wrapper.get('[data-testid="tally-unpicked"]').text()).toBe(
      `Nog niemand bij: ${unpicked.join(' · ')}`,
    )
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('9 mensen gekozen')
  })

  it('names all twelve in the line while nobody has chosen, and gives every one a row when nine are chosen', async () => {
    const twelve = deckOfTwelve()
    const empty = seeded('Nog niemand', [], twelve)
    const before = await mountTally(empty.backend)
    expect(before.wrapper.findAll('li.bar')).toHaveLength(0)
    expect(before.wrapper.get('[data-testid="tally-unpicked"]').text()).toContain(
      twelve.map((p) => p.name).join(' · '),
    )

    const nine = seeded('Negen gekozen', [1, 1, 1, 1, 1, 1, 1, 1, 1], twelve)
    const after = await mountTally(nine.backend)
    expect(after.wrapper.findAll('li.bar')).toHaveLength(12)
    expect(after.wrapper.find('[data-testid="tally-unpicked"]').exists()).toBe(false)
  })

  it('keeps every row, zeros too, up to ten principles', async () => {
    const ten = deckOfTwelve().slice(0, 10)
    const { backend } = seeded('Tien matten', [0, 4], ten)
    const { wrapper } = await mountTally(backend)
    expect(wrapper.findAll('li.bar')).toHaveLength(10)
    expect(wrapper.find('[data-testid="tally-unpicked"]').exists()).toBe(false)
  })

  it('keeps the first choice off the beamer until it is revealed: the room is asked to stand', async () => {
    const backend = seeded('Verborgen', [3, 1]).backend
    const id = session(backend).currentDilemmaId ?? ''
    backend.apply({ type: 'tally/reveal', dilemmaId: id, moment: 'first', revealed: false })
    const { wrapper } = await mountTally(backend)
    expect(wrapper.find('[data-testid="tally-waiting"]').text()).toContain(
      'Iedereen staat? Dan tellen we.',
    )
    expect(wrapper.find('[data-testid="tally-waiting"]').text()).toContain('Eerste keuze')
    expect(wrapper.findAll('li.bar')).toHaveLength(0)
  })

  it('shows the count after the conversation beside the first choice, and how many moved', async () => {
    const { backend, id } = seeded('Beweging', [4, 2, 0, 1])
    backend.apply({ type: 'tally/moment', dilemmaId: id, moment: 'after' })
    const [a, b, c] = deck
    if (!a || !b || !c) throw new Error('the default deck has seven principles')
    // Three people move: two from the first principle to the third, one from the second.
    backend.apply({ type: 'tally/set', dilemmaId: id, principleId: a.id, count: 2 })
    backend.apply({ type: 'tally/set', dilemmaId: id, principleId: b.id, count: 1 })
    backend.apply({ type: 'tally/set', dilemmaId: id, principleId: c.id, count: 3 })
    const { wrapper } = await mountTally(backend)
    expect(wrapper.find('[data-testid="tally-view"]').attributes('data-moment')).toBe('after')
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe(
      'Minstens 3 verschoven · 7 mensen gekozen',
    )
    const rows = wrapper.findAll('li.bar')
    expect(rows[0]?.find('.bar__count').text()).toBe('2−2')
    expect(rows[2]?.find('.bar__count').text()).toBe('3+3')
    expect(rows[0]?.find('.bar__first').exists()).toBe(true)
  })

  it('speaks English when the projector does', async () => {
    const { backend } = seeded('In English', [2, 1])
    const { wrapper, i18n } = await mountTally(backend, 'en')
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('3 people chose')

    setLocale(i18n, 'nl')
    await flushPromises()
    expect(wrapper.find('[data-testid="tally-total"]').text()).toBe('3 mensen gekozen')
  })
})
