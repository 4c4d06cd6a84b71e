import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import SetupPanel from '../../renderer/src/presenter/setup/SetupPanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

type Wrapper = VueWrapper | DOMWrapper<Element>

/** The form control a visible <label> points at. */
function controlByLabel(within: Wrapper, text: string): DOMWrapper<HTMLInputElement> {
  const labels = within.findAll('label').filter((label) => label.text() === text)
  if (labels.length !== 1) throw new Error(`expected one label "${text}", found ${labels.length}`)
  const id = labels[0]?.attributes('for')
  if (!id) throw new Error(`label "${text}" points at nothing`)
  return within.find<HTMLInputElement>(`[id="${id}"]`)
}

/** Types into a live text field the way a user does: focus, type, leave. */
async function typeLive(field: DOMWrapper<HTMLInputElement>, text: string): Promise<void> {
  await field.trigger('focus')
  await field.setValue(text)
  await field.trigger('blur')
  await flushPromises()
}

describe('SetupPanel: the set-up fields', () => {
  it('saves title, location and team as typed and shows them back', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel)

    await typeLive(controlByLabel(wrapper, 'Titel van de sessie'), 'Dilemma’s in de uitvoering')
    await typeLive(controlByLabel(wrapper, 'Locatie'), 'Zaal 4.12, Rijnstraat 8')
    await typeLive(controlByLabel(wrapper, 'Team of afdeling'), 'Vergunningen')

    const setup = backend.host.getSnapshot().session.setup
    expect(setup.title).toBe('Dilemma’s in de uitvoering')
    expect(setup.location).toBe('Zaal 4.12, Rijnstraat 8')
    expect(setup.team).toBe('Vergunningen')
    expect(backend.dispatched).toContainEqual({
      type: 'setup/edit',
      title: 'Dilemma’s in de uitvoering',
    })
  })

  it('shows a title set from elsewhere (another window, undo) in its field', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(SetupPanel, { backend })
    backend.apply({ type: 'setup/edit', title: 'Teamdag', moreInfo: 'intranet/av' })
    await flushPromises()

    expect(controlByLabel(wrapper, 'Titel van de sessie').element.value).toBe('Teamdag')
    expect(controlByLabel(wrapper, 'Meer informatie').element.value).toBe('intranet/av')
  })

  it('sends the date and the start time from the date and time pickers', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel)
    const date = controlByLabel(wrapper, 'Datum')
    const time = controlByLabel(wrapper, 'Begintijd')
    expect(date.attributes('type')).toBe('date')
    expect(time.attributes('type')).toBe('time')

    await date.setValue('2026-12-03')
    await time.setValue('13:30')
    await flushPromises()

    const setup = backend.host.getSnapshot().session.setup
    expect(setup.date).toBe('2026-12-03')
    expect(setup.startTime).toBe('13:30')
    expect(date.element.value).toBe('2026-12-03')
    // Whatever language the date picker speaks, the Dutch date is written out beside it.
    expect(wrapper.find('[data-testid="date-long"]').text()).toBe('donderdag 3 december 2026')
  })

  it('saves where to read more', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel)
    const moreInfo = controlByLabel(wrapper, 'Meer informatie')
    expect(moreInfo.element.value).toBe('grenzeloossamenwerken.nl')

    await typeLive(moreInfo, 'intranet › Ambtelijk Vakmanschap')

    expect(backend.host.getSnapshot().session.setup.moreInfo).toBe(
      'intranet › Ambtelijk Vakmanschap',
    )
  })
})

describe('SetupPanel: facilitators', () => {
  async function addFacilitator(wrapper: VueWrapper, name: string): Promise<void> {
    const input = wrapper.find<HTMLInputElement>('input[name="facilitator"]')
    await input.setValue(name)
    // Enter in the field submits its form, as the "Toevoegen" button does.
    input.element.form?.requestSubmit()
    await flushPromises()
  }

  it('adds facilitators by name and clears the field once saved', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel)
    expect(wrapper.text()).toContain('Nog geen begeleiders toegevoegd.')

    await addFacilitator(wrapper, '  Anna de Vries ')
    await addFacilitator(wrapper, 'Bram')

    expect(backend.host.getSnapshot().session.setup.facilitators).toEqual(['Anna de Vries', 'Bram'])
    expect(wrapper.findAll('.facilitators__name').map((n) => n.text())).toEqual([
      'Anna de Vries',
      'Bram',
    ])
    expect(wrapper.find<HTMLInputElement>('input[name="facilitator"]').element.value).toBe('')
  })

  it('removes a facilitator only on the second click', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', facilitators: ['Anna', 'Bram'] })
    const { wrapper } = await mountConnected(SetupPanel, { backend })

    const remove = wrapper.find('button[aria-label="Anna verwijderen"]')
    await remove.trigger('click')
    await flushPromises()
    expect(backend.host.getSnapshot().session.setup.facilitators).toEqual(['Anna', 'Bram'])
    expect(remove.text()).toBe('Zeker verwijderen?')
    expect(remove.attributes('aria-label')).toBe('Zeker Anna verwijderen?')

    await remove.trigger('click')
    await flushPromises()
    expect(backend.host.getSnapshot().session.setup.facilitators).toEqual(['Bram'])
  })

  it('stops at six facilitators', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', facilitators: ['A', 'B', 'C', 'D', 'E', 'F'] })
    const { wrapper } = await mountConnected(SetupPanel, { backend })

    expect(wrapper.find('input[name="facilitator"]').attributes()).toHaveProperty('disabled')
    expect(buttonByText(wrapper, 'Toevoegen').attributes()).toHaveProperty('disabled')
    expect(wrapper.text()).toContain('Er kunnen maximaal 6 begeleiders op de lijst.')
  })
})

describe('SetupPanel: variant and length', () => {
  it('chooses the variant with radio buttons, each explained', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel)
    const radios = wrapper.findAll<HTMLInputElement>('input[type="radio"]')
    expect(radios.map((r) => r.element.value)).toEqual(['variant1', 'variant2', 'both'])
    expect(radios[0]?.element.checked).toBe(true)
    expect(wrapper.text()).toContain('vier deelnemers bespreken het dilemma')

    await radios[2]?.setValue(true)
    await flushPromises()

    expect(backend.host.getSnapshot().session.setup.variant).toBe('both')
    expect(radios[2]?.element.checked).toBe(true)
    expect(radios[0]?.element.checked).toBe(false)
  })

  it('shows the planned length in hours and warns gently outside 90 to 150 minutes', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel)
    const minutes = controlByLabel(wrapper, 'Geplande duur (minuten)')
    expect(minutes.element.value).toBe('120')
    expect(wrapper.find('[data-testid="length-hours"]').text()).toBe('Dat is 2 uur.')
    expect(wrapper.find('[data-testid="length-advice"]').exists()).toBe(false)

    await minutes.setValue('75')
    await flushPromises()
    expect(backend.host.getSnapshot().session.setup.plannedMinutes).toBe(75)
    expect(wrapper.find('[data-testid="length-hours"]').text()).toBe('Dat is 1 uur en 15 min.')
    expect(wrapper.find('[data-testid="length-advice"]').text()).toContain(
      'Korter dan anderhalf uur',
    )

    await minutes.setValue('180')
    await flushPromises()
    expect(wrapper.find('[data-testid="length-hours"]').text()).toBe('Dat is 3 uur.')
    expect(wrapper.find('[data-testid="length-advice"]').text()).toContain(
      'Langer dan tweeënhalf uur',
    )

    await minutes.setValue('150')
    await flushPromises()
    expect(wrapper.find('[data-testid="length-hours"]').text()).toBe('Dat is 2,5 uur.')
    expect(wrapper.find('[data-testid="length-advice"]').exists()).toBe(false)
  })

  it('does not send a length the session cannot hold, and says what it accepts', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel)
    const minutes = controlByLabel(wrapper, 'Geplande duur (minuten)')

    await minutes.setValue('30')
    await flushPromises()

    expect(backend.dispatched).toEqual([])
    expect(backend.host.getSnapshot().session.setup.plannedMinutes).toBe(120)
    expect(minutes.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Vul een heel aantal minuten in tussen 60 en 240.')
  })
})

describe('SetupPanel: new session and template', () => {
  function filledBackend(): FakeBackend {
    const backend = new FakeBackend()
    backend.apply({
      type: 'setup/edit',
      title: 'Sessie team Noord',
      date: '2026-12-03',
      location: 'Zaal 2',
      facilitators: ['Anna'],
      variant: 'variant2',
    })
    backend.apply({ type: 'participant/add-many', names: ['Chris', 'Dewi'] })
    backend.apply({ type: 'harvest/add', list: 'threads', text: 'Tijdsdruk' })
    backend.seedDilemmas('Cadeaubon aannemen?')
    return backend
  }

  it('starts a new session only on the second click, and undo brings the old one back', async () => {
    const backend = filledBackend()
    const { wrapper } = await mountConnected(SetupPanel, { backend })
    expect(wrapper.text()).toContain('Ctrl+Z (ongedaan maken) haalt de huidige sessie terug')

    const button = buttonByText(wrapper, 'Nieuwe sessie')
    await button.trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(button.text()).toBe('Zeker nieuwe sessie?')

    await button.trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'setup/new-session' }])
    const fresh = backend.host.getSnapshot().session
    expect(fresh.setup.title).toBe('')
    expect(fresh.setup.facilitators).toEqual([])
    expect(fresh.dilemmas).toEqual([])
    expect(fresh.participants).toEqual([])
    expect(wrapper.find('[role="status"].actions__done').text()).toBe(
      'Nieuwe sessie gestart. Ctrl+Z haalt de vorige terug.',
    )
    expect(controlByLabel(wrapper, 'Titel van de sessie').element.value).toBe('')

    backend.apply({ type: 'history/undo' })
    await flushPromises()
    expect(backend.host.getSnapshot().session.setup.title).toBe('Sessie team Noord')
    expect(wrapper.find('[role="status"].actions__done').text()).toBe('')
  })

  it('keeps set-up, principles and programme for the next group; the rest starts empty', async () => {
    const backend = filledBackend()
    backend.apply({ type: 'principle/edit', id: 'dienstbaar', name: 'Onze eigen naam' })
    const before = backend.host.getSnapshot().session
    const { wrapper } = await mountConnected(SetupPanel, { backend })
    expect(wrapper.text()).toContain(
      'Leeg beginnen: de datum, de deelnemers, de dilemma’s en de opbrengst.',
    )

    const button = buttonByText(wrapper, 'Als sjabloon voor de volgende groep')
    await button.trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])

    await buttonByText(wrapper, 'Zeker als sjabloon gebruiken?').trigger('click')
    await flushPromises()
    const next = backend.host.getSnapshot().session
    expect(next.setup).toEqual({ ...before.setup, date: '' })
    expect(next.principles).toEqual(before.principles)
    expect(next.phases.map((p) => [p.title, p.notes])).toEqual(
      before.phases.map((p) => [p.title, p.notes]),
    )
    expect(next.participants).toEqual([])
    expect(next.dilemmas).toEqual([])
    expect(next.harvest.threads).toEqual([])
    expect(wrapper.text()).toContain('Klaar voor de volgende groep.')
  })

  it('forgets a first click when the button loses focus', async () => {
    const { wrapper, backend } = await mountConnected(SetupPanel, { backend: filledBackend() })
    const button = buttonByText(wrapper, 'Nieuwe sessie')
    await button.trigger('click')
    await button.trigger('blur')
    await button.trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([])
    expect(button.text()).toBe('Zeker nieuwe sessie?')
  })
})
