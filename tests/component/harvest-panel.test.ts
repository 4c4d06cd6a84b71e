import type { CommandInput } from '@core/commands/schema'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import HarvestPanel from '../../renderer/src/presenter/harvest/HarvestPanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

type List = 'threads' | 'insights'

function backendWith(list: List, ...texts: string[]): FakeBackend {
  const backend = new FakeBackend()
  for (const text of texts) backend.apply({ type: 'harvest/add', list, text })
  return backend
}

function section(wrapper: VueWrapper, list: List): DOMWrapper<Element> {
  return wrapper.find(`[data-testid="harvest-list-${list}"]`)
}

function fields(wrapper: VueWrapper, list: List): DOMWrapper<HTMLTextAreaElement>[] {
  return section(wrapper, list).findAll<HTMLTextAreaElement>('textarea')
}

function field(wrapper: VueWrapper, list: List, index: number): DOMWrapper<HTMLTextAreaElement> {
  const found = fields(wrapper, list)[index]
  if (!found) throw new Error(`no field ${index} in ${list}`)
  return found
}

function byLabel(wrapper: VueWrapper, label: string): DOMWrapper<HTMLButtonElement> {
  const button = wrapper.find<HTMLButtonElement>(`button[aria-label="${label}"]`)
  if (!button.exists()) throw new Error(`no button labelled "${label}"`)
  return button
}

/** Types into a live field and leaves it, as a facilitator does. */
async function typeInto(target: DOMWrapper<HTMLInputElement | HTMLTextAreaElement>, text: string) {
  target.element.focus()
  await target.setValue(text)
  target.element.blur()
  await flushPromises()
}

const texts = (backend: FakeBackend, list: List) =>
  backend.host.getSnapshot().session.harvest[list].map((item) => item.text)
const ids = (backend: FakeBackend, list: List) =>
  backend.host.getSnapshot().session.harvest[list].map((item) => item.id)
const sent = (backend: FakeBackend): CommandInput[] => backend.dispatched

describe('HarvestPanel: common threads', () => {
  it('adds an empty thread with "Nieuwe rode draad" and puts the focus in it', async () => {
    const { wrapper, backend } = await mountConnected(HarvestPanel)
    expect(section(wrapper, 'threads').find('h3').text()).toBe('Rode draden')
    expect(section(wrapper, 'threads').text()).toContain('Nog geen rode draden.')

    await buttonByText(wrapper, 'Nieuwe rode draad').trigger('click')
    await flushPromises()

    expect(sent(backend)).toEqual([{ type: 'harvest/add', list: 'threads' }])
    expect(texts(backend, 'threads')).toEqual([''])
    expect(document.activeElement).toBe(field(wrapper, 'threads', 0).element)
    expect(wrapper.find('label').text()).toBe('Rode draad 1')
  })

  it('sends what is typed as an edit of that thread', async () => {
    const backend = backendWith('threads', '')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })
    const [id] = ids(backend, 'threads')

    await typeInto(field(wrapper, 'threads', 0), 'Tijdsdruk speelt overal')

    expect(sent(backend)).toEqual([
      { type: 'harvest/edit', list: 'threads', id, text: 'Tijdsdruk speelt overal' },
    ])
    expect(texts(backend, 'threads')).toEqual(['Tijdsdruk speelt overal'])
  })

  it('Enter in the last thread adds the next one and moves the focus there', async () => {
    const backend = backendWith('threads', 'Tijdsdruk')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    await field(wrapper, 'threads', 0).trigger('keydown', { key: 'Enter' })
    await flushPromises()

    expect(sent(backend)).toEqual([{ type: 'harvest/add', list: 'threads' }])
    expect(texts(backend, 'threads')).toEqual(['Tijdsdruk', ''])
    expect(document.activeElement).toBe(field(wrapper, 'threads', 1).element)
  })

  it('Enter in a middle thread puts the new one right below it', async () => {
    const backend = backendWith('threads', 'Eerste', 'Tweede')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    await field(wrapper, 'threads', 0).trigger('keydown', { key: 'Enter' })
    await flushPromises()

    // One command (so one undo step) that inserts right below.
    expect(sent(backend)).toEqual([{ type: 'harvest/add', list: 'threads', index: 1 }])
    expect(texts(backend, 'threads')).toEqual(['Eerste', '', 'Tweede'])
    expect(document.activeElement).toBe(field(wrapper, 'threads', 1).element)
  })

  it('Enter never piles up empty threads', async () => {
    const backend = backendWith('threads', 'Tijdsdruk', '')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    await field(wrapper, 'threads', 0).trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(document.activeElement).toBe(field(wrapper, 'threads', 1).element)

    await field(wrapper, 'threads', 1).trigger('keydown', { key: 'Enter' })
    await flushPromises()
    field(wrapper, 'threads', 0).element.focus()
    await buttonByText(wrapper, 'Nieuwe rode draad').trigger('click')
    await flushPromises()

    expect(document.activeElement).toBe(field(wrapper, 'threads', 1).element)
    expect(sent(backend)).toEqual([])
    expect(texts(backend, 'threads')).toEqual(['Tijdsdruk', ''])
  })

  it('removes an empty thread at once, a filled one only after "Zeker verwijderen?"', async () => {
    const backend = backendWith('threads', 'Tijdsdruk', '')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })
    const [filledId, emptyId] = ids(backend, 'threads')

    await byLabel(wrapper, 'Rode draad 2 verwijderen').trigger('click')
    await flushPromises()
    expect(sent(backend)).toEqual([{ type: 'harvest/remove', list: 'threads', id: emptyId }])

    const remove = byLabel(wrapper, 'Rode draad 1 verwijderen')
    await remove.trigger('click')
    await flushPromises()
    expect(sent(backend)).toHaveLength(1)
    expect(remove.text()).toBe('Zeker verwijderen?')

    await remove.trigger('click')
    await flushPromises()
    expect(sent(backend)[1]).toEqual({ type: 'harvest/remove', list: 'threads', id: filledId })
    expect(texts(backend, 'threads')).toEqual([])
    expect(section(wrapper, 'threads').text()).toContain('Nog geen rode draden.')
  })

  it('asks for a second click when text is typed but not sent yet', async () => {
    const backend = backendWith('threads', '')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })
    const input = field(wrapper, 'threads', 0)
    input.element.focus()
    await input.setValue('Half getypt')

    const remove = byLabel(wrapper, 'Rode draad 1 verwijderen')
    await remove.trigger('click')
    await flushPromises()

    expect(sent(backend).filter((c) => c.type === 'harvest/remove')).toEqual([])
    expect(remove.text()).toBe('Zeker verwijderen?')
    // Leaving the button without a second click keeps the thread.
    await remove.trigger('blur')
    expect(remove.text()).toBe('×')
  })

  it('Backspace in an empty thread removes it and goes back to the one above', async () => {
    const backend = backendWith('threads', 'Tijdsdruk', '')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })
    const emptyId = ids(backend, 'threads')[1]
    field(wrapper, 'threads', 1).element.focus()

    await field(wrapper, 'threads', 1).trigger('keydown', { key: 'Backspace' })
    await flushPromises()

    expect(sent(backend)).toEqual([{ type: 'harvest/remove', list: 'threads', id: emptyId }])
    expect(document.activeElement).toBe(field(wrapper, 'threads', 0).element)

    // Backspace in a thread with text is just a Backspace.
    await field(wrapper, 'threads', 0).trigger('keydown', { key: 'Backspace' })
    await flushPromises()
    expect(sent(backend)).toHaveLength(1)
  })

  it('reorders with the arrow buttons and with Alt+arrow keys', async () => {
    const backend = backendWith('threads', 'A', 'B', 'C')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })
    const [a, , c] = ids(backend, 'threads')
    expect(byLabel(wrapper, 'Rode draad 1 omhoog').element.disabled).toBe(true)
    expect(byLabel(wrapper, 'Rode draad 3 omlaag').element.disabled).toBe(true)

    await byLabel(wrapper, 'Rode draad 1 omlaag').trigger('click')
    await flushPromises()
    expect(sent(backend)).toEqual([{ type: 'harvest/move', list: 'threads', id: a, toIndex: 1 }])
    expect(texts(backend, 'threads')).toEqual(['B', 'A', 'C'])
    expect(fields(wrapper, 'threads').map((f) => f.element.value)).toEqual(['B', 'A', 'C'])

    const last = field(wrapper, 'threads', 2)
    last.element.focus()
    await last.trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(sent(backend)[1]).toEqual({ type: 'harvest/move', list: 'threads', id: c, toIndex: 1 })
    expect(texts(backend, 'threads')).toEqual(['B', 'C', 'A'])
    expect((document.activeElement as HTMLTextAreaElement).value).toBe('C')

    // Past the top nothing is sent.
    await field(wrapper, 'threads', 0).trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(sent(backend)).toHaveLength(2)
  })
})

describe('HarvestPanel: new insights', () => {
  it('shows the perspectives prompt above the insights', async () => {
    const { wrapper } = await mountConnected(HarvestPanel)
    const prompt = section(wrapper, 'insights').find('[data-testid="perspectives-prompt"]')
    expect(section(wrapper, 'insights').find('h3').text()).toBe('Nieuwe inzichten')
    expect(prompt.text()).toContain('Zijn alle perspectieven meegenomen?')
    expect(prompt.text()).toContain('Wie zat er niet aan tafel?')
  })

  it('adds, edits, moves and removes insights in the insights list', async () => {
    const backend = backendWith('insights', 'Het perspectief van de burger ontbrak')
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    await buttonByText(wrapper, 'Nieuw inzicht').trigger('click')
    await flushPromises()
    const [first, second] = ids(backend, 'insights')
    expect(document.activeElement).toBe(field(wrapper, 'insights', 1).element)

    await typeInto(field(wrapper, 'insights', 1), 'Ook de uitvoering horen')
    await byLabel(wrapper, 'Inzicht 2 omhoog').trigger('click')
    await flushPromises()
    const remove = byLabel(wrapper, 'Inzicht 2 verwijderen')
    await remove.trigger('click')
    await remove.trigger('click')
    await flushPromises()

    expect(sent(backend)).toEqual([
      { type: 'harvest/add', list: 'insights' },
      { type: 'harvest/edit', list: 'insights', id: second, text: 'Ook de uitvoering horen' },
      { type: 'harvest/move', list: 'insights', id: second, toIndex: 0 },
      { type: 'harvest/remove', list: 'insights', id: first },
    ])
    expect(texts(backend, 'insights')).toEqual(['Ook de uitvoering horen'])
    expect(texts(backend, 'threads')).toEqual([])
  })
})

describe('HarvestPanel: follow-ups', () => {
  const table = (wrapper: VueWrapper) => wrapper.find('[data-testid="follow-ups"]')

  it('shows the two guiding questions and the columns', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'harvest/add-followup', what: 'Sessie over giften' })
    const { wrapper } = await mountConnected(HarvestPanel, { backend })
    expect(table(wrapper).text()).toContain('Waar zou een volgende sessie over kunnen gaan?')
    expect(table(wrapper).text()).toContain('Wie bereidt die voor, en wanneer?')
    expect(
      table(wrapper)
        .findAll('th')
        .map((th) => th.text()),
    ).toEqual(['Wat', 'Wie bereidt het voor', 'Wanneer', 'Acties'])
  })

  it('adds a row, fills in what, who and when, and shows the date in Dutch', async () => {
    const { wrapper, backend } = await mountConnected(HarvestPanel)
    expect(table(wrapper).text()).toContain('Nog geen vervolgafspraken.')

    await buttonByText(wrapper, 'Vervolgpunt toevoegen').trigger('click')
    await flushPromises()
    const [id] = backend.host.getSnapshot().session.harvest.followUps.map((f) => f.id)
    const what = table(wrapper).find<HTMLTextAreaElement>('textarea')
    expect(document.activeElement).toBe(what.element)

    await typeInto(what, 'Sessie over giften en uitnodigingen')
    await typeInto(table(wrapper).find<HTMLInputElement>('input:not([type="date"])'), 'Noor')
    const due = table(wrapper).find<HTMLInputElement>('input[type="date"]')
    await due.setValue('2025-04-03')
    await flushPromises()

    expect(sent(backend)).toEqual([
      { type: 'harvest/add-followup' },
      { type: 'harvest/edit-followup', id, what: 'Sessie over giften en uitnodigingen' },
      { type: 'harvest/edit-followup', id, who: 'Noor' },
      { type: 'harvest/edit-followup', id, due: '2025-04-03' },
    ])
    expect(backend.host.getSnapshot().session.harvest.followUps).toEqual([
      { id, what: 'Sessie over giften en uitnodigingen', who: 'Noor', due: '2025-04-03' },
    ])
    expect(table(wrapper).text()).toContain('do 3 apr 2025')
    expect(wrapper.find(`label[for="${due.element.id}"]`).text()).toBe('Wanneer, vervolgpunt 1')

    await due.setValue('')
    await flushPromises()
    expect(sent(backend)[4]).toEqual({ type: 'harvest/edit-followup', id, due: '' })
    expect(table(wrapper).text()).not.toContain('2025')
  })

  it('removes an empty row at once and a filled one after a second click', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'harvest/add-followup', who: 'Sem', due: '2025-05-01' })
    backend.apply({ type: 'harvest/add-followup' })
    const [filled, empty] = backend.host.getSnapshot().session.harvest.followUps.map((f) => f.id)
    const { wrapper } = await mountConnected(HarvestPanel, { backend })

    await byLabel(wrapper, 'Vervolgpunt 2 verwijderen').trigger('click')
    await flushPromises()
    expect(sent(backend)).toEqual([{ type: 'harvest/remove-followup', id: empty }])

    const remove = byLabel(wrapper, 'Vervolgpunt 1 verwijderen')
    await remove.trigger('click')
    await flushPromises()
    expect(remove.text()).toBe('Zeker verwijderen?')
    expect(sent(backend)).toHaveLength(1)
    await remove.trigger('click')
    await flushPromises()

    expect(sent(backend)[1]).toEqual({ type: 'harvest/remove-followup', id: filled })
    expect(backend.host.getSnapshot().session.harvest.followUps).toEqual([])
    expect(document.activeElement?.textContent?.trim()).toBe('Vervolgpunt toevoegen')
  })
})

describe('HarvestPanel in English', () => {
  it('speaks English when the locale is en', async () => {
    const backend = backendWith('threads', 'Time pressure')
    backend.apply({ type: 'harvest/add-followup', due: '2025-04-03' })
    const { wrapper } = await mountConnected(HarvestPanel, { backend, locale: 'en' })

    expect(wrapper.find('h2').text()).toBe('Harvest')
    expect(section(wrapper, 'threads').find('h3').text()).toBe('Common threads')
    expect(wrapper.text()).toContain('Have all perspectives been included?')
    expect(buttonByText(wrapper, 'New thread').exists()).toBe(true)
    expect(byLabel(wrapper, 'Remove Common thread 1').exists()).toBe(true)
    expect(wrapper.text()).toContain('Thu, 3 Apr 2025')
  })
})
