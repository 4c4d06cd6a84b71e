import { flushPromises } from '@vue/test-utils'
import { vi } from 'vitest'
import { FakeBackend, TEST_NOW } from './fake-backend'

/**
 * Fake time for timer tests: `Date` and `performance` (so main's clock and the window's clock
 * move together), and the timeouts the windows tick with. `setImmediate` stays real, so
 * `flushPromises` keeps working.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({
    now: TEST_NOW,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  })
}

/** A backend whose main clock is the fake `Date`: it runs when the test advances time. */
export function timedBackend(): FakeBackend {
  return new FakeBackend({ clock: { now: () => Date.now() } })
}

/** Moves time on by `ms` (firing every timeout due), then lets Vue re-render. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await flushPromises()
}

/** The local clock time "HH:MM" of an instant, computed without Intl. */
export function clockTime(epoch: number): string {
  const date = new Date(epoch)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`
}

export const MINUTE = 60_000
