import { defaultPrinciples } from '@core/session/default-session'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorApp from '../../renderer/src/projector/ProjectorApp.vue'
import PrincipleView from '../../renderer/src/projector/views/PrincipleView.vue'
import WelcomeView from '../../renderer/src/projector/views/WelcomeView.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected } from './support/harness'

afterEach(cleanup)

const [principle] = defaultPrinciples()
if (!principle) throw new Error('the default deck is empty')

/** happy-dom reports colours as written or as rgb(); compare them in one form. */
function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

function expectBackground(element: HTMLElement, hex: string): void {
  expect([hex.toLowerCase(), hexToRgb(hex)]).toContain(element.style.backgroundColor.toLowerCase())
}

describe('ProjectorApp', () => {
  it('shows the welcome screen while no principle is chosen', async () => {
    const { wrapper } = await mountConnected(ProjectorApp, { role: 'projector' })

    expect(wrapper.attributes('data-screen')).toBe('welcome')
    expect(wrapper.attributes('data-revision')).toBe('0')
    const welcome = wrapper.find('[data-testid="welcome-view"]')
    expect(welcome.exists()).toBe(true)
    expect(welcome.find('h1').text()).toBe("Dansende Dilemma's")
    expect(welcome.text()).toContain('Ambtelijk Vakmanschap')
    expect(welcome.text()).toContain('Welkom! We beginnen zo.')
    expect(wrapper.find('[data-testid="principle-view"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="projector-dilemma"]').exists()).toBe(false)
  })

  it('shows one coloured mat per principle on the welcome screen', async () => {
    const { wrapper, store } = await mountConnected(ProjectorApp, { role: 'projector' })
    const mats = wrapper.findAll<HTMLElement>('.welcome__mat')
    const deck = store.session?.principles ?? []
    expect(mats).toHaveLength(deck.length)
    deck.forEach((p, i) => {
      const mat = mats[i]
      if (!mat) throw new Error(`no mat for ${p.id}`)
      expectBackground(mat.element, p.color)
    })
  })

  it("shows the chosen principle's name, summary and colour", async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    const { wrapper } = await mountConnected(ProjectorApp, { role: 'projector', backend })

    expect(wrapper.attributes('data-screen')).toBe('principle')
    const view = wrapper.find<HTMLElement>('[data-testid="principle-view"]')
    expect(view.attributes('data-principle-id')).toBe(principle.id)
    expect(view.find('[data-testid="projector-principle-name"]').text()).toBe(principle.name)
    expect(view.find('.principle__summary').text()).toBe(principle.summary)
    expectBackground(view.element, principle.color)
    expect(wrapper.find('[data-testid="welcome-view"]').exists()).toBe(false)
  })

  it("adds the current dilemma's title to either screen", async () => {
    const backend = new FakeBackend()
    const [id] = backend.seedDilemmas('Mag ik de burgemeester tegenspreken?')
    backend.apply({ type: 'dilemma/make-current', id: id ?? null })
    const { wrapper } = await mountConnected(ProjectorApp, { role: 'projector', backend })

    const onWelcome = wrapper.find('[data-testid="welcome-view"] [data-testid="projector-dilemma"]')
    expect(onWelcome.text()).toContain('Mag ik de burgemeester tegenspreken?')
    expect(onWelcome.text()).toContain('Dilemma')
    expect(wrapper.text()).not.toContain('Welkom! We beginnen zo.')

    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    await flushPromises()

    const onPrinciple = wrapper.find(
      '[data-testid="principle-view"] [data-testid="projector-dilemma"]',
    )
    expect(onPrinciple.text()).toBe('Dilemma Mag ik de burgemeester tegenspreken?')
  })

  it('follows the presenter live: principle, then back to welcome', async () => {
    const backend = new FakeBackend()
    const presenter = await createHarness({ backend })
    const { wrapper } = await mountConnected(ProjectorApp, { role: 'projector', backend })

    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: principle.id })
    await flushPromises()
    expect(wrapper.attributes('data-screen')).toBe('principle')
    expect(wrapper.attributes('data-revision')).toBe('1')
    expect(wrapper.find('[data-testid="projector-principle-name"]').text()).toBe(principle.name)

    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: null })
    await flushPromises()
    expect(wrapper.attributes('data-screen')).toBe('welcome')
    expect(wrapper.attributes('data-revision')).toBe('2')
  })

  it('removing the current dilemma takes it off the projector', async () => {
    const backend = new FakeBackend()
    const [id = 'd1'] = backend.seedDilemmas('Tijdelijk')
    backend.apply({ type: 'dilemma/make-current', id })
    const { wrapper } = await mountConnected(ProjectorApp, { role: 'projector', backend })
    expect(wrapper.find('[data-testid="projector-dilemma"]').exists()).toBe(true)

    backend.apply({ type: 'dilemma/remove', id })
    await flushPromises()
    expect(wrapper.find('[data-testid="projector-dilemma"]').exists()).toBe(false)
  })
})

describe('projector views on their own', () => {
  it('WelcomeView renders the given dilemma or the welcome line', async () => {
    const harness = await createHarness({ role: 'projector' })
    const view = harness.mount(WelcomeView, { props: { dilemma: null, principles: [] } })
    expect(view.find('.welcome__line').text()).toBe('Welkom! We beginnen zo.')

    await view.setProps({ dilemma: { id: 'd3', title: 'Een losse titel', description: '' } })
    expect(view.find('.welcome__line').exists()).toBe(false)
    expect(view.find('.welcome__label').text()).toBe('Dilemma')
    expect(view.find('[data-testid="projector-dilemma"]').text()).toContain('Een losse titel')
  })

  it('PrincipleView uses the colour it is given', async () => {
    const harness = await createHarness({ role: 'projector' })
    const custom = { ...principle, id: 'eigen', name: 'Eigen', summary: 'Kort', color: '#123456' }
    const view = harness.mount(PrincipleView, { props: { principle: custom, dilemma: null } })

    expectBackground(view.element as HTMLElement, '#123456')
    expect(view.find('h1').text()).toBe('Eigen')
    expect(view.find('.principle__summary').text()).toBe('Kort')
    expect(view.find('[data-testid="projector-dilemma"]').exists()).toBe(false)
  })
})
