import { flushPromises, type DOMWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProgrammePanel from '../../renderer/src/presenter/programme/ProgrammePanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

type Wrapper = Awaited<ReturnType<typeof mountPanel>>['wrapper']

function mountPanel(backend = new FakeBackend(), locale: 'nl' | 'en' = 'nl') {
  return mountConnected(ProgrammePanel, { backend, locale })
}

const rows = (wrapper: Wrapper) => wrapper.findAll('li.phase')
function row(wrapper: Wrapper, id: string): DOMWrapper<Element> {
  const found = wrapper.find(`li.phase[data-phase-id="${id}"]`)
  if (!found.exists()) throw new Error(`no row for ${id}`)
  return found
}
const rowIds = (wrapper: Wrapper) => rows(wrapper).map((r) => r.attributes('data-phase-id'))
const titleInput = (r: DOMWrapper<Element>) => r.find<HTMLInputElement>('input:not([type])')
const minutesInput = (r: DOMWrapper<Element>) => r.find<HTMLInputElement>('input.phase__minutes')
const kindSelect = (r: DOMWrapper<Element>) => r.find<HTMLSelectElement>('select.phase__kind')
const sessionPhases = (backend: FakeBackend) => backend.host.getSnapshot().session.phases

describe('ProgrammePanel', () => {
  it('shows every phase with its title, kind, minutes, notes and what the beamer shows', async () => {
    const { wrapper } = await mountPanel()
    expect(rowIds(wrapper)).toEqual(['ph1', 'ph2', 'ph3', 'ph4', 'ph5', 'ph6'])

    const starter = row(wrapper, 'ph2')
    expect(starter.text()).toContain('Fase 2 van 6')
    expect(titleInput(starter).element.value).toBe('Starter: lijnopstelling')
    expect(kindSelect(starter).element.value).toBe('starter')
    expect(
      kindSelect(starter)
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual(['Welkom', 'Starter', 'Uitleg', 'Casuïstiek', 'Opbrengst', 'Afronding', 'Anders'])
    expect(minutesInput(starter).element.value).toBe('10')
    expect(starter.find('textarea').element.value).toContain('denkbeeldige lijn')
    expect(starter.text()).toContain('Alleen voor jou; komt nooit op de beamer')
    expect(starter.text()).toContain('Op de beamer: de lijnopstelling')
    expect(row(wrapper, 'ph5').text()).toContain('Op de beamer: de rode draden')
  })

  it('renames a phase, and refuses an empty title without losing the old one', async () => {
    const { wrapper, backend } = await mountPanel()
    const title = titleInput(row(wrapper, 'ph4'))
    await title.trigger('focus')
    await title.setValue('Casus: de cadeaubon')
    await title.trigger('blur')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'phase/edit', id: 'ph4', title: 'Casus: de cadeaubon' },
    ])
    expect(sessionPhases(backend)[3]?.title).toBe('Casus: de cadeaubon')

    await title.trigger('focus')
    await title.setValue('   ')
    await title.trigger('blur')
    await flushPromises()

    expect(backend.dispatched).toHaveLength(1)
    expect(sessionPhases(backend)[3]?.title).toBe('Casus: de cadeaubon')
    expect(row(wrapper, 'ph4').text()).toContain('Een fase heeft een titel nodig')
  })

  it('changes the kind and shows what the new kind puts on the beamer', async () => {
    const { wrapper, backend } = await mountPanel()
    await kindSelect(row(wrapper, 'ph3')).setValue('other')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'phase/edit', id: 'ph3', kind: 'other' }])
    expect(row(wrapper, 'ph3').text()).toContain('Op de beamer: alleen de titel van deze fase')
  })

  it('commits planned minutes on change and rejects numbers outside 0–240', async () => {
    const { wrapper, backend } = await mountPanel()
    const minutes = minutesInput(row(wrapper, 'ph1'))
    // setValue fires input and change, as a real number field does when it is left.
    await minutes.setValue('25')
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'phase/edit', id: 'ph1', plannedMinutes: 25 }])
    expect(wrapper.text()).toContain('Gepland: 140 van 120 min')

    for (const bad of ['241', '-5', '7.5', '']) {
      await minutesInput(row(wrapper, 'ph1')).setValue(bad)
      await flushPromises()
      expect(minutesInput(row(wrapper, 'ph1')).element.value).toBe('25')
    }
    expect(backend.dispatched).toHaveLength(1)
    expect(row(wrapper, 'ph1').text()).toContain(
      'Vul een heel aantal minuten in, van 0 tot en met 240.',
    )
  })

  it('edits the private notes of a phase', async () => {
    const { wrapper, backend } = await mountPanel()
    const notes = row(wrapper, 'ph6').find('textarea')
    await notes.trigger('focus')
    await notes.setValue('Verslag binnen een week rondsturen.')
    await notes.trigger('blur')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'phase/edit', id: 'ph6', notes: 'Verslag binnen een week rondsturen.' },
    ])
  })

  it('adds a phase at the end, or after the chosen phase', async () => {
    const { wrapper, backend } = await mountPanel()
    const add = buttonByText(wrapper, 'Toevoegen')
    expect(add.element.disabled).toBe(true)

    await wrapper.find('select[name="kind"]').setValue('other')
    await wrapper.find('input[name="title"]').setValue('Pauze')
    await wrapper.find('input[name="minutes"]').setValue('15')
    // A double submit while main answers adds the phase once.
    await add.trigger('click')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'phase/add', kind: 'other', title: 'Pauze', plannedMinutes: 15 },
    ])
    expect(
      sessionPhases(backend)
        .map((p) => p.title)
        .at(-1),
    ).toBe('Pauze')
    expect(wrapper.find<HTMLInputElement>('input[name="title"]').element.value).toBe('')
    expect(document.activeElement).toBe(wrapper.find('input[name="title"]').element)

    await wrapper.find('select[name="kind"]').setValue('casework')
    await wrapper.find('input[name="title"]').setValue('Tweede ronde casuïstiek')
    await wrapper.find('select[name="after"]').setValue('ph4')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(backend.dispatched.at(-1)).toEqual({
      type: 'phase/add',
      kind: 'casework',
      title: 'Tweede ronde casuïstiek',
      plannedMinutes: 10,
      index: 4,
    })
    expect(sessionPhases(backend).map((p) => p.title)).toEqual([
      'Welkom en introductie',
      'Starter: lijnopstelling',
      'Ambtelijk vakmanschap',
      'Casuïstiek',
      'Tweede ronde casuïstiek',
      'Opbrengst',
      'Afronding',
      'Pauze',
    ])
    expect(rows(wrapper)).toHaveLength(8)
  })

  it('removes a phase only on the second click', async () => {
    const { wrapper, backend } = await mountPanel()
    const remove = row(wrapper, 'ph3').find('button.phase__remove')
    await remove.trigger('click')
    expect(remove.text()).toBe('Zeker verwijderen?')
    expect(backend.dispatched).toEqual([])

    await remove.trigger('blur')
    expect(remove.text()).toBe('Verwijderen')

    await remove.trigger('click')
    await remove.trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'phase/remove', id: 'ph3' }])
    expect(rowIds(wrapper)).toEqual(['ph1', 'ph2', 'ph4', 'ph5', 'ph6'])
  })

  it('warns before removing the phase that is running', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/go', id: 'ph4' })
    const { wrapper, store } = await mountPanel(backend)
    const remove = row(wrapper, 'ph4').find('button.phase__remove')

    await remove.trigger('click')
    expect(remove.text()).toBe('Zeker? Deze fase is nu bezig')
    await remove.trigger('click')
    await flushPromises()
    expect(store.session?.currentPhaseId).toBeNull()
    expect(rowIds(wrapper)).not.toContain('ph4')
  })

  it('reorders with the buttons and with Alt+arrows, keeping focus on the moved phase', async () => {
    const { wrapper, backend } = await mountPanel()
    expect(buttonByText(row(wrapper, 'ph1'), 'Omhoog').element.disabled).toBe(true)
    expect(buttonByText(row(wrapper, 'ph6'), 'Omlaag').element.disabled).toBe(true)

    await buttonByText(row(wrapper, 'ph1'), 'Omlaag').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'phase/move', id: 'ph1', toIndex: 1 }])
    expect(rowIds(wrapper)).toEqual(['ph2', 'ph1', 'ph3', 'ph4', 'ph5', 'ph6'])

    const goButton = buttonByText(row(wrapper, 'ph5'), 'Ga naar')
    ;(goButton.element as HTMLElement).focus()
    await goButton.trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(rowIds(wrapper)).toEqual(['ph2', 'ph1', 'ph3', 'ph5', 'ph4', 'ph6'])
    expect(document.activeElement).toBe(goButton.element)

    await goButton.trigger('keydown', { key: 'ArrowDown', altKey: true })
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'phase/move', id: 'ph5', toIndex: 4 })
    expect(rowIds(wrapper)).toEqual(['ph2', 'ph1', 'ph3', 'ph4', 'ph5', 'ph6'])
    expect(document.activeElement).toBe(goButton.element)

    // Inside a text field Alt+arrow belongs to the field.
    await titleInput(row(wrapper, 'ph5')).trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()
    expect(backend.dispatched).toHaveLength(3)
  })

  it('goes to a phase, and marks it as running', async () => {
    const { wrapper, backend } = await mountPanel()
    await buttonByText(row(wrapper, 'ph2'), 'Ga naar').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'phase/go', id: 'ph2' }])
    const running = row(wrapper, 'ph2')
    expect(running.attributes('aria-current')).toBe('step')
    const now = running.findAll('button').find((b) => b.text() === 'Nu bezig')
    expect(now?.element.disabled).toBe(true)
    expect(wrapper.findAll('[aria-current="step"]')).toHaveLength(1)
  })

  it('compares the planned total with the session length', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountPanel(backend)
    const message = () => wrapper.find('[role="status"]').text()
    expect(wrapper.text()).toContain('Gepland: 120 van 120 min')
    expect(message()).toBe('Het programma past in de geplande tijd.')

    backend.apply({ type: 'phase/edit', id: 'ph4', plannedMinutes: 70 })
    await flushPromises()
    expect(wrapper.text()).toContain('Gepland: 130 van 120 min')
    expect(message()).toBe('Het programma past in de geplande tijd.')

    backend.apply({ type: 'phase/edit', id: 'ph4', plannedMinutes: 100 })
    await flushPromises()
    expect(message()).toContain('Het programma duurt 40 min langer dan de sessie.')

    backend.apply({ type: 'phase/edit', id: 'ph4', plannedMinutes: 20 })
    await flushPromises()
    expect(wrapper.text()).toContain('Gepland: 80 van 120 min')
    expect(message()).toContain('Er is nog 40 min over.')
  })

  it('keeps a hostile phase title as text, also in the place list', async () => {
    const backend = new FakeBackend()
    const hostile = '<script>alert(1)</script><b>vet</b>'
    backend.apply({ type: 'phase/edit', id: 'ph2', title: hostile })
    const { wrapper } = await mountPanel(backend)

    expect(titleInput(row(wrapper, 'ph2')).element.value).toBe(hostile)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    const places = wrapper.findAll('select[name="after"] option').map((o) => o.text())
    expect(places).toContain(`Na: ${hostile}`)
  })

  it('names the kinds in English', async () => {
    const { wrapper } = await mountPanel(new FakeBackend(), 'en')
    expect(
      kindSelect(row(wrapper, 'ph1'))
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual(['Welcome', 'Starter', 'Explanation', 'Casework', 'Harvest', 'Closing', 'Other'])
    expect(row(wrapper, 'ph1').text()).toContain('On the projector: the welcome screen')
    expect(buttonByText(wrapper, 'Add').exists()).toBe(true)
  })
})
