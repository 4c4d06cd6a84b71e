import type { CommandInput } from '@core/commands/schema'
import { defaultPrinciples } from '@core/session/default-session'
import type { Principle } from '@core/session/schema'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import Variant1Panel from '../../renderer/src/presenter/casework/Variant1Panel.vue'
import Variant2Panel from '../../renderer/src/presenter/casework/Variant2Panel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, setLocale } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

const deck = defaultPrinciples()

/** A backend whose current dilemma is discussed in `variant`, on `principles` (default deck). */
function seeded(variant: 'variant1' | 'variant2' = 'variant1', principles?: Principle[]) {
  const backend = new FakeBackend()
  if (principles) backend.apply({ type: 'principle/replace-all', principles })
  backend.apply({ type: 'dilemma/add', title: 'Een gift van een leverancier', variant })
  const id = backend.host.getSnapshot().session.dilemmas[0]?.id ?? ''
  backend.apply({ type: 'dilemma/make-current', id })
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

const picker = (wrapper: VueWrapper) => wrapper.find('[data-testid="pair-picker"]')
const chips = (wrapper: VueWrapper) =>
  wrapper.findAll<HTMLButtonElement>('[data-testid="pair-chips"] button')

function chip(wrapper: VueWrapper, id: string): DOMWrapper<HTMLButtonElement> {
  const found = wrapper.find<HTMLButtonElement>(`button[data-pair-principle="${id}"]`)
  if (!found.exists()) throw new Error(`no chip for ${id}`)
  return found
}

const kindButton = (wrapper: VueWrapper, kind: 'tension' | 'common') =>
  wrapper.get<HTMLButtonElement>(`[data-testid="pair-picker"] button[data-kind="${kind}"]`)
/** The marked pairs as "A ↔ B · kind", the way they read. */
const markedTexts = (wrapper: VueWrapper) =>
  wrapper
    .findAll('[data-testid="marked-pairs"] li')
    .map((li) => `${li.get('.marked__names').text()} · ${li.get('[data-role="kind"]').text()}`)
const pairMarks = (backend: FakeBackend): CommandInput[] =>
  backend.dispatched.filter((command) => command.type === 'pair/mark')
const pairsOf = (backend: FakeBackend) => backend.host.getSnapshot().session.dilemmas[0]?.pairs

async function click(target: Pick<DOMWrapper<Element>, 'trigger'>): Promise<void> {
  await target.trigger('click')
  await flushPromises()
}

/** A key on a focused button, as a browser does it: unless something prevents it, it clicks. */
async function pressOn(target: { element: HTMLElement }, key: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  target.element.dispatchEvent(event)
  if (!event.defaultPrevented && (key === 'Enter' || key === ' ')) target.element.click()
  await flushPromises()
  return event
}

describe('PairPicker in variant 1', () => {
  it('offers every principle of the deck and says no pair is marked yet', async () => {
    const { wrapper } = await mountConnected(Variant1Panel, { backend: seeded().backend })

    expect(picker(wrapper).find('summary').text()).toBe('Spanningen en raakvlakken (0)')
    expect(chips(wrapper).map((c) => c.text())).toEqual(deck.map((p) => p.name))
    expect(picker(wrapper).text()).toContain('Nog geen paren gemarkeerd bij dit dilemma.')
    expect(kindButton(wrapper, 'tension').element.disabled).toBe(true)
  })

  it('marks two picked principles as a tension with one command and starts a fresh pick', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    await click(chip(wrapper, 'open'))
    expect(wrapper.get('[data-testid="pair-prompt"]').text()).toBe(
      'Kies een tweede principe bij Open.',
    )
    await click(chip(wrapper, 'integer'))
    expect(wrapper.get('[data-testid="pair-prompt"]').text()).toBe('Open ↔ Integer')
    await click(kindButton(wrapper, 'tension'))

    expect(pairMarks(backend)).toEqual([
      { type: 'pair/mark', dilemmaId: id, a: 'open', b: 'integer', kind: 'tension' },
    ])
    expect(pairsOf(backend)).toEqual([{ a: 'integer', b: 'open', kind: 'tension' }])
    expect(markedTexts(wrapper)).toEqual(['Integer ↔ Open · spanning'])
    expect(picker(wrapper).find('summary').text()).toBe('Spanningen en raakvlakken (1)')
    expect(chips(wrapper).filter((c) => c.attributes('aria-pressed') === 'true')).toHaveLength(0)
    // The kind buttons switch off: the focus goes back to the chips for the next pair.
    expect(document.activeElement).toBe(chip(wrapper, 'integer').element)
  })

  it('marks common ground, and a third pick replaces the second', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    for (const principle of ['dienstbaar', 'vakkundig', 'respectvol'])
      await click(chip(wrapper, principle))
    await click(kindButton(wrapper, 'common'))

    expect(pairMarks(backend)).toEqual([
      { type: 'pair/mark', dilemmaId: id, a: 'dienstbaar', b: 'respectvol', kind: 'common' },
    ])
    expect(markedTexts(wrapper)).toEqual(['Dienstbaar ↔ Respectvol · raakvlak'])
  })

  it('shows the mark a picked pair already has, and sends nothing when it stays the same', async () => {
    const { backend, id } = seeded()
    backend.apply({ type: 'pair/mark', dilemmaId: id, a: 'open', b: 'integer', kind: 'tension' })
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    await click(chip(wrapper, 'integer'))
    expect(chip(wrapper, 'open').text()).toContain('spanning')
    expect(chip(wrapper, 'open').text()).toContain('al gemarkeerd met Integer: spanning')
    await click(chip(wrapper, 'open'))
    expect(kindButton(wrapper, 'tension').attributes('aria-pressed')).toBe('true')
    expect(kindButton(wrapper, 'common').attributes('aria-pressed')).toBe('false')

    await click(kindButton(wrapper, 'tension'))
    expect(pairMarks(backend)).toEqual([])
  })

  it('toggles a marked pair between tension and common ground', async () => {
    const { backend, id } = seeded()
    backend.apply({ type: 'pair/mark', dilemmaId: id, a: 'open', b: 'integer', kind: 'tension' })
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    const kind = wrapper.get('[data-testid="marked-pairs"] button[data-role="kind"]')
    expect(kind.attributes('aria-label')).toBe('Integer ↔ Open: spanning. Maak er raakvlak van')
    await click(kind)

    expect(pairMarks(backend)).toEqual([
      { type: 'pair/mark', dilemmaId: id, a: 'integer', b: 'open', kind: 'common' },
    ])
    expect(markedTexts(wrapper)).toEqual(['Integer ↔ Open · raakvlak'])
  })

  it('removes a marked pair; the focus goes to the next one, and to the chips after the last', async () => {
    const { backend, id } = seeded()
    backend.apply({ type: 'pair/mark', dilemmaId: id, a: 'open', b: 'integer', kind: 'tension' })
    backend.apply({ type: 'pair/mark', dilemmaId: id, a: 'open', b: 'vakkundig', kind: 'common' })
    const { wrapper } = await mountConnected(Variant1Panel, { backend })
    const removeButtons = () =>
      wrapper.findAll<HTMLButtonElement>('[data-testid="marked-pairs"] button[data-role="remove"]')
    const firstRemove = () => {
      const [button] = removeButtons()
      if (!button) throw new Error('no remove button')
      return button
    }

    expect(firstRemove().attributes('aria-label')).toBe('Integer ↔ Open weghalen')
    await click(firstRemove())

    expect(pairMarks(backend)).toEqual([
      { type: 'pair/mark', dilemmaId: id, a: 'integer', b: 'open', kind: null },
    ])
    expect(markedTexts(wrapper)).toEqual(['Open ↔ Vakkundig · raakvlak'])
    expect(document.activeElement).toBe(firstRemove().element)

    await click(firstRemove())
    expect(pairsOf(backend)).toEqual([])
    expect(picker(wrapper).text()).toContain('Nog geen paren gemarkeerd bij dit dilemma.')
    expect(document.activeElement?.getAttribute('data-pair-principle')).not.toBeNull()
  })

  it('is one tab stop whose arrow keys move between the chips, not through the programme', async () => {
    const { wrapper } = await mountConnected(Variant1Panel, { backend: seeded().backend })
    const tabStops = () => chips(wrapper).filter((c) => c.attributes('tabindex') === '0')

    expect(tabStops().map((c) => c.text())).toEqual(['Dienstbaar'])
    chip(wrapper, 'dienstbaar').element.focus()
    const right = await pressOn(chip(wrapper, 'dienstbaar'), 'ArrowRight')
    expect(right.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(chip(wrapper, 'integer').element)
    expect(tabStops().map((c) => c.text())).toEqual(['Integer'])

    await pressOn(chip(wrapper, 'integer'), 'End')
    expect(document.activeElement).toBe(chip(wrapper, 'vakkundig').element)
    await pressOn(chip(wrapper, 'vakkundig'), 'ArrowRight')
    expect(document.activeElement).toBe(chip(wrapper, 'dienstbaar').element)
    await pressOn(chip(wrapper, 'dienstbaar'), 'ArrowLeft')
    expect(document.activeElement).toBe(chip(wrapper, 'vakkundig').element)
  })

  it('works with Enter and Space alone, without revealing the hidden tally', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant1Panel, { backend })
    // The first choice is hidden on the beamer until revealed; Enter elsewhere would reveal it.
    expect(wrapper.find('[data-testid="tally-reveal"]').exists()).toBe(true)

    const enter = await pressOn(chip(wrapper, 'rechtvaardig'), 'Enter')
    await pressOn(chip(wrapper, 'rechtsstatelijk'), ' ')
    await pressOn(kindButton(wrapper, 'tension'), 'Enter')

    expect(enter.defaultPrevented).toBe(false)
    expect(backend.dispatched).toEqual([
      {
        type: 'pair/mark',
        dilemmaId: id,
        a: 'rechtvaardig',
        b: 'rechtsstatelijk',
        kind: 'tension',
      },
    ])
  })

  it('renders and marks twelve principles', async () => {
    const { backend, id } = seeded('variant1', deckOfTwelve())
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    expect(chips(wrapper)).toHaveLength(12)
    await click(chip(wrapper, 'p12'))
    await click(chip(wrapper, 'p11'))
    await click(kindButton(wrapper, 'common'))

    expect(pairMarks(backend)).toEqual([
      { type: 'pair/mark', dilemmaId: id, a: 'p12', b: 'p11', kind: 'common' },
    ])
    expect(markedTexts(wrapper)).toEqual(['Respectvol 11 ↔ Open 12 · raakvlak'])
  })

  it('forgets a half-made pick when the next dilemma comes up', async () => {
    const { backend } = seeded()
    const [next = ''] = backend.seedDilemmas('Het volgende dilemma')
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    await click(chip(wrapper, 'open'))
    backend.apply({ type: 'dilemma/make-current', id: next })
    await flushPromises()

    expect(chips(wrapper).filter((c) => c.attributes('aria-pressed') === 'true')).toHaveLength(0)
  })

  it('speaks English', async () => {
    const { backend, id } = seeded()
    backend.apply({ type: 'pair/mark', dilemmaId: id, a: 'open', b: 'integer', kind: 'common' })
    const { wrapper, i18n } = await mountConnected(Variant1Panel, { backend })
    setLocale(i18n, 'en')
    await flushPromises()

    expect(picker(wrapper).find('summary').text()).toBe('Tensions and common ground (1)')
    expect(markedTexts(wrapper)).toEqual(['Integer ↔ Open · common ground'])
    expect(buttonByText(picker(wrapper), 'Tension').exists()).toBe(true)
  })
})

describe('PairPicker in variant 2', () => {
  it('offers the four principles on the floor first, the others after them', async () => {
    const { backend, id } = seeded('variant2')
    const floor = ['vakkundig', 'integer', 'open', 'respectvol']
    backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds: floor })
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    const ids = chips(wrapper).map((c) => c.attributes('data-pair-principle'))
    expect(ids).toEqual([
      'integer',
      'respectvol',
      'open',
      'vakkundig',
      'dienstbaar',
      'rechtvaardig',
      'rechtsstatelijk',
    ])
    expect(chip(wrapper, 'open').text()).toContain('(op de vloer)')
    expect(chip(wrapper, 'dienstbaar').classes()).toContain('pair-chip--off-floor')
    expect(chip(wrapper, 'open').classes()).not.toContain('pair-chip--off-floor')

    await click(chip(wrapper, 'open'))
    await click(chip(wrapper, 'dienstbaar'))
    await click(kindButton(wrapper, 'tension'))
    expect(pairMarks(backend)).toEqual([
      { type: 'pair/mark', dilemmaId: id, a: 'open', b: 'dienstbaar', kind: 'tension' },
    ])
  })
})
