import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import PhaseTimer from '../../renderer/src/presenter/timers/PhaseTimer.vue'
import RoundTimer from '../../renderer/src/presenter/timers/RoundTimer.vue'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'
import { advance, MINUTE, timedBackend, useFakeClock } from './support/timer-clock'

beforeEach(useFakeClock)
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

type Wrapper = Awaited<ReturnType<typeof mountConnected>>['wrapper']

const time = (wrapper: Wrapper) => wrapper.get('[data-testid="timer-time"]').text()
const state = (wrapper: Wrapper) => wrapper.get('[data-testid="timer-state"]').text()
const card = (wrapper: Wrapper) => wrapper.get('.timer-card')

/** The phase timer with the programme at its first phase (Welkom, 5 minutes), running. */
async function phaseTimerRunning() {
  const backend = timedBackend()
  backend.apply({ type: 'phase/go', id: 'ph1' })
  const mounted = await mountConnected(PhaseTimer, { backend })
  return mounted
}

describe('PhaseTimer', () => {
  it('asks to start the programme before any phase runs', async () => {
    const { wrapper } = await mountConnected(PhaseTimer, { backend: timedBackend() })
    expect(wrapper.get('[data-testid="phase-timer-idle"]').text()).toContain('Start het programma')
    expect(wrapper.find('.timer-card').exists()).toBe(false)
  })

  it('counts down the current phase and ticks with the clock', async () => {
    const { wrapper } = await phaseTimerRunning()
    expect(wrapper.text()).toContain('Welkom en introductie · 5 min gepland')
    expect(time(wrapper)).toBe('05:00')
    expect(state(wrapper)).toBe('Loopt')

    await advance(999)
    expect(time(wrapper)).toBe('05:00')
    await advance(1)
    expect(time(wrapper)).toBe('04:59')
    await advance(59_000)
    expect(time(wrapper)).toBe('04:00')
    // One timeout, set for the next second boundary: no ticking in between.
    expect(vi.getTimerCount()).toBe(1)
  })

  it('pauses, resumes, adjusts by a minute and resets, and the display follows', async () => {
    const { wrapper, backend } = await phaseTimerRunning()
    await advance(10_000)
    expect(time(wrapper)).toBe('04:50')

    await buttonByText(wrapper, 'Pauzeren').trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'timer/pause', timer: 'phase' })
    expect(state(wrapper)).toBe('Gepauzeerd')
    // A paused timer shows nothing that moves, so the window does not tick at all.
    expect(vi.getTimerCount()).toBe(0)
    await advance(30_000)
    expect(time(wrapper)).toBe('04:50')

    await buttonByText(wrapper, '+1 min').trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'timer/adjust', timer: 'phase', minutes: 1 })
    expect(time(wrapper)).toBe('05:50')

    await buttonByText(wrapper, '−1 min').trigger('click')
    await buttonByText(wrapper, '−1 min').trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({
      type: 'timer/adjust',
      timer: 'phase',
      minutes: -1,
    })
    expect(time(wrapper)).toBe('03:50')

    await buttonByText(wrapper, 'Hervatten').trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'timer/start', timer: 'phase' })
    expect(state(wrapper)).toBe('Loopt')
    await advance(2_000)
    expect(time(wrapper)).toBe('03:48')

    // In the rail the reset is a compact ↺ button, named for screen readers.
    await wrapper.find('button[aria-label="Terugzetten"]').trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'timer/reset', timer: 'phase' })
    // Reset goes back to the phase's planned five minutes, undoing the −1 min.
    expect(time(wrapper)).toBe('05:00')
    expect(state(wrapper)).toBe('Niet gestart')
    expect(buttonByText(wrapper, 'Starten').exists()).toBe(true)
    await advance(5_000)
    expect(time(wrapper)).toBe('05:00')
  })

  it('shows the warning and overtime states in words as well as colour', async () => {
    const { wrapper } = await phaseTimerRunning()
    await advance(2 * MINUTE + 59_000)
    expect(time(wrapper)).toBe('02:01')
    expect(card(wrapper).classes()).toContain('timer-card--normal')
    expect(wrapper.find('[data-testid="timer-mood"]').exists()).toBe(false)

    await advance(1_000)
    expect(time(wrapper)).toBe('02:00')
    expect(card(wrapper).classes()).toContain('timer-card--warning')
    expect(state(wrapper)).toBe('Loopt · nog 2 min')

    await advance(MINUTE + 30_000)
    expect(time(wrapper)).toBe('00:30')
    expect(state(wrapper)).toBe('Loopt · laatste minuut')

    await advance(30_000)
    expect(time(wrapper)).toBe('00:00')
    expect(card(wrapper).classes()).toContain('timer-card--overtime')
    expect(state(wrapper)).toBe('Loopt · tijd is om')

    await advance(65_000)
    expect(time(wrapper)).toBe('+01:05')
    expect(card(wrapper).attributes('data-mood')).toBe('overtime')
  })
})

describe('RoundTimer', () => {
  it('starts a round of the session length and counts it down', async () => {
    const { wrapper, backend } = await mountConnected(RoundTimer, { backend: timedBackend() })
    expect(wrapper.text()).toContain('Rondetimer')
    expect(wrapper.text()).toContain('Ronde van 3 min')
    expect(time(wrapper)).toBe('03:00')
    expect(state(wrapper)).toBe('Niet gestart')

    await buttonByText(wrapper, 'Starten').trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'timer/start', timer: 'round' }])
    await advance(61_000)
    expect(time(wrapper)).toBe('01:59')
    expect(state(wrapper)).toBe('Loopt · nog 2 min')
  })

  it('speaks English when the session does', async () => {
    const { wrapper } = await mountConnected(RoundTimer, { backend: timedBackend(), locale: 'en' })
    expect(wrapper.text()).toContain('Round timer')
    expect(wrapper.text()).toContain('Rounds of 3 min')
    expect(state(wrapper)).toBe('Not started')
    await buttonByText(wrapper, 'Start').trigger('click')
    await flushPromises()
    await advance(3 * MINUTE)
    expect(state(wrapper)).toBe('Running · time is up')
    expect(buttonByText(wrapper, 'Pause').exists()).toBe(true)
    expect(buttonByText(wrapper, 'Reset').exists()).toBe(true)
  })
})
