import { defaultPrinciples } from '@core/session/default-session'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorStatus from '../../renderer/src/presenter/components/ProjectorStatus.vue'
import PrinciplePickerPanel from '../../renderer/src/presenter/panels/PrinciplePickerPanel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

const deck = defaultPrinciples()
const [first, second] = deck
if (!first || !second) throw new Error('the default deck needs at least two principles')

describe('PrinciplePickerPanel', () => {
  it('shows every principle of the deck, numbered, with its colour', async () => {
    const { wrapper } = await mountConnected(PrinciplePickerPanel)

    expect(wrapper.find('h2').text()).toBe('Principes')
    expect(wrapper.text()).toContain('Klik op een principe om het groot op de projector te tonen.')
    const buttons = wrapper.findAll('button[data-principle-id]')
    expect(buttons.map((b) => b.attributes('data-principle-id'))).toEqual(deck.map((p) => p.id))
    expect(buttons[0]?.find('.principle__number').text()).toBe('1')
    expect(buttons[0]?.find('.principle__name').text()).toBe(first.name)
    expect(buttons[0]?.find('.principle__summary').text()).toBe(first.summary)
    expect(buttons[0]?.attributes('style')).toMatch(/background-color/)
    // Nothing shown yet: the welcome screen is the pressed choice.
    expect(buttons.every((b) => b.attributes('aria-pressed') === 'false')).toBe(true)
    expect(buttonByText(wrapper, 'Welkomstscherm tonen').attributes('aria-pressed')).toBe('true')
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
    expect(pressed[0]?.find('.principle__shown').text()).toBe('Op de projector')
    expect(buttonByText(wrapper, 'Welkomstscherm tonen').attributes('aria-pressed')).toBe('false')
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

  it('"Welkomstscherm tonen" clears the shown principle', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/show-principle', principleId: first.id })
    const { wrapper, store } = await mountConnected(PrinciplePickerPanel, { backend })
    expect(wrapper.find(`[data-principle-id="${first.id}"]`).attributes('aria-pressed')).toBe(
      'true',
    )

    await buttonByText(wrapper, 'Welkomstscherm tonen').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'projector/show-principle', principleId: null }])
    expect(store.session?.projector.principleId).toBeNull()
    expect(wrapper.findAll('button[data-principle-id][aria-pressed="true"]')).toHaveLength(0)
    expect(wrapper.find('.principle__shown').exists()).toBe(false)
    expect(buttonByText(wrapper, 'Welkomstscherm tonen').attributes('aria-pressed')).toBe('true')
  })
})

describe('ProjectorStatus', () => {
  it('says "Welkomstscherm" while no principle is shown', async () => {
    const { wrapper } = await mountConnected(ProjectorStatus)
    expect(wrapper.find('.status__label').text()).toBe('Op de projector:')
    expect(wrapper.find('strong').text()).toBe('Welkomstscherm')
  })

  it("follows the shown principle's name from the next snapshot", async () => {
    const { wrapper, backend } = await mountConnected(ProjectorStatus)

    backend.apply({ type: 'projector/show-principle', principleId: second.id })
    await flushPromises()
    expect(wrapper.find('strong').text()).toBe(second.name)

    backend.apply({ type: 'projector/show-principle', principleId: null })
    await flushPromises()
    expect(wrapper.find('strong').text()).toBe('Welkomstscherm')
  })
})
