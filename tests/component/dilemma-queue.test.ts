import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import DilemmaAddForm from '../../renderer/src/presenter/components/DilemmaAddForm.vue'
import DilemmaRow from '../../renderer/src/presenter/components/DilemmaRow.vue'
import DilemmaQueuePanel from '../../renderer/src/presenter/panels/DilemmaQueuePanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected } from './support/harness'
import { buttonByText, rowByTitle, rowTitles } from './support/queries'

afterEach(cleanup)

function backendWith(...titles: string[]): FakeBackend {
  const backend = new FakeBackend()
  backend.seedDilemmas(...titles)
  return backend
}

describe('DilemmaAddForm', () => {
  it('adds a dilemma and clears the fields only once main has accepted it', async () => {
    const { wrapper, backend, store } = await mountConnected(DilemmaAddForm)
    const title = wrapper.find<HTMLInputElement>('input[name="title"]')
    const description = wrapper.find<HTMLTextAreaElement>('textarea[name="description"]')
    await title.setValue('Mag ik een cadeaubon aannemen?')
    await description.setValue('Een burger wil je bedanken.')

    const release = backend.holdDispatches()
    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()

    // Sent, but main has not answered: nothing typed may be lost yet.
    expect(backend.dispatched).toEqual([
      {
        type: 'dilemma/add',
        title: 'Mag ik een cadeaubon aannemen?',
        description: 'Een burger wil je bedanken.',
      },
    ])
    expect(title.element.value).toBe('Mag ik een cadeaubon aannemen?')
    expect(description.element.value).toBe('Een burger wil je bedanken.')
    expect(store.session?.dilemmas).toEqual([])

    release()
    await flushPromises()

    expect(title.element.value).toBe('')
    expect(description.element.value).toBe('')
    expect(store.session?.dilemmas).toEqual([
      {
        id: 'd1',
        title: 'Mag ik een cadeaubon aannemen?',
        description: 'Een burger wil je bedanken.',
      },
    ])
    expect(document.activeElement).toBe(title.element)
  })

  it('keeps the typed text when main rejects the command', async () => {
    const { wrapper, backend, store } = await mountConnected(DilemmaAddForm)
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
    const { wrapper, backend, store } = await mountConnected(DilemmaAddForm)
    const title = wrapper.find<HTMLInputElement>('input[name="title"]')
    await title.setValue('Een dilemma')
    backend.failNextDispatch()

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(store.lastFailure).toBe('unexpected')
    expect(title.element.value).toBe('Een dilemma')
  })

  it.each(['', '   '])('cannot submit the title %j', async (text) => {
    const { wrapper, backend } = await mountConnected(DilemmaAddForm)
    await wrapper.find('input[name="title"]').setValue(text)
    await wrapper.find('textarea[name="description"]').setValue('Alleen een beschrijving')

    const submit = buttonByText(wrapper, 'Toevoegen')
    expect(submit.element.disabled).toBe(true)
    await submit.trigger('click')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(backend.dispatched).toEqual([])
  })

  it('enables the button as soon as there is a title', async () => {
    const { wrapper } = await mountConnected(DilemmaAddForm)
    expect(buttonByText(wrapper, 'Toevoegen').element.disabled).toBe(true)
    await wrapper.find('input[name="title"]').setValue('Iets')
    expect(buttonByText(wrapper, 'Toevoegen').element.disabled).toBe(false)
  })
})

describe('DilemmaRow', () => {
  it('shows its position, and the badge and aria-current only when current', async () => {
    const harness = await createHarness()
    const dilemma = {
      id: 'd7',
      title: 'Lekken naar de pers?',
      description: 'Een collega twijfelt.',
    }
    const row = harness.mount(DilemmaRow, {
      props: { dilemma, index: 1, total: 3, isCurrent: false },
    })

    expect(row.text()).toContain('Dilemma 2 van 3')
    expect(row.find('.row__title').text()).toBe('Lekken naar de pers?')
    expect(row.find('.row__description').text()).toBe('Een collega twijfelt.')
    expect(row.attributes('aria-current')).toBeUndefined()
    expect(row.find('.row__badge').exists()).toBe(false)
    expect(row.attributes('data-dilemma-id')).toBe('d7')

    await row.setProps({ isCurrent: true })

    expect(row.attributes('aria-current')).toBe('true')
    expect(row.find('.row__badge').text()).toBe('Actueel')
    expect(buttonByText(row, 'Niet meer actueel').exists()).toBe(true)
  })

  it('disables up on the first row and down on the last', async () => {
    const harness = await createHarness()
    const dilemma = { id: 'd1', title: 'Alleen', description: '' }
    const only = harness.mount(DilemmaRow, {
      props: { dilemma, index: 0, total: 1, isCurrent: false },
    })
    expect(buttonByText(only, 'Omhoog').element.disabled).toBe(true)
    expect(buttonByText(only, 'Omlaag').element.disabled).toBe(true)
    expect(only.find('.row__description').exists()).toBe(false)

    await only.setProps({ index: 1, total: 3 })
    expect(buttonByText(only, 'Omhoog').element.disabled).toBe(false)
    expect(buttonByText(only, 'Omlaag').element.disabled).toBe(false)
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
    expect(wrapper.text()).not.toContain('Nog geen dilemma’s')
  })

  it('"Maak actueel" marks the row current and shows the badge; clicking again stops it', async () => {
    const backend = backendWith('Eén', 'Twee')
    const { wrapper, store } = await mountConnected(DilemmaQueuePanel, { backend })

    await buttonByText(rowByTitle(wrapper, 'Twee'), 'Maak actueel').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'dilemma/make-current', id: 'd2' }])
    expect(store.session?.currentDilemmaId).toBe('d2')
    const current = wrapper.findAll('li[aria-current="true"]')
    expect(current).toHaveLength(1)
    expect(current[0]?.find('.row__title').text()).toBe('Twee')
    expect(current[0]?.find('.row__badge').text()).toBe('Actueel')
    expect(rowByTitle(wrapper, 'Eén').find('.row__badge').exists()).toBe(false)

    await buttonByText(rowByTitle(wrapper, 'Twee'), 'Niet meer actueel').trigger('click')
    await flushPromises()

    expect(store.session?.currentDilemmaId).toBeNull()
    expect(wrapper.findAll('li[aria-current]')).toHaveLength(0)
    expect(wrapper.find('.row__badge').exists()).toBe(false)
  })

  it('edit → save changes the title (and the description)', async () => {
    const backend = backendWith('Oude titel')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    const row = rowByTitle(wrapper, 'Oude titel')

    await buttonByText(row, 'Bewerken').trigger('click')
    const input = row.find<HTMLInputElement>('.row__edit input')
    expect(input.element.value).toBe('Oude titel')
    await input.setValue('Nieuwe titel')
    await row.find('.row__edit textarea').setValue('Met uitleg')
    await buttonByText(row, 'Opslaan').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'dilemma/edit', id: 'd1', title: 'Nieuwe titel', description: 'Met uitleg' },
    ])
    expect(wrapper.find('.row__edit').exists()).toBe(false)
    expect(rowTitles(wrapper)).toEqual(['Nieuwe titel'])
    expect(rowByTitle(wrapper, 'Nieuwe titel').find('.row__description').text()).toBe('Met uitleg')
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

    await buttonByText(row, 'Annuleren').trigger('click')
    expect(row.find('.row__edit').exists()).toBe(false)
    expect(rowTitles(wrapper)).toEqual(['Blijft staan'])
    expect(backend.dispatched).toEqual([])
  })

  it('remove needs a second click ("Zeker verwijderen?")', async () => {
    const backend = backendWith('Weg ermee', 'Blijft')
    const { wrapper } = await mountConnected(DilemmaQueuePanel, { backend })
    const row = rowByTitle(wrapper, 'Weg ermee')

    await buttonByText(row, 'Verwijderen').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(rowTitles(wrapper)).toEqual(['Weg ermee', 'Blijft'])

    await buttonByText(row, 'Zeker verwijderen?').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'dilemma/remove', id: 'd1' }])
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
    backend.apply({ type: 'dilemma/make-current', id: 'd1' })
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

    expect(buttonByText(rowByTitle(wrapper, 'A'), 'Omhoog').element.disabled).toBe(true)
    expect(buttonByText(rowByTitle(wrapper, 'C'), 'Omlaag').element.disabled).toBe(true)

    await buttonByText(rowByTitle(wrapper, 'C'), 'Omhoog').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'dilemma/move', id: 'd3', toIndex: 1 }])
    expect(rowTitles(wrapper)).toEqual(['A', 'C', 'B'])

    await buttonByText(rowByTitle(wrapper, 'A'), 'Omlaag').trigger('click')
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual(['C', 'A', 'B'])

    // The new first row has its up button disabled, the old one not any more.
    expect(buttonByText(rowByTitle(wrapper, 'C'), 'Omhoog').element.disabled).toBe(true)
    expect(buttonByText(rowByTitle(wrapper, 'A'), 'Omhoog').element.disabled).toBe(false)
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
      { type: 'dilemma/move', id: 'd2', toIndex: 0 },
      { type: 'dilemma/move', id: 'd2', toIndex: 1 },
      { type: 'dilemma/move', id: 'd2', toIndex: 2 },
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
      'd1',
      'd2',
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

    const up = buttonByText(rowByTitle(wrapper, 'C'), 'Omhoog')
    up.element.focus()
    await up.trigger('click')
    await flushPromises()

    expect(rowTitles(wrapper)).toEqual(['A', 'C', 'B'])
    expect(document.activeElement).toBe(up.element)
  })
})
