import { EXAMPLE_DILEMMAS } from '@core/commands/domains/dilemmas'
import type { Dilemma } from '@core/session/schema'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import DilemmaAddForm from '../../renderer/src/presenter/dilemmas/DilemmaAddForm.vue'
import DilemmaRow from '../../renderer/src/presenter/dilemmas/DilemmaRow.vue'
import DilemmaQueuePanel from '../../renderer/src/presenter/dilemmas/DilemmaQueuePanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected, setLocale } from './support/harness'
import { buttonByText, rowByTitle, rowTitles } from './support/queries'

afterEach(cleanup)

type Within = VueWrapper | DOMWrapper<Element>

function backendWith(...titles: string[]): FakeBackend {
  const backend = new FakeBackend()
  backend.seedDilemmas(...titles)
  return backend
}

function dilemmaIn(backend: FakeBackend, id: string): Dilemma {
  const found = backend.host.getSnapshot().session.dilemmas.find((d) => d.id === id)
  if (!found) throw new Error(`no dilemma ${id}`)
  return found
}

function idOf(backend: FakeBackend, title: string): string {
  const found = backend.host.getSnapshot().session.dilemmas.find((d) => d.title === title)
  if (!found) throw new Error(`no dilemma "${title}"`)
  return found.id
}

/** The id of the one dilemma in the session. */
function onlyId(backend: FakeBackend): string {
  const [only, ...more] = backend.host.getSnapshot().session.dilemmas
  if (!only || more.length > 0) throw new Error('expected exactly one dilemma')
  return only.id
}

/** The one button with this aria-label (the arrow buttons show ▲ and ▼). */
function buttonByLabel(within: Within, label: string): DOMWrapper<HTMLButtonElement> {
  const matches = within.findAll<HTMLButtonElement>(`button[aria-label="${label}"]`)
  if (matches.length !== 1)
    throw new Error(`expected one button "${label}", found ${matches.length}`)
  return matches[0] as DOMWrapper<HTMLButtonElement>
}

const badgeOf = (row: Within) => row.find('.row__badge').text()

describe('DilemmaAddForm', () => {
  it('adds a dilemma with contributor and source, clearing the fields only once main accepted', async () => {
    const { wrapper, backend, store } = await mountConnected(DilemmaAddForm, {
      mount: { props: { showVariant: false } },
    })
    const title = wrapper.find<HTMLInputElement>('input[name="title"]')
    const description = wrapper.find<HTMLTextAreaElement>('textarea[name="description"]')
    const contributor = wrapper.find<HTMLInputElement>('input[name="contributor"]')
    await title.setValue('Mag ik een cadeaubon aannemen?')
    await description.setValue('Een burger wil je bedanken.')
    await contributor.setValue('Fatima')
    await wrapper.find('select[name="source"]').setValue('on-the-spot')

    const release = backend.holdDispatches()
    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()

    // Sent, but main has not answered: nothing typed may be lost yet.
    expect(backend.dispatched).toEqual([
      {
        type: 'dilemma/add',
        title: 'Mag ik een cadeaubon aannemen?',
        description: 'Een burger wil je bedanken.',
        contributor: 'Fatima',
        source: 'on-the-spot',
      },
    ])
    expect(title.element.value).toBe('Mag ik een cadeaubon aannemen?')
    expect(contributor.element.value).toBe('Fatima')
    expect(store.session?.dilemmas).toEqual([])

    release()
    await flushPromises()

    expect(title.element.value).toBe('')
    expect(description.element.value).toBe('')
    expect(contributor.element.value).toBe('')
    // The source is kept for the next one: dilemmas usually come in batches of one kind.
    expect(wrapper.find<HTMLSelectElement>('select[name="source"]').element.value).toBe(
      'on-the-spot',
    )
    expect(store.session?.dilemmas).toMatchObject([
      {
        id: onlyId(backend),
        title: 'Mag ik een cadeaubon aannemen?',
        description: 'Een burger wil je bedanken.',
        contributor: 'Fatima',
        source: 'on-the-spot',
        status: 'queued',
        variant: 'variant1',
      },
    ])
    expect(document.activeElement).toBe(title.element)
  })

  it('says that an empty contributor stays anonymous, and offers the four sources in Dutch', async () => {
    const { wrapper } = await mountConnected(DilemmaAddForm, {
      mount: { props: { showVariant: false } },
    })
    const contributor = wrapper.find('input[name="contributor"]')
    const hint = document.getElementById(contributor.attributes('aria-describedby') ?? '')
    expect(hint?.textContent).toBe('Leeg laten houdt de inbrenger anoniem.')
    expect(wrapper.findAll('select[name="source"] option').map((o) => o.text())).toEqual([
      'Voorbereid',
      'Ter plekke',
      'Actualiteit',
      'Voorbeeld',
    ])
    expect(wrapper.find('select[name="variant"]').exists()).toBe(false)
  })

  it('rests as one line and opens its other fields on focus or text', async () => {
    const { wrapper } = await mountConnected(DilemmaAddForm, {
      mount: { props: { showVariant: false } },
    })
    const form = wrapper.find('form')
    const isShown = (selector: string) => {
      for (let node: HTMLElement | null = wrapper.find<HTMLElement>(selector).element; node;) {
        if (node.style.display === 'none') return false
        node = node.parentElement
      }
      return true
    }
    expect(form.attributes('data-expanded')).toBe('false')
    expect(isShown('input[name="title"]')).toBe(true)
    expect(isShown('textarea[name="description"]')).toBe(false)
    expect(isShown('input[name="contributor"]')).toBe(false)

    await wrapper.find('input[name="title"]').trigger('focusin')
    expect(form.attributes('data-expanded')).toBe('true')
    expect(isShown('textarea[name="description"]')).toBe(true)
    expect(isShown('select[name="source"]')).toBe(true)

    // Moving within the form keeps it open; leaving it empty closes it again.
    const description = wrapper.find('textarea[name="description"]').element
    await wrapper.find('input[name="title"]').trigger('focusout', { relatedTarget: description })
    expect(form.attributes('data-expanded')).toBe('true')
    await wrapper.find('textarea[name="description"]').trigger('focusout', { relatedTarget: null })
    expect(form.attributes('data-expanded')).toBe('false')

    await wrapper.find('input[name="title"]').setValue('Half getypt')
    expect(form.attributes('data-expanded')).toBe('true')
  })

  it('asks for the variant only when the session uses both, and sends it', async () => {
    const { wrapper, backend, store } = await mountConnected(DilemmaAddForm, {
      mount: { props: { showVariant: true } },
    })
    const variant = wrapper.find<HTMLSelectElement>('select[name="variant"]')
    expect(variant.element.value).toBe('variant1')
    await wrapper.find('input[name="title"]').setValue('Vier sprekers graag')
    await variant.setValue('variant2')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      {
        type: 'dilemma/add',
        title: 'Vier sprekers graag',
        description: '',
        contributor: '',
        source: 'prepared',
        variant: 'variant2',
      },
    ])
    expect(store.session?.dilemmas[0]?.variant).toBe('variant2')
  })

  it('keeps the typed text when main rejects the command', async () => {
    const { wrapper, backend, store } = await mountConnected(DilemmaAddForm, {
      mount: { props: { showVariant: false } },
    })
    const tooLong = 'x'.repeat(2001)
    const title = wrapper.find<HTMLInputElement>('input[name="title"]')
    await title.setValue(tooLong)

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(backend.dispatched).toHaveLength(1)
    expect(store.lastFailure).toBe('invalid-command')
    expect(title.element.value).toBe(tooLong)
    expect(backend.host.getSnapshot().session.dilemmas).toEqual([])
  })

  it('keeps the typed text when the call itself fails', async () => {
    const { wrapper, backend, store } = await mountConnected(DilemmaAddForm, {
      mount: { props: { showVariant: false } },
    })
    const title = wrapper.find<HTMLInputElement>('input[name="title"]')
    await title.setValue('Een dilemma')
    backend.failNextDispatch()

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(store.lastFailure).toBe('unexpected')
    expect(title.element.value).toBe('Een dilemma')
  })

  it.each(['', '   '])('cannot submit the title %j', async (text) => {
    const { wrapper, backend } = await mountConnected(DilemmaAddForm, {
      mount: { props: { showVariant: false } },
    })
    await wrapper.find('input[name="title"]').setValue(text)
    await wrapper.find('textarea[name="description"]').setValue('Alleen een beschrijving')

    const submit = buttonByText(wrapper, 'Toevoegen')
    expect(submit.element.disabled).toBe(true)
    await submit.trigger('click')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(backend.dispatched).toEqual([])
  })
})

describe('DilemmaRow', () => {
  it('shows position, status badge, source and contributor; aria-current only when current', async () => {
    const backend = new FakeBackend()
    backend.apply({
      type: 'dilemma/add',
      title: 'Lekken naar de pers?',
      description: 'Een collega twijfelt.',
      contributor: 'Joost',
      source: 'current-events',
    })
    const harness = await createHarness({ backend })
    const dilemma = dilemmaIn(backend, onlyId(backend))
    const row = harness.mount(DilemmaRow, {
      props: { dilemma, index: 1, total: 3, status: 'queued' },
    })

    expect(row.text()).toContain('Dilemma 2 van 3')
    expect(row.find('.row__title').text()).toBe('Lekken naar de pers?')
    expect(row.find('.row__description').text()).toBe('Een collega twijfelt.')
    expect(row.find('.row__source').text()).toBe('Actualiteit')
    expect(row.find('.row__contributor').text()).toBe('Ingebracht door Joost')
    expect(badgeOf(row)).toBe('Gepland')
    expect(row.attributes('aria-current')).toBeUndefined()
    expect(row.attributes('data-dilemma-id')).toBe(dilemma.id)
    expect(row.attributes('draggable')).toBe('true')
    expect(row.find('.row__variant').exists()).toBe(false)

    await row.setProps({ status: 'current' })
    expect(row.attributes('aria-current')).toBe('true')
    expect(badgeOf(row)).toBe('Aan de beurt')
    expect(buttonByText(row, 'Als besproken markeren').exists()).toBe(true)
    expect(row.findAll('button').some((b) => b.text() === 'Nu bespreken')).toBe(false)

    await row.setProps({ status: 'discussed' })
    expect(badgeOf(row)).toBe('Besproken')
    expect(buttonByText(row, 'Terug in de wachtrij').exists()).toBe(true)

    await row.setProps({ status: 'skipped', showVariant: true })
    expect(badgeOf(row)).toBe('Overgeslagen')
    expect(row.find('.row__variant').text()).toBe('Variant 1')
  })

  it('calls an empty contributor anonymous', async () => {
    const backend = backendWith('Zonder naam')
    const harness = await createHarness({ backend })
    const row = harness.mount(DilemmaRow, {
      props: { dilemma: dilemmaIn(backend, onlyId(backend)), index: 0, total: 1, status: 'queued' },
    })
    expect(row.find('.row__contributor').text()).toBe('Anoniem ingebracht')
    expect(row.find('.row__source').text()).toBe('Voorbereid')
  })

  it('disables up on the first row and down on the last', async () => {
    const backend = backendWith('Alleen')
    const harness = await createHarness({ backend })
    const only = harness.mount(DilemmaRow, {
      props: { dilemma: dilemmaIn(backend, onlyId(backend)), index: 0, total: 1, status: 'queued' },
    })
    expect(buttonByLabel(only, 'Omhoog').element.disabled).toBe(true)
    expect(buttonByLabel(only, 'Omlaag').element.disabled).toBe(true)
    expect(only.find('.row__description').exists()).toBe(false)

    await only.setProps({ index: 1, total: 3 })
    expect(buttonByLabel(only, 'Omhoog').element.disabled).toBe(false)
    expect(buttonByLabel(only, 'Omlaag').element.disabled).toBe(false)
  })

  it('keeps a 2,000-character title and markup as plain text', async () => {
    const backend = new FakeBackend()
    const hostile = `<img src=x onerror=alert(1)> ${'ب'.repeat(1970)}`
    backend.apply({ type: 'dilemma/add', title: hostile, contributor: '<b>Piet</b>' })
    const harness = await createHarness({ backend })
    const row = harness.mount(DilemmaRow, {
      props: { dilemma: dilemmaIn(backend, onlyId(backend)), index: 0, total: 1, status: 'queued' },
    })
    expect(row.find('.row__title').element.textContent).toBe(hostile)
    expect(row.find('.row__title').attributes('dir')).toBe('auto')
    expect(row.find('.row__contributor').text()).toBe('Ingebracht door <b>Piet</b>')
    expect(row.find('img').exists()).toBe(false)
    expect(row.find('b').exists()).toBe(false)
  })
})

describe('DilemmaQueuePanel', () => {
  it('shows the empty hint without dilemmas', async () => {
    const { wrapper } = await mountConnected(DilemmaQueuePanel)
    expect(wrapper.find('h2').text()).toBe('Dilemma’s')
    expect(wrapper.text()).toContain('Nog geen dilemma’s. Voeg hieronder het eerste toe.')
    expect(wrapper.find('ol').exists()).toBe(false)
  })

  it('lists a dilemma added through the form', async () => {
    const { wrapper } = await mountConnected(DilemmaQueuePanel)
    await wrapper.find('input[name="title"]').setValue('Eerste dilemma')
    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()

    expect(rowTitles(wrapper)).toEqual(['Eerste dilemma'])
    expect(badgeOf(rowByTitle(wrapper, 'Eerste dilemma'))).toBe('Gepland')
    expect(wrapper.text()).not.toContain('Nog geen dilemma’s')
  })

  it('"Nu bespreken" makes a row current; the next one leaves it discussed', async () => {
    const backend = backendWith('Eén', 'Twee')
    const { wrapper, store } = await mountConnected(DilemmaQueuePanel, { backend })

    await buttonByText(rowByTitle(wrapper, 'Twee'), 'Nu bespreken').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'dilemma/make-current', id: idOf(backend, 'Twee') },
    ])
    expect(store.session?.currentDilemmaId).toBe(idOf(backend, 'Twee'))
    const current = wrapper.findAll('li[aria-current="true"]')
    expect(current).toHaveLength(1)
    expect(current[0]?.find('.row__title').text()).toBe('Twee')
    expect(badgeOf(rowByTitle(wrapper, 'Twee'))).toBe('Aan de beurt')
    expect(badgeOf(rowByTitle(wrapper, 'Eén'))).toBe('Gepland')

    await buttonByText(rowByTitle(wrapper, 'Eén'), 'Nu bespreken').trigger('click')
    await flushPromises()

    expect(store.session?.currentDilemmaId).toBe(idOf(backend, 'Eén'))
    expect(badgeOf(rowByTitle(wrapper, 'Twee'))).toBe('Besproken')
    expect(badgeOf(rowByTitle(wrapper, 'Eén'))).toBe('Aan de beurt')
  })

  it('marks dilemmas discussed or skipped and puts them back in the queue', async () => {
    const backend = backendWith('A', 'B', 'C')
    backend.apply({ type: 'dilemma/make-current', id: idOf(backend, 'C') })
    const { wrapper, store } = await mountConnected(DilemmaQueuePanel, { backend })

    await buttonByText(rowByTitle(wrapper, 'A'), 'Als besproken markeren').trigger('click')
    await buttonByText(rowByTitle(wrapper, 'B'), 'Overslaan').trigger('click')
    await flushPromises()
    expect(badgeOf(rowByTitle(wrapper, 'A'))).toBe('Besproken')
    expect(badgeOf(rowByTitle(wrapper, 'B'))).toBe('Overgeslagen')

    // Finishing the current one frees the floor.
    await buttonByText(rowByTitle(wrapper, 'C'), 'Als besproken markeren').trigger('click')
    await flushPromises()
    expect(store.session?.currentDilemmaId).toBeNull()
    expect(badgeOf(rowByTitle(wrapper, 'C'))).toBe('Besproken')

    await buttonByText(rowByTitle(wrapper, 'B'), 'Terug in de wachtrij').trigger('click')
    await flushPromises()
    expect(badgeOf(rowByTitle(wrapper, 'B'))).toBe('Gepland')
    expect(backend.dispatched).toEqual([
      { type: 'dilemma/set-status', id: idOf(backend, 'A'), status: 'discussed' },
      { type: 'dilemma/set-status', id: idOf(backend, 'B'), status: 'skipped' },
      { type: 'dilemma/set-status', id: idOf(backend, 'C'), status: 'discussed' },
      { type: 'dilemma/set-status', id: idOf(backend, 'B'), status: 'queued' },
    ])
  })

  it('edit → save changes every field', async () => {
    const backend = backendWith('Oude titel')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    const row = rowByTitle(wrapper, 'Oude titel')

    await buttonByText(row, 'Bewerken').trigger('click')
    await flushPromises()
    const input = row.find<HTMLInputElement>('.row__edit input[name="title"]')
    expect(input.element.value).toBe('Oude titel')
    expect(document.activeElement).toBe(input.element)
    expect(row.find('.row__edit select[name="variant"]').exists()).toBe(false)
    await input.setValue('Nieuwe titel')
    await row.find('.row__edit textarea').setValue('Met uitleg')
    await row.find('.row__edit input[name="contributor"]').setValue('Karim')
    await row.find('.row__edit select[name="source"]').setValue('current-events')
    await buttonByText(row, 'Opslaan').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      {
        type: 'dilemma/edit',
        id: onlyId(backend),
        title: 'Nieuwe titel',
        description: 'Met uitleg',
        contributor: 'Karim',
        source: 'current-events',
      },
    ])
    expect(wrapper.find('.row__edit').exists()).toBe(false)
    const saved = rowByTitle(wrapper, 'Nieuwe titel')
    expect(saved.find('.row__description').text()).toBe('Met uitleg')
    expect(saved.find('.row__contributor').text()).toBe('Ingebracht door Karim')
    expect(saved.find('.row__source').text()).toBe('Actualiteit')
    expect(document.activeElement).toBe(buttonByText(saved, 'Bewerken').element)
  })

  it('shows and edits the variant only when the session uses both variants', async () => {
    const backend = backendWith('Welke werkvorm?')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    expect(wrapper.find('.row__variant').exists()).toBe(false)
    expect(wrapper.find('select[name="variant"]').exists()).toBe(false)

    backend.apply({ type: 'setup/edit', variant: 'both' })
    await flushPromises()
    expect(wrapper.find('.row__variant').text()).toBe('Variant 1')
    expect(wrapper.find('form.add select[name="variant"]').exists()).toBe(true)

    const row = rowByTitle(wrapper, 'Welke werkvorm?')
    await buttonByText(row, 'Bewerken').trigger('click')
    await row.find('.row__edit select[name="variant"]').setValue('variant2')
    await row.find('.row__edit').trigger('submit')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      {
        type: 'dilemma/edit',
        id: onlyId(backend),
        title: 'Welke werkvorm?',
        description: '',
        contributor: '',
        source: 'prepared',
        variant: 'variant2',
      },
    ])
    expect(wrapper.find('.row__variant').text()).toBe('Variant 2')
  })

  it('edit → cancel or an empty title changes nothing', async () => {
    const backend = backendWith('Blijft staan')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    const row = wrapper.find('li.row')

    await buttonByText(row, 'Bewerken').trigger('click')
    await row.find('.row__edit input').setValue('   ')
    await row.find('.row__edit').trigger('submit')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(row.find('.row__edit').exists()).toBe(true)
    expect(row.attributes('draggable')).toBe('false')

    await buttonByText(row, 'Annuleren').trigger('click')
    expect(row.find('.row__edit').exists()).toBe(false)
    expect(rowTitles(wrapper)).toEqual(['Blijft staan'])
    expect(backend.dispatched).toEqual([])
  })

  it('remove needs a second click ("Zeker verwijderen?")', async () => {
    const backend = backendWith('Weg ermee', 'Blijft')
    const id = idOf(backend, 'Weg ermee')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    const row = rowByTitle(wrapper, 'Weg ermee')

    await buttonByText(row, 'Verwijderen').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(rowTitles(wrapper)).toEqual(['Weg ermee', 'Blijft'])

    await buttonByText(row, 'Zeker verwijderen?').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'dilemma/remove', id }])
    expect(rowTitles(wrapper)).toEqual(['Blijft'])
  })

  it('leaving the remove button cancels the confirmation', async () => {
    const backend = backendWith('Nog niet weg')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    const row = wrapper.find('li.row')

    await buttonByText(row, 'Verwijderen').trigger('click')
    await buttonByText(row, 'Zeker verwijderen?').trigger('blur')
    await buttonByText(row, 'Verwijderen').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([])
    expect(rowTitles(wrapper)).toEqual(['Nog niet weg'])
  })

  it('removing the current dilemma clears the current mark', async () => {
    const backend = backendWith('Actueel en weg')
    backend.apply({ type: 'dilemma/make-current', id: onlyId(backend) })
    const { wrapper, store } = await mountConnected(DilemmaQueuePanel, { backend })

    const row = wrapper.find('li.row')
    expect(row.attributes('aria-current')).toBe('true')
    await buttonByText(row, 'Verwijderen').trigger('click')
    await buttonByText(row, 'Zeker verwijderen?').trigger('click')
    await flushPromises()

    expect(store.session?.currentDilemmaId).toBeNull()
    expect(wrapper.text()).toContain('Nog geen dilemma’s')
  })

  it('moves rows with the up and down buttons', async () => {
    const backend = backendWith('A', 'B', 'C')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })

    expect(buttonByLabel(rowByTitle(wrapper, 'A'), 'Omhoog').element.disabled).toBe(true)
    expect(buttonByLabel(rowByTitle(wrapper, 'C'), 'Omlaag').element.disabled).toBe(true)

    await buttonByLabel(rowByTitle(wrapper, 'C'), 'Omhoog').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([
      { type: 'dilemma/move', id: idOf(backend, 'C'), toIndex: 1 },
    ])
    expect(rowTitles(wrapper)).toEqual(['A', 'C', 'B'])

    await buttonByLabel(rowByTitle(wrapper, 'A'), 'Omlaag').trigger('click')
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual(['C', 'A', 'B'])

    expect(buttonByLabel(rowByTitle(wrapper, 'C'), 'Omhoog').element.disabled).toBe(true)
    expect(buttonByLabel(rowByTitle(wrapper, 'A'), 'Omhoog').element.disabled).toBe(false)
    expect(rowByTitle(wrapper, 'C').text()).toContain('Dilemma 1 van 3')
  })

  it('moves rows with Alt+ArrowUp and Alt+ArrowDown', async () => {
    const backend = backendWith('A', 'B', 'C')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })

    await rowByTitle(wrapper, 'B').trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual(['B', 'A', 'C'])

    await rowByTitle(wrapper, 'B').trigger('keydown', { key: 'ArrowDown', altKey: true })
    await flushPromises()
    await rowByTitle(wrapper, 'B').trigger('keydown', { key: 'ArrowDown', altKey: true })
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual(['A', 'C', 'B'])
    expect(backend.dispatched).toEqual([
      { type: 'dilemma/move', id: idOf(backend, 'B'), toIndex: 0 },
      { type: 'dilemma/move', id: idOf(backend, 'B'), toIndex: 1 },
      { type: 'dilemma/move', id: idOf(backend, 'B'), toIndex: 2 },
    ])
  })

  it('ignores arrows without Alt and while editing', async () => {
    const backend = backendWith('A', 'B')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })

    await rowByTitle(wrapper, 'B').trigger('keydown', { key: 'ArrowUp' })
    await buttonByText(rowByTitle(wrapper, 'B'), 'Bewerken').trigger('click')
    await wrapper.find('.row__edit input').trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()

    expect(backend.dispatched).toEqual([])
    expect(wrapper.findAll('li.row').map((row) => row.attributes('data-dilemma-id'))).toEqual([
      idOf(backend, 'A'),
      idOf(backend, 'B'),
    ])
  })

  it('keeps keyboard focus on the row that Alt+Arrow moved', async () => {
    const backend = backendWith('A', 'B', 'C')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })

    const edit = buttonByText(rowByTitle(wrapper, 'C'), 'Bewerken')
    edit.element.focus()
    expect(document.activeElement).toBe(edit.element)

    await edit.trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual(['A', 'C', 'B'])
    expect(document.activeElement).toBe(edit.element)

    // A second press moves it further, so the row can be walked to the top from the keyboard.
    await edit.trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual(['C', 'A', 'B'])
    expect(document.activeElement).toBe(edit.element)
  })

  it('keeps focus on the up button that moved its row', async () => {
    const backend = backendWith('A', 'B', 'C')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })

    const up = buttonByLabel(rowByTitle(wrapper, 'C'), 'Omhoog')
    up.element.focus()
    await up.trigger('click')
    await flushPromises()

    expect(rowTitles(wrapper)).toEqual(['A', 'C', 'B'])
    expect(document.activeElement).toBe(up.element)
  })
})

describe('DilemmaQueuePanel drag and drop', () => {
  it('drops a dragged row in the place of the row it is dropped on', async () => {
    const backend = backendWith('A', 'B', 'C', 'D')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })

    expect(wrapper.find('.row__handle').exists()).toBe(true)
    await rowByTitle(wrapper, 'D').trigger('dragstart')
    expect(rowByTitle(wrapper, 'D').classes()).toContain('row--dragging')
    await rowByTitle(wrapper, 'B').trigger('dragover')
    // Moving up: the line is drawn above the row it will land on.
    expect(rowByTitle(wrapper, 'B').classes()).toContain('row--drop-before')
    await rowByTitle(wrapper, 'B').trigger('drop')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'dilemma/move', id: idOf(backend, 'D'), toIndex: 1 },
    ])
    expect(rowTitles(wrapper)).toEqual(['A', 'D', 'B', 'C'])
    expect(wrapper.find('.row--dragging').exists()).toBe(false)
    expect(wrapper.find('.row--drop-before').exists()).toBe(false)

    // Dropped from a button inside the row, downwards, onto the last row: to the end.
    await buttonByText(rowByTitle(wrapper, 'A'), 'Bewerken').trigger('dragstart')
    await rowByTitle(wrapper, 'C').find('.row__title').trigger('dragover')
    expect(rowByTitle(wrapper, 'C').classes()).toContain('row--drop-after')
    await rowByTitle(wrapper, 'C').find('.row__title').trigger('drop')
    await flushPromises()

    expect(rowTitles(wrapper)).toEqual(['D', 'B', 'C', 'A'])
    expect(backend.dispatched.at(-1)).toEqual({
      type: 'dilemma/move',
      id: idOf(backend, 'A'),
      toIndex: 3,
    })
  })

  it('does nothing when dropped on itself, after dragend, or for drags from elsewhere', async () => {
    const backend = backendWith('A', 'B')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })

    await rowByTitle(wrapper, 'A').trigger('dragstart')
    await rowByTitle(wrapper, 'A').trigger('drop')
    await rowByTitle(wrapper, 'B').trigger('dragstart')
    await rowByTitle(wrapper, 'B').trigger('dragend')
    await rowByTitle(wrapper, 'A').trigger('drop')

    // Text dragged in from another window: the list does not accept it.
    const over = new Event('dragover', { bubbles: true, cancelable: true })
    rowByTitle(wrapper, 'A').element.dispatchEvent(over)
    await flushPromises()

    expect(over.defaultPrevented).toBe(false)
    expect(backend.dispatched).toEqual([])
    expect(rowTitles(wrapper)).toEqual(['A', 'B'])
  })
})

describe('Example dilemmas', () => {
  async function openExamples(wrapper: VueWrapper) {
    const details = wrapper.find<HTMLDetailsElement>('details.examples')
    details.element.open = true
    await details.trigger('toggle')
    return details
  }

  it('are collapsed by default and add one with a click, marking it as added', async () => {
    const { wrapper, backend, store } = await mountConnected(DilemmaQueuePanel)
    const details = wrapper.find<HTMLDetailsElement>('details.examples')
    expect(details.element.open).toBe(false)
    expect(details.find('summary').text()).toBe(`Voorbeelddilemma’s (${EXAMPLE_DILEMMAS.length})`)
    expect(details.findAll('button')).toHaveLength(0)

    await openExamples(wrapper)
    const [first, second] = EXAMPLE_DILEMMAS
    if (!first || !second) throw new Error('we ship at least two examples')
    expect(details.findAll('li.example')).toHaveLength(EXAMPLE_DILEMMAS.length)
    const item = details.find(`li[data-example-id="${first.id}"]`)
    expect(item.find('.example__title').text()).toBe(first.title)

    await buttonByText(item, 'Toevoegen').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'dilemma/add-example', exampleId: first.id }])
    expect(store.session?.dilemmas).toMatchObject([
      { title: first.title, source: 'example', contributor: '' },
    ])
    expect(rowByTitle(wrapper, first.title).find('.row__source').text()).toBe('Voorbeeld')
    expect(item.find('button').exists()).toBe(false)
    expect(item.find('.example__added').text()).toBe('✓ Staat al in de lijst')
    const other = details.find(`li[data-example-id="${second.id}"]`)
    expect(buttonByText(other, 'Toevoegen').element.disabled).toBe(false)
  })

  it('recognise an example already typed in by hand (same title)', async () => {
    const [first] = EXAMPLE_DILEMMAS
    if (!first) throw new Error('no examples')
    const backend = backendWith(first.title)
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    const details = await openExamples(wrapper)

    expect(details.find(`li[data-example-id="${first.id}"] .example__added`).exists()).toBe(true)
    expect(details.findAll('.example__added')).toHaveLength(1)
  })
})

describe('English', () => {
  it('switches the queue labels when the locale changes', async () => {
    const backend = backendWith('Een dilemma')
    backend.apply({ type: 'setup/edit', variant: 'both' })
    const { wrapper, i18n } = await mountConnected(DilemmaQueuePanel, { backend })
    setLocale(i18n, 'en')
    await flushPromises()

    const row = rowByTitle(wrapper, 'Een dilemma')
    expect(wrapper.find('h2').text()).toBe('Dilemmas')
    expect(badgeOf(row)).toBe('Planned')
    expect(row.find('.row__source').text()).toBe('Prepared')
    expect(row.find('.row__contributor').text()).toBe('Brought in anonymously')
    expect(buttonByText(row, 'Discuss now').exists()).toBe(true)
    expect(buttonByText(row, 'Skip').exists()).toBe(true)
    expect(buttonByLabel(row, 'Up').exists()).toBe(true)
    expect(wrapper.find('details.examples summary').text()).toContain('Example dilemmas')
    expect(wrapper.findAll('form.add select[name="source"] option').map((o) => o.text())).toEqual([
      'Prepared',
      'On the spot',
      'Current events',
      'Example',
    ])

    await buttonByText(row, 'Discuss now').trigger('click')
    await flushPromises()
    expect(badgeOf(rowByTitle(wrapper, 'Een dilemma'))).toBe('Current')
  })
})

describe('pasting a list of dilemmas', () => {
  const paste = (wrapper: VueWrapper) =>
    wrapper.find<HTMLTextAreaElement>('[data-testid="dilemma-paste"]')
  const feedback = (wrapper: VueWrapper) =>
    wrapper.find('[data-testid="dilemma-paste-feedback"]').text()
  const submit = async (wrapper: VueWrapper) => {
    await paste(wrapper).element.form?.dispatchEvent(new Event('submit'))
    await flushPromises()
  }

  it('adds one dilemma per line in one step, and empties the field', async () => {
    const { wrapper, backend } = await mountConnected(DilemmaQueuePanel)
    await paste(wrapper).setValue(
      'Een burger vraagt om uitstel\n\n  Een collega deelt   gegevens \r\nDe wethouder belt zelf\n',
    )
    await submit(wrapper)

    expect(backend.dispatched).toEqual([
      {
        type: 'dilemma/add-many',
        titles: [
          'Een burger vraagt om uitstel',
          'Een collega deelt gegevens',
          'De wethouder belt zelf',
        ],
        source: 'prepared',
      },
    ])
    expect(rowTitles(wrapper)).toEqual([
      'Een burger vraagt om uitstel',
      'Een collega deelt gegevens',
      'De wethouder belt zelf',
    ])
    expect(paste(wrapper).element.value).toBe('')
    expect(feedback(wrapper)).toBe('3 dilemma’s toegevoegd.')
  })

  it('says so when the field is empty, and keeps a line too long for a title', async () => {
    const { wrapper, backend } = await mountConnected(DilemmaQueuePanel)
    await submit(wrapper)
    expect(backend.dispatched).toEqual([])
    expect(feedback(wrapper)).toBe('Er staat nog niets in het veld.')

    const long = 'x'.repeat(2001)
    await paste(wrapper).setValue(`Kort dilemma\n${long}`)
    await submit(wrapper)
    expect(rowTitles(wrapper)).toEqual(['Kort dilemma'])
    expect(paste(wrapper).element.value).toBe(long)
    expect(feedback(wrapper)).toBe(
      '1 dilemma toegevoegd. 1 regel is te lang voor een titel en staat nog in het veld.',
    )
  })

  it('keeps the whole list when main refuses it', async () => {
    const backend = new FakeBackend()
    backend.apply({
      type: 'dilemma/add-many',
      titles: Array.from({ length: 199 }, (_, i) => `D${i}`),
    })
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    await paste(wrapper).setValue('Een\nTwee')
    await submit(wrapper)
    expect(paste(wrapper).element.value).toBe('Een\nTwee')
    expect(backend.host.getSnapshot().session.dilemmas).toHaveLength(199)
  })
})
