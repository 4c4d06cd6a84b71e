import { defaultPrinciples } from '@core/session/default-session'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PresenterApp from '../../renderer/src/presenter/PresenterApp.vue'
import ProjectorApp from '../../renderer/src/projector/ProjectorApp.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected, setLocale } from './support/harness'
import { buttonByText, rowByTitle, rowTitles } from './support/queries'

afterEach(cleanup)

const [principle] = defaultPrinciples()
if (!principle) throw new Error('the default deck is empty')

const HOSTILE = '<script>alert(1)</script> 💃🏽🎭 مرحبا بالعالم שלום <img src=x onerror=alert(2)>'

describe('PresenterApp', () => {
  it('renders the header, both panels and the projector status in Dutch', async () => {
    const { wrapper } = await mountConnected(PresenterApp)

    expect(wrapper.find('h1').text()).toBe("Dansende Dilemma's")
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['Dilemma’s', 'Principes'])
    expect(wrapper.find('[data-testid="projector-status"] strong').text()).toBe('Welkomstscherm')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.findAll('[role="status"]')).toHaveLength(0)
  })

  it('"Projector tonen" asks main to show the projector window', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    await buttonByText(wrapper, 'Projector tonen').trigger('click')
    await flushPromises()
    expect(backend.showProjectorCount).toBe(1)
    expect(backend.dispatched).toEqual([])
  })

  it('runs a short workshop: add, make current, show a principle, back to welcome', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    const projector = await mountConnected(ProjectorApp, { role: 'projector', backend })

    await wrapper.find('input[name="title"]').setValue('Een wethouder vraagt om een gunst')
    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()
    await buttonByText(
      rowByTitle(wrapper, 'Een wethouder vraagt om een gunst'),
      'Maak actueel',
    ).trigger('click')
    await flushPromises()
    await wrapper.find(`button[data-principle-id="${principle.id}"]`).trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="projector-status"] strong').text()).toBe(principle.name)
    expect(wrapper.find('li.row').attributes('aria-current')).toBe('true')
    expect(projector.wrapper.find('[data-testid="projector-principle-name"]').text()).toBe(
      principle.name,
    )
    expect(projector.wrapper.find('[data-testid="projector-dilemma"]').text()).toContain(
      'Een wethouder vraagt om een gunst',
    )

    await buttonByText(wrapper, 'Welkomstscherm tonen').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="projector-status"] strong').text()).toBe('Welkomstscherm')
    expect(projector.wrapper.attributes('data-screen')).toBe('welcome')
    expect(backend.dispatched.map((c) => c.type)).toEqual([
      'dilemma/add',
      'dilemma/make-current',
      'projector/show-principle',
      'projector/show-principle',
    ])
  })

  it('shows the failure banner when main rejects what was typed, and keeps the text', async () => {
    const { wrapper } = await mountConnected(PresenterApp)
    const title = wrapper.find<HTMLInputElement>('input[name="title"]')
    await title.setValue('t'.repeat(2001))
    await wrapper.find('form.add').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[role="alert"] span').text()).toBe(
      'Dat kon niet worden verwerkt: de invoer klopt niet.',
    )
    expect(title.element.value).toHaveLength(2001)

    await buttonByText(wrapper.find('[role="alert"]'), 'Sluiten').trigger('click')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('shows an autosave notice from main', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    backend.pushNotice({ kind: 'autosave-failed', folder: '/home/facilitator/Dilemma’s' })
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toContain('Map: /home/facilitator/Dilemma’s')
  })
})

describe('hostile text', () => {
  it('renders a scripted, emoji, right-to-left title as text in the queue and on the projector', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    const projector = await mountConnected(ProjectorApp, { role: 'projector', backend })
    const scriptsBefore = document.querySelectorAll('script').length

    await wrapper.find('input[name="title"]').setValue(HOSTILE)
    await wrapper.find('textarea[name="description"]').setValue(HOSTILE)
    await buttonByText(wrapper, 'Toevoegen').trigger('click')
    await flushPromises()
    await buttonByText(wrapper.find('li.row'), 'Maak actueel').trigger('click')
    await flushPromises()

    expect(rowTitles(wrapper)).toEqual([HOSTILE])
    const row = wrapper.find('li.row')
    expect(row.find('.row__title').element.textContent).toBe(HOSTILE)
    expect(row.find('.row__description').element.textContent).toBe(HOSTILE)
    expect(
      projector.wrapper.find('[data-testid="projector-dilemma"]').element.textContent,
    ).toContain(HOSTILE)
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore)
    expect(document.querySelectorAll('img')).toHaveLength(0)
    expect(wrapper.element.querySelector('script')).toBeNull()
    expect(projector.wrapper.element.querySelector('script')).toBeNull()

    // And it stays text through an edit round trip.
    await buttonByText(row, 'Bewerken').trigger('click')
    expect(row.find<HTMLInputElement>('.row__edit input').element.value).toBe(HOSTILE)
    await buttonByText(row, 'Opslaan').trigger('click')
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual([HOSTILE])
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore)
  })
})

describe('English', () => {
  it('switches every label when the locale changes to en', async () => {
    const backend = new FakeBackend()
    backend.seedDilemmas('Een dilemma')
    const { wrapper, i18n } = await mountConnected(PresenterApp, { backend })
    expect(buttonByText(wrapper, 'Maak actueel').exists()).toBe(true)

    setLocale(i18n, 'en')
    await flushPromises()

    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['Dilemmas', 'Principles'])
    expect(buttonByText(wrapper, 'Show projector').exists()).toBe(true)
    expect(buttonByText(wrapper, 'Make current').exists()).toBe(true)
    expect(buttonByText(wrapper, 'Show welcome screen').exists()).toBe(true)
    expect(wrapper.find('[data-testid="projector-status"] strong').text()).toBe('Welcome screen')
    expect(wrapper.find('li.row').text()).toContain('Dilemma 1 of 1')

    await buttonByText(wrapper, 'Remove').trigger('click')
    expect(buttonByText(wrapper, 'Really remove?').exists()).toBe(true)

    await wrapper.find('form.add').trigger('submit')
    await buttonByText(wrapper, 'Make current').trigger('click')
    await flushPromises()
    expect(wrapper.find('.row__badge').text()).toBe('Current')
  })

  it('the projector can start in English', async () => {
    const harness = await createHarness({ role: 'projector', locale: 'en' })
    const wrapper = harness.mount(ProjectorApp)
    await flushPromises()
    expect(wrapper.text()).toContain('Welcome! We will start shortly.')
    expect(wrapper.text()).toContain('Civil-service craftsmanship')
  })
})
