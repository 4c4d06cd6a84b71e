import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorState from '../../renderer/src/presenter/projector/ProjectorState.vue'
import BlackView from '../../renderer/src/stage/views/BlackView.vue'
import PauseView from '../../renderer/src/stage/views/PauseView.vue'
import { defaultPrinciples } from '@core/session/default-session'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, setLocale } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

const blackout = (backend: FakeBackend) => backend.host.getSnapshot().session.projector.blackout

describe('ProjectorState', () => {
  it('shows nothing but an empty live region while the beamer shows the session', async () => {
    const { wrapper } = await mountConnected(ProjectorState)
    const state = wrapper.get('[data-testid="beamer-state"]')
    expect(state.attributes('data-blackout')).toBe('none')
    expect(state.get('[role="status"]').text()).toBe('')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('says clearly that the beamer is black, and restores it with one click', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(ProjectorState, { backend })
    backend.apply({ type: 'projector/blackout', blackout: 'black' })
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain('Beamer staat op zwart')
    expect(wrapper.get('[data-testid="beamer-state"]').classes()).toContain('beamer--black')
    await buttonByText(wrapper, 'Beeld weer tonen').trigger('click')
    await flushPromises()
    expect(blackout(backend)).toBe('none')
    expect(backend.dispatched).toEqual([{ type: 'projector/blackout', blackout: 'none' }])
    expect(wrapper.get('[role="status"]').text()).toBe('')
  })

  it('says when the beamer shows the pause screen, in either language', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/blackout', blackout: 'pause' })
    const { wrapper, i18n } = await mountConnected(ProjectorState, { backend })
    expect(wrapper.get('[role="status"]').text()).toContain('Beamer toont pauzescherm')
    setLocale(i18n, 'en')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain('Beamer shows the pause screen')
    await buttonByText(wrapper, 'Show the picture again').trigger('click')
    await flushPromises()
    expect(blackout(backend)).toBe('none')
  })
})

describe('BlackView and PauseView', () => {
  it('draws nothing at all on the black screen', async () => {
    const { wrapper } = await mountConnected(BlackView, { role: 'projector' })
    const view = wrapper.get('[data-testid="black-view"]')
    expect(view.text()).toBe('')
    expect(view.element.children).toHaveLength(0)
  })

  it('shows a short "Even pauze" and the row of mats on the pause screen', async () => {
    const principles = defaultPrinciples()
    const { wrapper } = await mountConnected(PauseView, {
      role: 'projector',
      mount: { props: { principles } },
    })
    expect(wrapper.get('[data-testid="pause-view"]').text()).toBe('Even pauze')
    const mats = wrapper.findAll('.pause__mat')
    expect(mats).toHaveLength(principles.length)
    expect(wrapper.get('.pause__mats').attributes('aria-hidden')).toBe('true')
  })

  it('keeps the pause screen to its words when it gets no principles', async () => {
    const { wrapper } = await mountConnected(PauseView, { role: 'projector' })
    expect(wrapper.find('.pause__mats').exists()).toBe(false)
    expect(wrapper.text()).toBe('Even pauze')
  })
})
