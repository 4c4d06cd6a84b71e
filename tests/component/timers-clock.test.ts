import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SessionClock from '../../renderer/src/presenter/timers/SessionClock.vue'
import { scheduleMinutes } from '../../renderer/src/presenter/timers/use-session-clock'
import { cleanup, mountConnected } from './support/harness'
import { advance, MINUTE, timedBackend, useFakeClock } from './support/timer-clock'

beforeEach(useFakeClock)
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

type Wrapper = Awaited<ReturnType<typeof mountConnected>>['wrapper']

const elapsed = (wrapper: Wrapper) => wrapper.get('[data-testid="clock-elapsed"]').text()
const standing = (wrapper: Wrapper) => wrapper.get('[data-testid="clock-standing"]').text()

describe('SessionClock', () => {
  it('shows the planned length before the programme starts, and nothing to tick', async () => {
    const { wrapper } = await mountConnected(SessionClock, { backend: timedBackend() })
    expect(elapsed(wrapper)).toBe('Nog niet begonnen · 120 min gepland')
    expect(wrapper.find('[data-testid="clock-standing"]').exists()).toBe(false)
    await advance(5 * MINUTE)
    expect(elapsed(wrapper)).toBe('Nog niet begonnen · 120 min gepland')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('counts the minutes since the start and says how far behind the programme we are', async () => {
    const backend = timedBackend()
    backend.apply({ type: 'phase/go', id: 'ph1' })
    const { wrapper } = await mountConnected(SessionClock, { backend })
    expect(elapsed(wrapper)).toBe('0 van 120 min')
    expect(standing(wrapper)).toBe('op schema')

    // The welcome is planned for 5 minutes: within them we are on schedule.
    await advance(5 * MINUTE)
    expect(elapsed(wrapper)).toBe('5 van 120 min')
    expect(standing(wrapper)).toBe('op schema')

    await advance(2 * MINUTE + 59_000)
    expect(standing(wrapper)).toBe('2 min achter op schema')
    await advance(1_000)
    expect(elapsed(wrapper)).toBe('8 van 120 min')
    expect(standing(wrapper)).toBe('3 min achter op schema')
    expect(wrapper.attributes('data-standing')).toBe('behind')
  })

  it('says how far ahead we are when a phase ends early', async () => {
    const backend = timedBackend()
    backend.apply({ type: 'phase/go', id: 'ph1' })
    const { wrapper } = await mountConnected(SessionClock, { backend })
    await advance(3 * MINUTE)
    backend.apply({ type: 'phase/go', id: 'ph2' })
    await advance(0)
    expect(standing(wrapper)).toBe('2 min voor op schema')
    expect(wrapper.attributes('data-standing')).toBe('ahead')
  })

  it('speaks English', async () => {
    const backend = timedBackend()
    backend.apply({ type: 'phase/go', id: 'ph1' })
    const { wrapper } = await mountConnected(SessionClock, { backend, locale: 'en' })
    await advance(9 * MINUTE)
    expect(elapsed(wrapper)).toBe('9 of 120 min')
    expect(standing(wrapper)).toBe('4 min behind schedule')
  })

  it('counts whole minutes off schedule toward zero', () => {
    expect(scheduleMinutes(59_999)).toBe(0)
    expect(scheduleMinutes(-59_999)).toBe(0)
    expect(scheduleMinutes(3 * MINUTE + 1)).toBe(3)
    expect(scheduleMinutes(-2 * MINUTE - 1)).toBe(-2)
  })
})
