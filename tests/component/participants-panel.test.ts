import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ParticipantsPanel from '../../renderer/src/presenter/participants/ParticipantsPanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

function backendWith(...names: string[]): FakeBackend {
  const backend = new FakeBackend()
  if (names.length > 0) backend.apply({ type: 'participant/add-many', names })
  return backend
}

function rowOf(wrapper: VueWrapper, name: string): DOMWrapper<HTMLLIElement> {
  const rows = wrapper
    .findAll<HTMLLIElement>('li.person')
    .filter(
      (row) => row.find('.person__name').exists() && row.find('.person__name').text() === name,
    )
  if (rows.length !== 1) throw new Error(`expected one row "${name}", found ${rows.length}`)
  return rows[0] as DOMWrapper<HTMLLIElement>
}

const names = (backend: FakeBackend) => backend.host.getSnapshot().session.participants

async function paste(wrapper: VueWrapper, text: string): Promise<void> {
  await wrapper.find('textarea[name="names"]').setValue(text)
}

describe('ParticipantsPanel', () => {
  it('adds a pasted list in one command and says how many were already there', async () => {
    const { wrapper, backend } = await mountConnected(ParticipantsPanel)
    await paste(wrapper, 'Anna, Bram\nCees;Anna')

    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'participant/add-many', names: ['Anna', 'Bram', 'Cees'] },
    ])
    expect(names(backend).map((p) => p.name)).toEqual(['Anna', 'Bram', 'Cees'])
    expect(wrapper.find('[data-testid="participants-feedback"]').text()).toBe(
      '3 namen toegevoegd. 1 stond er al.',
    )
    expect(wrapper.find<HTMLTextAreaElement>('textarea[name="names"]').element.value).toBe('')
    expect(wrapper.find('[data-testid="participants-counter"]').text()).toBe('3 aanwezig van 3')
  })

  it('adds with Ctrl+Enter, ignores case, and sends nothing when every name is known', async () => {
    const { wrapper, backend } = await mountConnected(ParticipantsPanel, {
      backend: backendWith('Anna'),
    })
    const field = wrapper.find('textarea[name="names"]')

    await paste(wrapper, 'anna\tDirk')
    await field.trigger('keydown', { key: 'Enter', ctrlKey: true })
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'participant/add-many', names: ['Dirk'] }])
    expect(wrapper.find('[data-testid="participants-feedback"]').text()).toBe(
      '1 naam toegevoegd. 1 stond er al.',
    )

    await paste(wrapper, 'ANNA; dirk')
    await field.trigger('keydown', { key: 'Enter', ctrlKey: true })
    await flushPromises()
    expect(backend.dispatched).toHaveLength(1)
    expect(wrapper.find('[data-testid="participants-feedback"]').text()).toBe(
      'Geen nieuwe namen toegevoegd. 2 stonden er al.',
    )
  })

  it('keeps names that are too long in the field and adds the rest', async () => {
    const { wrapper, backend } = await mountConnected(ParticipantsPanel)
    const long = 'L'.repeat(81)
    await paste(wrapper, `Eva\n${long}`)

    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()

    expect(names(backend).map((p) => p.name)).toEqual(['Eva'])
    expect(wrapper.find<HTMLTextAreaElement>('textarea[name="names"]').element.value).toBe(long)
    expect(wrapper.find('[data-testid="participants-feedback"]').text()).toBe(
      '1 naam toegevoegd. 1 naam is langer dan 80 tekens en staat nog in het veld.',
    )
  })

  it('keeps the pasted text when main refuses the list', async () => {
    const backend = backendWith(...Array.from({ length: 100 }, (_, i) => `Deelnemer ${i + 1}`))
    const { wrapper, store } = await mountConnected(ParticipantsPanel, { backend })
    await paste(wrapper, 'Nummer honderdeen')

    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()

    expect(store.lastFailure).toBe('limit-reached')
    expect(names(backend)).toHaveLength(100)
    expect(wrapper.find<HTMLTextAreaElement>('textarea[name="names"]').element.value).toBe(
      'Nummer honderdeen',
    )
  })

  it('marks someone absent with the checkbox labelled with their name', async () => {
    const { wrapper, backend } = await mountConnected(ParticipantsPanel, {
      backend: backendWith('Anna', 'Bram', 'Cees'),
    })
    const checkbox = rowOf(wrapper, 'Bram').find<HTMLInputElement>('input[type="checkbox"]')
    expect(checkbox.element.checked).toBe(true)
    expect(checkbox.element.closest('label')?.textContent?.trim()).toBe('Bram')

    await checkbox.setValue(false)
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'participant/set-present', id: names(backend)[1]?.id, present: false },
    ])
    expect(names(backend).map((p) => p.present)).toEqual([true, false, true])
    expect(wrapper.find('[data-testid="participants-counter"]').text()).toBe('2 aanwezig van 3')
    expect(rowOf(wrapper, 'Bram').find<HTMLInputElement>('input').element.checked).toBe(false)
  })

  it('renames inline; Escape cancels without sending anything', async () => {
    const { wrapper, backend } = await mountConnected(ParticipantsPanel, {
      backend: backendWith('Anna', 'Bram'),
    })
    const renameBram = () =>
      rowOf(wrapper, 'Bram').find('button[aria-label="Naam van Bram wijzigen"]')
    expect(renameBram().text()).toBe('Wijzigen')

    await renameBram().trigger('click')
    await flushPromises()
    const input = wrapper.find<HTMLInputElement>('input[name="name"]')
    expect(input.element.value).toBe('Bram')
    expect(document.activeElement).toBe(input.element)
    await input.setValue('Bram de Boer')
    await input.trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(wrapper.find('input[name="name"]').exists()).toBe(false)
    expect(backend.dispatched).toEqual([])

    await renameBram().trigger('click')
    await flushPromises()
    await wrapper.find('input[name="name"]').setValue('  Bram de Boer ')
    await wrapper.find('form.person__edit').trigger('submit')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'participant/rename', id: names(backend)[1]?.id, name: 'Bram de Boer' },
    ])
    expect(names(backend).map((p) => p.name)).toEqual(['Anna', 'Bram de Boer'])
    expect(rowOf(wrapper, 'Bram de Boer').exists()).toBe(true)
  })

  it('removes someone only on the second click', async () => {
    const { wrapper, backend } = await mountConnected(ParticipantsPanel, {
      backend: backendWith('Anna', 'Bram'),
    })
    const remove = () => rowOf(wrapper, 'Anna').find('button.button--danger')

    await remove().trigger('click')
    await flushPromises()
    expect(remove().text()).toBe('Zeker verwijderen?')
    expect(remove().attributes('aria-label')).toBe('Zeker Anna verwijderen?')
    expect(names(backend)).toHaveLength(2)
    expect(backend.dispatched).toEqual([])

    await remove().trigger('click')
    await flushPromises()
    expect(names(backend).map((p) => p.name)).toEqual(['Bram'])
    expect(wrapper.findAll('li.person')).toHaveLength(1)
  })

  it('forgets a started remove when focus leaves the button', async () => {
    const { wrapper, backend } = await mountConnected(ParticipantsPanel, {
      backend: backendWith('Anna'),
    })
    const remove = () => rowOf(wrapper, 'Anna').find('button.button--danger')
    await remove().trigger('click')
    await remove().trigger('blur')
    expect(remove().text()).toBe('Verwijderen')
    await remove().trigger('click')
    await flushPromises()
    expect(names(backend)).toHaveLength(1)
  })

  it('warns gently above 25 present, and stops when someone is marked absent', async () => {
    const many = Array.from({ length: 26 }, (_, i) => `Persoon ${i + 1}`)
    const { wrapper, backend } = await mountConnected(ParticipantsPanel, {
      backend: backendWith(...many),
    })
    const warning = () => wrapper.find('[data-testid="participants-warning"]')
    expect(warning().text()).toBe(
      'Er zijn 26 mensen aanwezig. De werkvorm werkt het best met hoogstens 25 deelnemers: overweeg twee groepen, of laat een deel observeren.',
    )
    expect(warning().attributes('role')).toBe('status')

    await rowOf(wrapper, 'Persoon 26').find('input[type="checkbox"]').setValue(false)
    await flushPromises()
    expect(warning().exists()).toBe(false)
    expect(wrapper.find('[data-testid="participants-counter"]').text()).toBe('25 aanwezig van 26')

    backend.apply({ type: 'participant/add-many', names: ['Nieuw'] })
    await flushPromises()
    expect(warning().exists()).toBe(true)
  })

  it('marks who has spoken in a variant-2 round', async () => {
    const backend = backendWith('Anna', 'Bram', 'Cees')
    const [dilemmaId] = backend.seedDilemmas('Een cadeau van een burger')
    const session = backend.host.getSnapshot().session
    const principleIds = session.principles.slice(0, 2).map((p) => p.id)
    const [anna, , cees] = session.participants
    if (!dilemmaId || !anna || !cees) throw new Error('seed failed')
    const { wrapper } = await mountConnected(ParticipantsPanel, { backend })
    expect(wrapper.findAll('[data-testid="spoken-marker"]')).toHaveLength(0)

    backend.apply({ type: 'v2/set-principles', dilemmaId, principleIds })
    backend.apply({ type: 'v2/assign', dilemmaId, slot: 0, participantId: anna.id })
    backend.apply({ type: 'v2/assign', dilemmaId, slot: 1, participantId: cees.id })
    await flushPromises()

    expect(rowOf(wrapper, 'Anna').find('[data-testid="spoken-marker"]').text()).toBe(
      'heeft gesproken',
    )
    expect(rowOf(wrapper, 'Cees').find('[data-testid="spoken-marker"]').exists()).toBe(true)
    expect(rowOf(wrapper, 'Bram').find('[data-testid="spoken-marker"]').exists()).toBe(false)
  })

  it('keeps hostile names as plain text and tells where names stay', async () => {
    const hostile = '<img src=x onerror="alert(1)">'
    const { wrapper } = await mountConnected(ParticipantsPanel, { backend: backendWith(hostile) })

    expect(rowOf(wrapper, hostile).find('.person__name').attributes('dir')).toBe('auto')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toContain(
      'Namen blijven op deze laptop. Ze komen alleen in het verslag als jij daarvoor kiest.',
    )
  })

  it('speaks English when the window is in English', async () => {
    const { wrapper } = await mountConnected(ParticipantsPanel, {
      backend: backendWith('Anna', 'Bram'),
      locale: 'en',
    })
    expect(wrapper.find('h2').text()).toBe('Participants')
    expect(wrapper.find('[data-testid="participants-counter"]').text()).toBe('2 present of 2')

    await paste(wrapper, 'Bram, Cees, Dirk')
    await buttonByText(wrapper, 'Add').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="participants-feedback"]').text()).toBe(
      '2 names added. 1 was already there.',
    )
  })
})
