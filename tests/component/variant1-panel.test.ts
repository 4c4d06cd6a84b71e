import { defaultPrinciples } from '@core/session/default-session'
import type { Dilemma } from '@core/session/schema'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { tallyKeyFor } from '../../renderer/src/presenter/casework/use-tally-keys'
import { isTypingTarget } from '../../renderer/src/presenter/shared/use-typing-guard'
import Variant1Panel from '../../renderer/src/presenter/casework/Variant1Panel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, setLocale } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

const deck = defaultPrinciples()
const first = deck[0]
const third = deck[2]
if (!first || !third) throw new Error('the default deck has fewer than three principles')

/** A backend whose current dilemma is a variant-1 one, brought in by `contributor`. */
function seeded(contributor = 'Sanne') {
  const backend = new FakeBackend()
  backend.apply({
    type: 'dilemma/add',
    title: 'Een uitzondering voor een schrijnend geval',
    description: 'Regels zijn regels, zegt de leidinggevende.',
    contributor,
  })
  const id = dilemmaOf(backend).id
  backend.apply({ type: 'dilemma/make-current', id })
  return { backend, id }
}

function dilemmaOf(backend: FakeBackend): Dilemma {
  const [dilemma] = backend.host.getSnapshot().session.dilemmas
  if (!dilemma) throw new Error('no dilemma')
  return dilemma
}

function row(wrapper: VueWrapper, principleId: string): DOMWrapper<HTMLLIElement> {
  return wrapper.find<HTMLLIElement>(`li.tally-row[data-principle-id="${principleId}"]`)
}

function stepButton(wrapper: VueWrapper, principleId: string, sign: '+' | '−') {
  return buttonByText(row(wrapper, principleId), sign)
}

function press(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

const countOf = (wrapper: VueWrapper, principleId: string) =>
  row(wrapper, principleId).find('output').text()

describe('Variant1Panel without a current dilemma', () => {
  it('offers to start the first queued dilemma', async () => {
    const backend = new FakeBackend()
    const [done, next] = backend.seedDilemmas('Al besproken', 'Volgende op de lijst', 'Daarna')
    if (!done || !next) throw new Error('seed failed')
    backend.apply({ type: 'dilemma/set-status', id: done, status: 'discussed' })
    const { wrapper, store } = await mountConnected(Variant1Panel, { backend })

    expect(wrapper.text()).toContain('Er wordt nu geen dilemma besproken.')
    expect(wrapper.find('.v1__next').text()).toBe('Volgende op de lijst')
    expect(wrapper.find('.tally-row').exists()).toBe(false)

    await buttonByText(wrapper, 'Dit dilemma nu bespreken').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'dilemma/make-current', id: next }])
    expect(store.session?.currentDilemmaId).toBe(next)
    expect(wrapper.find('.v1__title').text()).toBe('Volgende op de lijst')
    expect(wrapper.findAll('li.tally-row')).toHaveLength(deck.length)
  })

  it('says the queue is empty when there is nothing to start', async () => {
    const { wrapper } = await mountConnected(Variant1Panel)
    expect(wrapper.text()).toContain('De wachtrij is leeg. Voeg eerst een dilemma toe.')
    expect(wrapper.findAll('button')).toHaveLength(0)
  })

  it('leaves a variant-2 dilemma alone, keys included', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'dilemma/add', title: 'Vier sprekers', variant: 'variant2' })
    backend.apply({ type: 'dilemma/make-current', id: dilemmaOf(backend).id })
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    expect(wrapper.text()).toContain(
      'Het dilemma dat aan de beurt is, wordt in variant 2 besproken.',
    )
    expect(wrapper.find('.tally-row').exists()).toBe(false)
    press({ key: '1', code: 'Digit1' })
    await flushPromises()
    expect(backend.dispatched).toEqual([])
  })
})

describe('Variant1Panel tally', () => {
  it('counts 0 for a principle named constructor, never a member every object has', async () => {
    // Only a file from before ids were checked could hold such a principle; show it safely.
    const { backend: seededBackend } = seeded()
    const session = seededBackend.host.getSnapshot().session
    const odd = { id: 'constructor', name: 'Eigen', summary: '', explanation: '', color: '#1d4e89' }
    const backend = new FakeBackend({ session: { ...session, principles: [...deck, odd] } })
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    expect(countOf(wrapper, 'constructor')).toBe('0')
    expect(wrapper.text()).not.toContain('function')
  })

  it('shows the dilemma and one row per principle in deck order', async () => {
    const { backend } = seeded()
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    expect(wrapper.find('h2').text()).toBe('Variant 1: ieder kiest een principe')
    expect(wrapper.find('.v1__title').text()).toBe('Een uitzondering voor een schrijnend geval')
    expect(wrapper.find('.v1__contributor').text()).toBe('Ingebracht door Sanne')
    expect(wrapper.find('.v1__description').text()).toBe(
      'Regels zijn regels, zegt de leidinggevende.',
    )
    const rows = wrapper.findAll('li.tally-row')
    expect(rows.map((r) => r.attributes('data-principle-id'))).toEqual(deck.map((p) => p.id))
    expect(rows.map((r) => r.find('.tally-row__name').text())).toEqual(deck.map((p) => p.name))
    expect(rows.map((r) => r.find('kbd').text())).toEqual(deck.map((_, i) => String(i + 1)))
    expect(rows.every((r) => r.find('output').text() === '0')).toBe(true)
    expect(wrapper.find('[data-testid="variant1-total"]').text()).toBe(
      'Nog niemand staat op een principe',
    )
    expect(wrapper.text()).toContain('Toetsen: 1 t/m 9 telt één persoon op')
  })

  it('calls an empty contributor anonymous and keeps a hostile title as text', async () => {
    const backend = new FakeBackend()
    const hostile = `<script>alert(1)</script> ${'שלום '.repeat(390)}`.trim()
    backend.apply({ type: 'dilemma/add', title: hostile })
    backend.apply({ type: 'dilemma/make-current', id: dilemmaOf(backend).id })
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    expect(wrapper.find('.v1__contributor').text()).toBe('Anoniem ingebracht')
    expect(wrapper.find('.v1__title').element.textContent).toBe(hostile)
    expect(wrapper.find('.v1__title').attributes('dir')).toBe('auto')
    expect(wrapper.element.querySelector('script')).toBeNull()
  })

  it('counts with + and −, and − is disabled at zero', async () => {
    const { backend, id } = seeded()
    const { wrapper, store } = await mountConnected(Variant1Panel, { backend })

    expect(stepButton(wrapper, first.id, '−').element.disabled).toBe(true)
    expect(stepButton(wrapper, first.id, '+').attributes('aria-label')).toBe(
      `Eén meer bij ${first.name}`,
    )
    await stepButton(wrapper, first.id, '+').trigger('click')
    await stepButton(wrapper, first.id, '+').trigger('click')
    await stepButton(wrapper, third.id, '+').trigger('click')
    await flushPromises()

    expect(countOf(wrapper, first.id)).toBe('2')
    expect(countOf(wrapper, third.id)).toBe('1')
    expect(row(wrapper, first.id).attributes('data-count')).toBe('2')
    expect(wrapper.find('[data-testid="variant1-total"]').text()).toBe(
      '3 mensen staan op een principe',
    )
    expect(stepButton(wrapper, first.id, '−').element.disabled).toBe(false)

    await stepButton(wrapper, first.id, '−').trigger('click')
    await stepButton(wrapper, third.id, '−').trigger('click')
    await flushPromises()

    // A new dilemma counts its first choice, before the conversation.
    expect(store.session?.dilemmas[0]?.firstTally).toEqual({ [first.id]: 1 })
    expect(wrapper.find('[data-testid="variant1-total"]').text()).toBe(
      '1 persoon staat op een principe',
    )
    expect(stepButton(wrapper, third.id, '−').element.disabled).toBe(true)
    expect(backend.dispatched).toEqual([
      { type: 'tally/adjust', dilemmaId: id, principleId: first.id, delta: 1 },
      { type: 'tally/adjust', dilemmaId: id, principleId: first.id, delta: 1 },
      { type: 'tally/adjust', dilemmaId: id, principleId: third.id, delta: 1 },
      { type: 'tally/adjust', dilemmaId: id, principleId: first.id, delta: -1 },
      { type: 'tally/adjust', dilemmaId: id, principleId: third.id, delta: -1 },
    ])
  })

  it('number keys add one to the Nth principle, Shift+number takes one away', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant1Panel, { backend })

    const added = press({ key: '1', code: 'Digit1' })
    press({ key: '3', code: 'Numpad3' })
    press({ key: '1', code: 'Digit1' })
    await flushPromises()
    expect(added.defaultPrevented).toBe(true)
    expect(countOf(wrapper, first.id)).toBe('2')
    expect(countOf(wrapper, third.id)).toBe('1')

    // Shift+1 types "!" on most keyboards; the code still says which digit it was.
    press({ key: '!', code: 'Digit1', shiftKey: true })
    await flushPromises()
    expect(countOf(wrapper, first.id)).toBe('1')

    // Nothing to take away from the second principle: nothing is sent.
    press({ key: '@', code: 'Digit2', shiftKey: true })
    // Keys beyond the deck, 0, modifiers and held-down repeats do nothing.
    press({ key: '9', code: 'Digit9' })
    press({ key: '0', code: 'Digit0' })
    press({ key: '1', code: 'Digit1', ctrlKey: true })
    press({ key: '1', code: 'Digit1', repeat: true })
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'tally/adjust', dilemmaId: id, principleId: first.id, delta: 1 },
      { type: 'tally/adjust', dilemmaId: id, principleId: third.id, delta: 1 },
      { type: 'tally/adjust', dilemmaId: id, principleId: first.id, delta: 1 },
      { type: 'tally/adjust', dilemmaId: id, principleId: first.id, delta: -1 },
    ])
  })

  it('ignores number keys while typing in a note, and stops listening when unmounted', async () => {
    const { backend } = seeded()
    const { wrapper } = await mountConnected(Variant1Panel, { backend })
    const note = wrapper.find('textarea')
    note.element.focus()

    const typed = press({ key: '2', code: 'Digit2' }, note.element)
    await flushPromises()
    expect(typed.defaultPrevented).toBe(false)
    expect(backend.dispatched).toEqual([])

    wrapper.unmount()
    press({ key: '1', code: 'Digit1' })
    await flushPromises()
    expect(backend.dispatched).toEqual([])
  })

  it('clearing the count needs a second click, and leaving the button cancels it', async () => {
    const { backend, id } = seeded()
    backend.apply({ type: 'tally/set', dilemmaId: id, principleId: first.id, count: 4 })
    const { wrapper, store } = await mountConnected(Variant1Panel, { backend })

    await buttonByText(wrapper, 'Telling wissen').trigger('click')
    await buttonByText(wrapper, 'Zeker wissen?').trigger('blur')
    await buttonByText(wrapper, 'Telling wissen').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(countOf(wrapper, first.id)).toBe('4')

    await buttonByText(wrapper, 'Zeker wissen?').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'tally/reset', dilemmaId: id }])
    expect(store.session?.dilemmas[0]?.firstTally).toEqual({})
    expect(countOf(wrapper, first.id)).toBe('0')
    expect(buttonByText(wrapper, 'Telling wissen').element.disabled).toBe(true)
  })

  it('"Groot tonen" puts one principle on the projector and toggles back to the count', async () => {
    const { backend } = seeded()
    const { wrapper, store } = await mountConnected(Variant1Panel, { backend })
    const show = () => buttonByText(row(wrapper, third.id), 'Groot tonen')

    expect(show().attributes('aria-pressed')).toBe('false')
    expect(wrapper.findAll('button').some((b) => b.text() === 'Terug naar de telling')).toBe(false)

    await show().trigger('click')
    await flushPromises()
    expect(store.session?.projector.principleId).toBe(third.id)
    expect(show().attributes('aria-pressed')).toBe('true')
    expect(buttonByText(row(wrapper, first.id), 'Groot tonen').attributes('aria-pressed')).toBe(
      'false',
    )

    await show().trigger('click')
    await flushPromises()
    expect(store.session?.projector.principleId).toBeNull()

    await buttonByText(row(wrapper, first.id), 'Groot tonen').trigger('click')
    await flushPromises()
    await buttonByText(wrapper, 'Terug naar de telling').trigger('click')
    await flushPromises()

    expect(store.session?.projector.principleId).toBeNull()
    expect(backend.dispatched).toEqual([
      { type: 'projector/show-principle', principleId: third.id },
      { type: 'projector/show-principle', principleId: null },
      { type: 'projector/show-principle', principleId: first.id },
      { type: 'projector/show-principle', principleId: null },
    ])
  })

  it('saves the two notes with dilemma/set-text', async () => {
    const { backend, id } = seeded()
    const { wrapper, store } = await mountConnected(Variant1Panel, { backend })
    const labels = wrapper.findAll('label').map((label) => label.text())
    expect(labels).toEqual([
      'Eerste keuze pas na Onthullen op de beamer',
      'Telling na het gesprek pas na Onthullen op de beamer',
      'Wat gaf de doorslag?',
      'Spanning of raakvlak met andere principes',
    ])
    const [tipping, tensions] = wrapper.findAll('textarea')
    if (!tipping || !tensions) throw new Error('expected two notes')

    await tipping.setValue('De menselijke maat woog het zwaarst.')
    await tipping.trigger('blur')
    await tensions.setValue('Botst met gelijke behandeling.')
    await tensions.trigger('blur')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      {
        type: 'dilemma/set-text',
        id,
        field: 'tippingPoint',
        text: 'De menselijke maat woog het zwaarst.',
      },
      { type: 'dilemma/set-text', id, field: 'tensions', text: 'Botst met gelijke behandeling.' },
    ])
    expect(store.session?.dilemmas[0]).toMatchObject({
      tippingPoint: 'De menselijke maat woog het zwaarst.',
      tensions: 'Botst met gelijke behandeling.',
    })
  })

  it('switches its labels to English', async () => {
    const { backend } = seeded('')
    const { wrapper, i18n } = await mountConnected(Variant1Panel, { backend })
    setLocale(i18n, 'en')
    await flushPromises()

    expect(wrapper.find('h2').text()).toBe('Variant 1: everyone picks a principle')
    expect(wrapper.find('.v1__contributor').text()).toBe('Brought in anonymously')
    expect(buttonByText(wrapper, 'Clear the count').exists()).toBe(true)
    expect(buttonByText(row(wrapper, first.id), 'Show large').exists()).toBe(true)
    expect(stepButton(wrapper, first.id, '+').attributes('aria-label')).toBe(
      `One more on ${first.name}`,
    )
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual([
      'First choice on the beamer only after Reveal',
      'Count after the conversation on the beamer only after Reveal',
      'What tipped the balance?',
      'Tension or common ground with other principles',
    ])

    await stepButton(wrapper, first.id, '+').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="variant1-total"]').text()).toBe(
      '1 person stands on a principle',
    )
  })
})

describe('tally keys guard', () => {
  function keyInit(init: KeyboardEventInit & { target?: EventTarget | null }) {
    const { target = document.body, ...rest } = init
    const event = new KeyboardEvent('keydown', rest)
    return {
      key: event.key,
      code: event.code,
      shiftKey: event.shiftKey,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      repeat: event.repeat,
      defaultPrevented: false,
      target,
    }
  }

  it('knows which elements take typed text', () => {
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K) => document.createElement(tag)
    const text = make('input')
    const checkbox = make('input')
    checkbox.type = 'checkbox'
    const editable = make('div')
    editable.contentEditable = 'true'
    document.body.append(editable)

    expect(isTypingTarget(text)).toBe(true)
    expect(isTypingTarget(make('textarea'))).toBe(true)
    expect(isTypingTarget(make('select'))).toBe(true)
    expect(isTypingTarget(editable)).toBe(true)
    expect(isTypingTarget(checkbox)).toBe(false)
    expect(isTypingTarget(make('button'))).toBe(false)
    expect(isTypingTarget(document.body)).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })

  it('maps digits to principles, by code or by key', () => {
    expect(tallyKeyFor(keyInit({ key: '1', code: 'Digit1' }))).toEqual({ index: 0, delta: 1 })
    expect(tallyKeyFor(keyInit({ key: '7', code: 'Numpad7' }))).toEqual({ index: 6, delta: 1 })
    expect(tallyKeyFor(keyInit({ key: '4' }))).toEqual({ index: 3, delta: 1 })
    expect(tallyKeyFor(keyInit({ key: '!', code: 'Digit1', shiftKey: true }))).toEqual({
      index: 0,
      delta: -1,
    })
    expect(tallyKeyFor(keyInit({ key: '0', code: 'Digit0' }))).toBeNull()
    expect(tallyKeyFor(keyInit({ key: 'a', code: 'KeyA' }))).toBeNull()
    expect(tallyKeyFor(keyInit({ key: '1', code: 'Digit1', altKey: true }))).toBeNull()
    expect(tallyKeyFor(keyInit({ key: '1', code: 'Digit1', metaKey: true }))).toBeNull()
    expect(
      tallyKeyFor(keyInit({ key: '1', code: 'Digit1', target: document.createElement('input') })),
    ).toBeNull()
  })
})

describe('Variant1Panel: two moments and the reveal', () => {
  it('reveals the hidden first choice with Enter, then counts after the conversation from it', async () => {
    const { backend, id } = seeded()
    const { wrapper, store } = await mountConnected(Variant1Panel, { backend })
    const state = () => wrapper.find('[data-testid="tally-beamer-state"]')
    expect(state().text()).toContain('Iedereen staat? Dan tellen we.')
    await stepButton(wrapper, first.id, '+').trigger('click')
    await stepButton(wrapper, first.id, '+').trigger('click')
    await flushPromises()

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({
      type: 'tally/reveal',
      dilemmaId: id,
      moment: 'first',
      revealed: true,
    })
    expect(state().text()).toContain('De telling staat op de beamer.')

    await buttonByText(wrapper, 'Na het gesprek').trigger('click')
    await flushPromises()
    expect(store.session?.dilemmas[0]?.tally).toEqual({ [first.id]: 2 })
    expect(countOf(wrapper, first.id)).toBe('2')
    await stepButton(wrapper, first.id, '−').trigger('click')
    await stepButton(wrapper, third.id, '+').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="tally-movement"]').text()).toBe(
      `Minstens 1 persoon verschoven: 1 van ${first.name} naar ${third.name}`,
    )
  })
})
