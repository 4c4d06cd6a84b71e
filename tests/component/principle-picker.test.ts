import { defaultPrinciples } from '@core/session/default-session'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorStatus from '../../renderer/src/presenter/projector/ProjectorStatus.vue'
import CaseworkPanel from '../../renderer/src/presenter/casework/CaseworkPanel.vue'
import PrinciplePickerPanel from '../../renderer/src/presenter/principles/PrinciplePickerPanel.vue'
import ProjectorApp from '../../renderer/src/projector/ProjectorApp.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

const deck = defaultPrinciples()
const [first, second] = deck
if (!first || !second) throw new Error('the default deck needs at least two principles')

/** The button that takes the big principle off the projector again. */
const HIDE = 'Principe niet meer groot tonen'

/** A backend in the casework phase with a current dilemma discussed in `variant`. */
function inCasework(variant: 'variant1' | 'variant2'): FakeBackend {
  const backend = new FakeBackend()
  backend.apply({ type: 'dilemma/add', title: 'Een collega deelt klantgegevens', variant })
  const id = backend.host.getSnapshot().session.dilemmas[0]?.id ?? null
  backend.apply({ type: 'dilemma/make-current', id })
  const casework = backend.host.getSnapshot().session.phases.find((p) => p.kind === 'casework')
  backend.apply({ type: 'phase/go', id: casework?.id ?? null })
  return backend
}

describe('PrinciplePickerPanel', () => {
  it('shows every principle of the deck, numbered, with its colour', async () => {
    const { wrapper } = await mountConnected(PrinciplePickerPanel)

    expect(wrapper.find('h2').text()).toBe('Principes')
    expect(wrapper.text()).toContain('Klik op een principe om het groot op de beamer te tonen.')
    const buttons = wrapper.findAll('button[data-principle-id]')
    expect(buttons.map((b) => b.attributes('data-principle-id'))).toEqual(deck.map((p) => p.id))
    expect(buttons[0]?.find('.principle__number').text()).toBe('1')
    expect(buttons[0]?.find('.principle__name').text()).toBe(first.name)
    expect(buttons[0]?.find('.principle__summary').text()).toBe(first.summary)
    expect(buttons[0]?.attributes('style')).toMatch(/background-color/)
    expect(buttons.at(-1)?.find('.principle__number').text()).toBe(String(deck.length))
    // Nothing shown yet: nothing is pressed, and there is nothing to take off the beamer.
    expect(buttons.every((b) => b.attributes('aria-pressed') === 'false')).toBe(true)
    expect(buttonByText(wrapper, HIDE).attributes('aria-pressed')).toBeUndefined()
    expect(buttonByText(wrapper, HIDE).element.disabled).toBe(true)
    expect(wrapper.text()).not.toContain('Welkomstscherm')
  })

  it('clicking a principle shows it on the projector and presses it', async () => {
    const { wrapper, backend, store } = await mountConnected(PrinciplePickerPanel)

    await wrapper.find(`button[data-principle-id="${second.id}"]`).trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'projector/show-principle', principleId: second.id },
    ])
    expect(store.session?.projector.principleId).toBe(second.id)
    const pressed = wrapper.findAll('[aria-pressed="true"]')
    expect(pressed).toHaveLength(1)
    expect(pressed[0]?.attributes('data-principle-id')).toBe(second.id)
    expect(pressed[0]?.find('.principle__shown').text()).toBe('Op de beamer')
    expect(buttonByText(wrapper, HIDE).attributes('aria-pressed')).toBeUndefined()
    expect(buttonByText(wrapper, HIDE).element.disabled).toBe(false)
  })

  it('choosing another principle moves the pressed state', async () => {
    const { wrapper } = await mountConnected(PrinciplePickerPanel)

    await wrapper.find(`button[data-principle-id="${first.id}"]`).trigger('click')
    await flushPromises()
    await wrapper.find(`button[data-principle-id="${second.id}"]`).trigger('click')
    await flushPromises()

    expect(wrapper.find(`button[data-principle-id="${first.id}"]`).attributes('aria-pressed')).toBe(
      'false',
    )
    expect(
      wrapper.find(`button[data-principle-id="${second.id}"]`).attributes('aria-pressed'),
    ).toBe('true')
    expect(wrapper.findAll('.principle__shown')).toHaveLength(1)
  })

  it(`"${HIDE}" clears the shown principle`, async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/show-principle', principleId: first.id })
    const { wrapper, store } = await mountConnected(PrinciplePickerPanel, { backend })
    expect(wrapper.find(`[data-principle-id="${first.id}"]`).attributes('aria-pressed')).toBe(
      'true',
    )

    await buttonByText(wrapper, HIDE).trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'projector/show-principle', principleId: null }])
    expect(store.session?.projector.principleId).toBeNull()
    expect(wrapper.findAll('button[data-principle-id][aria-pressed="true"]')).toHaveLength(0)
    expect(wrapper.find('.principle__shown').exists()).toBe(false)
    // Nothing left to take off: the button is not pressed but unavailable.
    expect(buttonByText(wrapper, HIDE).attributes('aria-pressed')).toBeUndefined()
    expect(buttonByText(wrapper, HIDE).element.disabled).toBe(true)
  })

  it('in variant-2 casework: a principle goes over the speakers and comes off back to them', async () => {
    const backend = inCasework('variant2')
    const { wrapper } = await mountConnected(CaseworkPanel, { backend })
    const status = await mountConnected(ProjectorStatus, { backend })
    const projector = await mountConnected(ProjectorApp, { role: 'projector', backend })
    expect(projector.wrapper.attributes('data-screen')).toBe('speakers')

    const picker = wrapper.find('[aria-labelledby="principles-heading"]')
    expect(picker.exists()).toBe(true)
    await picker.find(`button[data-principle-id="${second.id}"]`).trigger('click')
    await flushPromises()
    expect(projector.wrapper.attributes('data-screen')).toBe('principle')
    expect(projector.wrapper.find('[data-testid="projector-principle-name"]').text()).toBe(
      second.name,
    )
    expect(status.wrapper.find('strong').text()).toBe(`Principe: ${second.name}`)

    // The button says what happens: the principle goes, the casework screen comes back.
    await buttonByText(picker, HIDE).trigger('click')
    await flushPromises()
    expect(projector.wrapper.attributes('data-screen')).toBe('speakers')
    expect(status.wrapper.find('strong').text()).toBe('Vier principes, vier sprekers')
  })

  it('is only part of the casework in variant 2; variant 1 shows big from the tally', async () => {
    const { wrapper } = await mountConnected(CaseworkPanel, { backend: inCasework('variant1') })
    expect(wrapper.find('[aria-labelledby="principles-heading"]').exists()).toBe(false)
    expect(wrapper.findAll('button[data-principle-id]')).toHaveLength(0)
    expect(wrapper.findAll('.tally-row')).toHaveLength(deck.length)
  })
})

describe('ProjectorStatus', () => {
  it('says "Welkomstscherm" while no principle is shown and the programme has not started', async () => {
    const { wrapper } = await mountConnected(ProjectorStatus)
    expect(wrapper.find('.status__label').text()).toBe('Op de beamer:')
    expect(wrapper.find('strong').text()).toBe('Welkomstscherm')
  })

  it("follows the shown principle's name from the next snapshot", async () => {
    const { wrapper, backend } = await mountConnected(ProjectorStatus)

    backend.apply({ type: 'projector/show-principle', principleId: second.id })
    await flushPromises()
    expect(wrapper.find('strong').text()).toBe(`Principe: ${second.name}`)

    backend.apply({ type: 'projector/show-principle', principleId: first.id })
    await flushPromises()
    expect(wrapper.find('strong').text()).toBe(`Principe: ${first.name}`)

    backend.apply({ type: 'projector/show-principle', principleId: null })
    await flushPromises()
    expect(wrapper.find('strong').text()).toBe('Welkomstscherm')
  })

  it("follows a renamed principle and names the phase's screen once it is gone", async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/go', id: 'ph2' })
    backend.apply({ type: 'projector/show-principle', principleId: first.id })
    const { wrapper } = await mountConnected(ProjectorStatus, { backend })
    expect(wrapper.find('strong').text()).toBe(`Principe: ${first.name}`)

    backend.apply({ type: 'principle/edit', id: first.id, name: 'Eigen naam' })
    await flushPromises()
    expect(wrapper.find('strong').text()).toBe('Principe: Eigen naam')

    backend.apply({ type: 'projector/show-principle', principleId: null })
    await flushPromises()
    expect(wrapper.find('strong').text()).toBe('Lijnopstelling')
  })

  it('speaks English in an English window', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/show-principle', principleId: first.id })
    const harness = await createHarness({ backend, locale: 'en' })
    const wrapper = harness.mount(ProjectorStatus)
    await flushPromises()
    expect(wrapper.find('.status__label').text()).toBe('On the projector:')
    expect(wrapper.find('strong').text()).toBe(`Principle: ${first.name}`)
  })
})
