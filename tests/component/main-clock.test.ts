import { describe, expect, it } from 'vitest'
import { MAX_DELIVERY_MS, MainClock } from '../../renderer/src/common/session/main-clock'
import { FakeClockSources } from '../support/fake-clock'

const NOON = Date.UTC(2026, 11, 4, 12)
/** Main's clock keeps counting from where it started, a little apart from the wall clock. */
const MAIN_BEHIND_WALL = 1_234

describe('main’s clock as a window reads it', () => {
  it('is the same in every window, however late each one’s snapshot came', () => {
    const presenter = new FakeClockSources(NOON, 5_000)
    const projector = new FakeClockSources(NOON, 120)
    const presenterClock = new MainClock(presenter)
    const projectorClock = new MainClock(projector)
    const stamp = { clock: NOON - MAIN_BEHIND_WALL, wallClock: NOON }
    // One stamp, delivered after 3 ms to the presenter and after 900 ms to a starting beamer.
    presenter.pass(3)
    presenterClock.observe(stamp)
    projector.pass(900)
    projectorClock.observe(stamp)
    presenter.pass(897)
    expect(presenterClock.now()).toBe(NOON - MAIN_BEHIND_WALL + 900)
    expect(projectorClock.now()).toBe(presenterClock.now())
  })

  it('keeps counting on its own clock when the system clock is set back, as main does', () => {
    const clocks = new FakeClockSources(NOON)
    const clock = new MainClock(clocks)
    clock.observe({ clock: NOON, wallClock: NOON })
    clocks.jumpWall(-60_000)
    clocks.monoTime += 1_000
    expect(clock.now()).toBe(NOON + 1_000)
  })

  it('falls back on the fastest delivery when the wall clock changed on the way', () => {
    const clocks = new FakeClockSources(NOON, 1_000)
    const clock = new MainClock(clocks)
    clocks.pass(40)
    clock.observe({ clock: NOON, wallClock: NOON - MAX_DELIVERY_MS - 1 })
    expect(clock.now()).toBe(NOON)
    clocks.pass(100)
    // Stamped 138 ms on and 2 ms on the way: faster than the first, so it wins.
    clock.observe({ clock: NOON + 138, wallClock: NOON + 60_000 })
    clocks.pass(50)
    // A slow arrival does not pull the estimate back.
    clock.observe({ clock: NOON + 100, wallClock: NOON - 60_000 })
    expect(clock.now()).toBe(NOON + 138 + 50)
  })

  it('trusts the pair again with the next snapshot that arrives in time', () => {
    const clocks = new FakeClockSources(NOON, 10)
    const clock = new MainClock(clocks)
    clock.observe({ clock: NOON, wallClock: NOON + 10_000 })
    clocks.pass(700)
    clock.observe({ clock: NOON + 300, wallClock: NOON + 300 })
    expect(clock.now()).toBe(NOON + 700)
  })

  it('reads the window’s monotonic clock before any snapshot came', () => {
    expect(new MainClock(new FakeClockSources(NOON, 42)).now()).toBe(42)
  })
})
