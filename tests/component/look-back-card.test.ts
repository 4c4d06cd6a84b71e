import { createSession } from '@core/session/default-session'
import type { LookBack, Session } from '@core/session/schema'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import LookBackCard from '../../renderer/src/presenter/look-back/LookBackCard.vue'
import SetupPanel from '../../renderer/src/presenter/setup/SetupPanel.vue'
import { SECTION_FOR_PHASE } from '../../renderer/src/presenter/shell/sections'
import { FakeBackend, TEST_NOW } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'

afterEach(cleanup)

const LOOK_BACK: LookBack = {
  from: { title: 'Eerste sessie', date: '2025-02-13' },
  followUps: [
    { id: 'f1', what: 'Casus uitwerken', who: 'Anouk', due: '2025-03-14', state: 'open' },
    { id: 'f2', what: 'Werkinstructie nalopen', who: '', due: '', state: 'in-progress' },
  ],
  shown: false,
}

function backendWith(lookBack: LookBack = LOOK_BACK): FakeBackend {
  const session: Session = { ...createSession(TEST_NOW), lookBack }
  return new FakeBackend({ session })
}

function goTo(backend: FakeBackend, kind: 'welcome' | 'starter'): void {
  const phase = backend.host.getSnapshot().session.phases.find((p) => p.kind === kind)
  if (!phase) throw new Error(`the default programme has no ${kind} phase`)
  backend.apply({ type: 'phase/go', id: phase.id })
}

const item = (wrapper: VueWrapper, id: string) =>
  wrapper.get(`[data-testid="look-back-card-item"][data-item-id="${id}"]`)
const radio = (row: Pick<DOMWrapper<Element>, 'get'>, state: string) =>
  row.get<HTMLInputElement>(`input[type="radio"][value="${state}"]`)
const toggle = (wrapper: VueWrapper) =>
  wrapper.get<HTMLInputElement>('[data-testid="look-back-show"]')
const status = (wrapper: VueWrapper) => wrapper.get('[data-testid="look-back-status"]').text()

describe('LookBackCard: the previous session’s follow-ups', () => {
  it('lists each follow-up with who and when, under the previous session’s date', async () => {
    const { wrapper } = await mountConnected(LookBackCard, { backend: backendWith() })
    expect(wrapper.get('h3').text()).toBe('Terugblik')
    expect(wrapper.get('[data-testid="look-back-card-from"]').text()).toBe(
      'Uit de sessie van donderdag 13 februari 2025',
    )
    const first = item(wrapper, 'f1')
    expect(first.text()).toContain('Casus uitwerken')
    expect(first.text()).toContain('Wie: Anouk · Wanneer: vr 14 mrt 2025')
    expect(first.text()).toContain('nog open')
    expect(item(wrapper, 'f2').text()).not.toContain('Wie:')
  })

  it('offers nog open / gedaan / loopt nog / vervallen as a named radio group per follow-up', async () => {
    const { wrapper } = await mountConnected(LookBackCard, { backend: backendWith() })
    const group = item(wrapper, 'f1').get('[role="radiogroup"]')
    expect(group.attributes('aria-label')).toBe('Hoe staat het met “Casus uitwerken”?')
    expect(group.findAll('label').map((label) => label.text())).toEqual([
      '○ nog open',
      '✓ gedaan',
      '◐ loopt nog',
      '– vervallen',
    ])
    expect(group.findAll('input:checked')).toHaveLength(1)
    expect(radio(item(wrapper, 'f1'), 'open').element.checked).toBe(true)
    expect(radio(item(wrapper, 'f2'), 'in-progress').element.checked).toBe(true)
  })

  it('marks a follow-up done with one command and shows the new state', async () => {
    const { wrapper, backend } = await mountConnected(LookBackCard, { backend: backendWith() })
    await radio(item(wrapper, 'f1'), 'done').setValue(true)
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'lookback/set-state', id: 'f1', state: 'done' }])
    expect(backend.host.getSnapshot().session.lookBack.followUps[0]?.state).toBe('done')
    expect(item(wrapper, 'f1').attributes('data-state')).toBe('done')
    expect(radio(item(wrapper, 'f1'), 'done').element.checked).toBe(true)
    expect(radio(item(wrapper, 'f1'), 'open').element.checked).toBe(false)
  })

  it('takes a mark given by mistake back to nog open', async () => {
    const { wrapper, backend } = await mountConnected(LookBackCard, { backend: backendWith() })
    await radio(item(wrapper, 'f2'), 'open').setValue(true)
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'lookback/set-state', id: 'f2', state: 'open' }])
    expect(item(wrapper, 'f2').attributes('data-state')).toBe('open')
  })

  it('puts the list on the beamer and takes it off again with the switch', async () => {
    const backend = backendWith()
    goTo(backend, 'welcome')
    const { wrapper } = await mountConnected(LookBackCard, { backend })
    expect(toggle(wrapper).attributes('role')).toBe('switch')
    expect(toggle(wrapper).element.checked).toBe(false)
    expect(status(wrapper)).toBe('')

    await toggle(wrapper).setValue(true)
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'lookback/show', shown: true }])
    expect(toggle(wrapper).element.checked).toBe(true)
    expect(status(wrapper)).toBe('De beamer toont nu de terugblik.')

    await toggle(wrapper).setValue(false)
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'lookback/show', shown: false })
    expect(backend.host.getSnapshot().session.lookBack.shown).toBe(false)
  })

  it('says the beamer has moved on once the welcome is over', async () => {
    const backend = backendWith({ ...LOOK_BACK, shown: true })
    goTo(backend, 'starter')
    const { wrapper } = await mountConnected(LookBackCard, { backend })
    expect(status(wrapper)).toBe('Het welkom is voorbij: de beamer toont het huidige onderdeel.')
  })

  it('speaks English in the English window', async () => {
    const { wrapper } = await mountConnected(LookBackCard, {
      backend: backendWith(),
      locale: 'en',
    })
    expect(wrapper.get('h3').text()).toBe('Looking back')
    expect(
      item(wrapper, 'f1')
        .findAll('label')
        .map((label) => label.text()),
    ).toEqual(['○ open', '✓ done', '◐ in progress', '– dropped'])
    expect(
      wrapper.get('[data-testid="look-back-show"]').element.parentElement?.textContent,
    ).toContain('On the projector')
  })
})

describe('LookBackCard in the session section', () => {
  it('is on top of the section the welcome phase opens', async () => {
    expect(SECTION_FOR_PHASE.welcome).toBe('session')
    const { wrapper } = await mountConnected(SetupPanel, { backend: backendWith() })
    const card = wrapper.find('[data-testid="look-back-card"]')
    expect(card.exists()).toBe(true)
    const firstField = wrapper.get('input')
    expect(card.element.contains(firstField.element)).toBe(true)
  })

  it('is not there when there is nothing to look back on', async () => {
    const { wrapper } = await mountConnected(SetupPanel, { backend: new FakeBackend() })
    expect(wrapper.find('[data-testid="look-back-card"]').exists()).toBe(false)
    const empty = await mountConnected(LookBackCard, {
      backend: backendWith({ ...LOOK_BACK, followUps: [] }),
    })
    expect(empty.wrapper.find('[data-testid="look-back-card"]').exists()).toBe(false)
  })
})
