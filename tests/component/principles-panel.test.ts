import { API_GLOBAL, type DeckExportResult, type DeckImportResult } from '@contract'
import { darkenForWhiteText, isReadableBehindWhite } from '@core/principles/contrast'
import { defaultPrinciples } from '@core/session/default-session'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PrinciplesPanel from '../../renderer/src/presenter/principles/PrinciplesPanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

const deck = defaultPrinciples()
const [first, second, third] = deck
if (!first || !second || !third) throw new Error('the default deck needs at least three principles')

type Wrapper = VueWrapper | DOMWrapper<Element>

const editor = (wrapper: Wrapper, id: string) => wrapper.find(`[data-principle-editor="${id}"]`)
const field = (wrapper: Wrapper, id: string, name: 'name' | 'summary' | 'explanation') =>
  editor(wrapper, id).find<HTMLInputElement | HTMLTextAreaElement>(
    `[data-field="${name}"] input, [data-field="${name}"] textarea`,
  )
const order = (wrapper: Wrapper) =>
  wrapper.findAll('[data-principle-editor]').map((item) => item.attributes('data-principle-editor'))

/** Types into a live field and leaves it, which sends the text at once. */
async function type(input: DOMWrapper<HTMLInputElement | HTMLTextAreaElement>, text: string) {
  await input.trigger('focus')
  await input.setValue(text)
  await input.trigger('blur')
  await flushPromises()
}

/** Picks a colour the way the native picker does: input events while open, change on close. */
async function pick(wrapper: Wrapper, id: string, color: string) {
  await drag(wrapper, id, color)
  await editor(wrapper, id).find('input[type="color"]').trigger('change')
  await flushPromises()
}

/** The picker is open and moved to `color` (setValue would also fire change). */
async function drag(wrapper: Wrapper, id: string, color: string) {
  const picker = editor(wrapper, id).find<HTMLInputElement>('input[type="color"]')
  picker.element.value = color
  await picker.trigger('input')
}

describe('PrinciplesPanel: the deck', () => {
  it('lists every principle with its texts, colour, preview and the note on our own wording', async () => {
    const { wrapper } = await mountConnected(PrinciplesPanel)

    expect(wrapper.find('h2').text()).toBe('Principes bewerken')
    expect(wrapper.find('[data-testid="wording-note"]').text()).toContain(
      'niet de officiële tekst van de gids',
    )
    expect(order(wrapper)).toEqual(deck.map((p) => p.id))
    expect(field(wrapper, first.id, 'name').element.value).toBe(first.name)
    expect(field(wrapper, first.id, 'summary').element.value).toBe(first.summary)
    expect(field(wrapper, first.id, 'explanation').element.value).toBe(first.explanation)
    const item = editor(wrapper, first.id)
    expect(item.find<HTMLInputElement>('input[type="color"]').element.value).toBe(first.color)
    expect(item.find('[data-testid="principle-hex"]').text()).toBe(first.color)
    expect(item.find('[data-testid="principle-preview"]').text()).toContain(first.name)
    expect(item.find('[data-testid="principle-preview"]').attributes('style')).toMatch(
      /background-color/,
    )
    expect(item.text()).toMatch(/Contrast met witte tekst: \d+(,\d)? : 1/)
    expect(item.attributes('aria-label')).toBe(`Principe 1 van ${deck.length}: ${first.name}`)
    const labels = item.findAll('label').map((label) => label.text())
    expect(labels).toEqual(['Naam', 'Kleur', 'In één regel', 'Toelichting'])
  })

  it('sends a typed name, one-line text and explanation to main', async () => {
    const { wrapper, backend, store } = await mountConnected(PrinciplesPanel)

    await type(field(wrapper, second.id, 'name'), 'Eerlijk')
    await type(field(wrapper, second.id, 'summary'), 'Je doet wat je zegt.')
    await type(field(wrapper, second.id, 'explanation'), 'Ook als niemand kijkt.\nEcht.')

    expect(backend.dispatched).toEqual([
      { type: 'principle/edit', id: second.id, name: 'Eerlijk' },
      { type: 'principle/edit', id: second.id, summary: 'Je doet wat je zegt.' },
      { type: 'principle/edit', id: second.id, explanation: 'Ook als niemand kijkt.\nEcht.' },
    ])
    const saved = store.session?.principles.find((p) => p.id === second.id)
    expect(saved).toMatchObject({
      name: 'Eerlijk',
      summary: 'Je doet wat je zegt.',
      explanation: 'Ook als niemand kijkt.\nEcht.',
    })
    expect(editor(wrapper, second.id).find('[data-testid="principle-preview"]').text()).toContain(
      'Eerlijk',
    )
  })

  it('never sends an empty name: a principle always keeps one', async () => {
    const { wrapper, backend, store } = await mountConnected(PrinciplesPanel)

    await type(field(wrapper, first.id, 'name'), '   ')

    expect(backend.dispatched).toEqual([])
    expect(store.session?.principles[0]?.name).toBe(first.name)
    expect(store.lastFailure).toBeNull()
  })

  it('keeps hostile text as text', async () => {
    const backend = new FakeBackend()
    const hostile = '<img src=x onerror="alert(1)">{{ 7 * 7 }}'
    backend.apply({ type: 'principle/edit', id: first.id, name: hostile })
    const { wrapper } = await mountConnected(PrinciplesPanel, { backend })

    const preview = editor(wrapper, first.id).find('[data-testid="principle-preview"]')
    expect(preview.text()).toContain(hostile)
    expect(preview.find('img').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
  })
})

describe('PrinciplesPanel: colours', () => {
  it('saves a readable colour as picked and says nothing about it', async () => {
    const { wrapper, backend, store } = await mountConnected(PrinciplesPanel)

    await pick(wrapper, first.id, '#2b2b80')

    expect(backend.dispatched).toEqual([{ type: 'principle/edit', id: first.id, color: '#2b2b80' }])
    expect(store.session?.principles[0]?.color).toBe('#2b2b80')
    expect(editor(wrapper, first.id).find('[data-testid="principle-hex"]').text()).toBe('#2b2b80')
    expect(editor(wrapper, first.id).find('[data-testid="color-message"]').text()).toBe('')
  })

  it('darkens a colour that is too light for white text, and says so', async () => {
    const { wrapper, backend, store } = await mountConnected(PrinciplesPanel)
    const corrected = darkenForWhiteText('#ffff00')
    expect(corrected).not.toBe('#ffff00')

    await pick(wrapper, second.id, '#FFFF00')

    expect(backend.dispatched).toEqual([
      { type: 'principle/edit', id: second.id, color: corrected },
    ])
    expect(store.lastFailure).toBeNull()
    const saved = store.session?.principles.find((p) => p.id === second.id)?.color ?? ''
    expect(saved).toBe(corrected)
    expect(isReadableBehindWhite(saved)).toBe(true)
    const item = editor(wrapper, second.id)
    expect(item.find('[data-testid="principle-hex"]').text()).toBe(corrected)
    const message = item.find('[data-testid="color-message"]')
    expect(message.attributes('role')).toBe('status')
    expect(message.text()).toBe(
      `De gekozen kleur #ffff00 was te licht voor witte tekst. Hij is donkerder gemaakt tot ${corrected}, zodat de naam goed leesbaar blijft.`,
    )

    // A readable colour afterwards clears the message.
    await pick(wrapper, second.id, '#123456')
    expect(item.find('[data-testid="color-message"]').text()).toBe('')
  })

  it('shows the readable version in the preview while the picker is still open', async () => {
    const { wrapper, backend } = await mountConnected(PrinciplesPanel)
    await drag(wrapper, third.id, '#ffffff')

    expect(backend.dispatched).toEqual([])
    expect(editor(wrapper, third.id).find('[data-testid="principle-hex"]').text()).toBe(
      darkenForWhiteText('#ffffff'),
    )
  })
})

describe('PrinciplesPanel: order', () => {
  it('moves a principle down and up with the buttons, keeping focus on the button', async () => {
    const { wrapper, backend } = await mountConnected(PrinciplesPanel)
    const down = buttonByText(editor(wrapper, first.id), 'Omlaag')
    expect(down.attributes('aria-label')).toBe(`Omlaag: ${first.name}`)
    expect(buttonByText(editor(wrapper, first.id), 'Omhoog').element.disabled).toBe(true)

    down.element.focus()
    await down.trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'principle/move', id: first.id, toIndex: 1 }])
    expect(order(wrapper).slice(0, 2)).toEqual([second.id, first.id])
    expect(document.activeElement).toBe(down.element)
    expect(editor(wrapper, first.id).attributes('aria-label')).toMatch(/^Principe 2 van/)
  })

  it('moves with Alt+Arrow keys and gives focus back to the item when its button is disabled', async () => {
    const { wrapper, backend } = await mountConnected(PrinciplesPanel)
    const up = buttonByText(editor(wrapper, second.id), 'Omhoog')
    up.element.focus()

    await editor(wrapper, second.id).trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'principle/move', id: second.id, toIndex: 0 }])
    expect(order(wrapper).slice(0, 2)).toEqual([second.id, first.id])
    // Now first in line, its "Omhoog" is disabled: the moved item itself keeps the focus.
    expect(up.element.disabled).toBe(true)
    expect(document.activeElement).toBe(editor(wrapper, second.id).element)

    await editor(wrapper, second.id).trigger('keydown', { key: 'ArrowDown', altKey: true })
    await flushPromises()
    expect(order(wrapper).slice(0, 2)).toEqual([first.id, second.id])
    expect(document.activeElement).toBe(editor(wrapper, second.id).element)

    // Without Alt the arrows are left alone; past the top nothing is sent.
    await editor(wrapper, first.id).trigger('keydown', { key: 'ArrowDown' })
    await editor(wrapper, first.id).trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(backend.dispatched).toHaveLength(2)
  })
})

describe('PrinciplesPanel: reset and projector', () => {
  it('restores the default deck only on the second click', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'principle/edit', id: first.id, name: 'Eigen naam' })
    backend.apply({ type: 'principle/move', id: third.id, toIndex: 0 })
    const { wrapper, store } = await mountConnected(PrinciplesPanel, { backend })

    await buttonByText(wrapper, 'Standaardset herstellen').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(wrapper.text()).toContain('Ongedaan maken kan daarna nog.')

    await buttonByText(wrapper, 'Zeker herstellen?').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'principle/reset-all' }])
    expect(store.session?.principles).toEqual(deck)
    expect(order(wrapper)).toEqual(deck.map((p) => p.id))
    expect(field(wrapper, first.id, 'name').element.value).toBe(first.name)
    expect(wrapper.find('[data-testid="reset-message"]').text()).toBe(
      'De standaardset is hersteld. Met Ongedaan maken zet je je eigen set terug.',
    )
    expect(buttonByText(wrapper, 'Standaardset herstellen').exists()).toBe(true)
  })

  it('forgets the question when focus leaves the button', async () => {
    const { wrapper, backend } = await mountConnected(PrinciplesPanel)
    await buttonByText(wrapper, 'Standaardset herstellen').trigger('click')
    await buttonByText(wrapper, 'Zeker herstellen?').trigger('blur')
    await buttonByText(wrapper, 'Standaardset herstellen').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
  })

  it('"Op de beamer tonen" shows a principle and a second press takes it off again', async () => {
    const { wrapper, backend, store } = await mountConnected(PrinciplesPanel)
    const show = () =>
      editor(wrapper, third.id).find<HTMLButtonElement>('[data-testid="show-on-projector"]')
    expect(show().text()).toBe('Op de beamer tonen')
    expect(show().attributes('aria-pressed')).toBe('false')

    await show().trigger('click')
    await flushPromises()
    expect(store.session?.projector.principleId).toBe(third.id)
    expect(show().attributes('aria-pressed')).toBe('true')
    expect(wrapper.findAll('[data-testid="show-on-projector"][aria-pressed="true"]')).toHaveLength(
      1,
    )

    await show().trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([
      { type: 'projector/show-principle', principleId: third.id },
      { type: 'projector/show-principle', principleId: null },
    ])
    expect(store.session?.projector.principleId).toBeNull()
    expect(show().attributes('aria-pressed')).toBe('false')
  })
})

describe('PrinciplesPanel: deck files', () => {
  const deckMessage = (wrapper: Wrapper) => wrapper.find('[data-testid="deck-message"]')

  async function importWith(result: DeckImportResult) {
    const harness = await mountConnected(PrinciplesPanel)
    harness.backend.deckImportResult = result
    await buttonByText(harness.wrapper, 'Set openen…').trigger('click')
    await flushPromises()
    return harness
  }

  it('says how many principles were loaded', async () => {
    const { wrapper, backend } = await importWith({ ok: true, count: 5 })
    expect(backend.calls.map((call) => call.channel)).toContain('deck:import')
    expect(deckMessage(wrapper).text()).toBe('5 principes geladen.')
    expect(deckMessage(wrapper).attributes('role')).toBe('status')

    backend.deckImportResult = { ok: true, count: 1 }
    await buttonByText(wrapper, 'Set openen…').trigger('click')
    await flushPromises()
    expect(deckMessage(wrapper).text()).toBe('Eén principe geladen.')
  })

  it('says nothing when the dialog is cancelled', async () => {
    const { wrapper } = await importWith({ ok: false, reason: 'cancelled' })
    expect(deckMessage(wrapper).text()).toBe('')
  })

  it.each([
    ['unreadable', 'Het bestand kon niet worden gelezen.'],
    ['not-json', 'Dit bestand is geen principeset: de inhoud is geen geldige JSON.'],
    ['wrong-format', 'Dit bestand is geen principeset van Dansende Dilemma’s.'],
    [
      'newer-version',
      'Deze principeset is gemaakt met een nieuwere versie van de app. Werk de app bij om hem te openen.',
    ],
    [
      'invalid',
      'De principeset klopt niet: er ontbreekt een naam, een tekst is te lang, een kleur is ongeldig, er zijn te veel principes of het bestand is te groot.',
    ],
    ['duplicate-ids', 'In deze principeset hebben twee principes hetzelfde id.'],
    [
      'low-contrast',
      'Een kleur in deze principeset is te licht: witte tekst is er niet goed op te lezen.',
    ],
  ] as const)('explains an import that failed with %s', async (reason, text) => {
    const { wrapper, store } = await importWith({ ok: false, reason })
    expect(deckMessage(wrapper).text()).toBe(`${text} Er is niets veranderd.`)
    expect(deckMessage(wrapper).classes()).toContain('deck__message--problem')
    expect(store.session?.principles).toEqual(deck)
  })

  it.each([
    [{ ok: true }, 'De principeset is opgeslagen.'],
    [{ ok: false, reason: 'cancelled' }, ''],
    [
      { ok: false, reason: 'write-failed' },
      'Opslaan is mislukt. Kies een andere map of probeer het opnieuw.',
    ],
  ] as [DeckExportResult, string][])('reports the export result %j', async (result, text) => {
    const { wrapper, backend } = await mountConnected(PrinciplesPanel)
    backend.deckExportResult = result
    await buttonByText(wrapper, 'Set opslaan…').trigger('click')
    await flushPromises()
    expect(backend.calls.map((call) => call.channel)).toContain('deck:export')
    expect(deckMessage(wrapper).text()).toBe(text)
  })

  it('says something went wrong when the call itself fails', async () => {
    const { wrapper, api } = await mountConnected(PrinciplesPanel)
    if (!('importDeck' in api)) throw new Error('expected the presenter API')
    window[API_GLOBAL] = { ...api, importDeck: () => Promise.reject(new Error('ipc failed')) }

    await buttonByText(wrapper, 'Set openen…').trigger('click')
    await flushPromises()

    expect(deckMessage(wrapper).text()).toBe(
      'Er ging iets mis met het bestand. Probeer het opnieuw.',
    )
    expect(buttonByText(wrapper, 'Set openen…').element.disabled).toBe(false)
  })

  it('speaks English when the window does', async () => {
    const { wrapper, backend } = await mountConnected(PrinciplesPanel, { locale: 'en' })
    expect(wrapper.find('h2').text()).toBe('Edit principles')
    backend.deckImportResult = { ok: false, reason: 'newer-version' }
    await buttonByText(wrapper, 'Open set…').trigger('click')
    await flushPromises()
    expect(deckMessage(wrapper).text()).toBe(
      'This set of principles was made with a newer version of the app. Update the app to open it. Nothing has changed.',
    )
    expect(buttonByText(editor(wrapper, first.id), 'Show on projector').exists()).toBe(true)
  })
})
