import { describe, expect, it } from 'vitest'
import {
  MAX_DELIVERY_MS,
  MainClock,
  type WindowClocks,
} from '../../renderer/src/common/session/main-clock'

/** A window's two clocks, moved by hand: the wall clock and a monotonic clock since page load. */
class HandClocks implements WindowClocks {
  constructor(
    public wallMs: number,
    public monotonicMs = 0,
  ) {}

  wall(): number {
    return this.wallMs
  }

  monotonic(): number {
    return this.monotonicMs
  }

  pass(ms: number): void {
    this.wallMs += ms
    this.monotonicMs += ms
  }
}

const NOON = Date.UTC(2026, 11, 4, 12)

describe('main’s clock as a window reads it', () => {
  it('is the machine’s own clock when main stamps with it, however late the snapshot came', () => {
    const presenter = new HandClocks(NOON, 5_000)
    const projector = new HandClocks(NOON, 120)
    const presenterClock = new MainClock(presenter)
    const projectorClock = new MainClock(projector)
    // One stamp, delivered after 3 ms to the presenter and after 900 ms to a starting beamer.
    presenter.pass(3)
    presenterClock.observe(NOON)
    projector.pass(900)
    projectorClock.observe(NOON)
    presenter.pass(897)
    expect(presenterClock.now()).toBe(NOON + 900)
    expect(projectorClock.now()).toBe(presenterClock.now())
  })

  it('follows the machine’s clock when it is set back, as main does', () => {
    const clocks = new HandClocks(NOON)
    const clock = new MainClock(clocks)
    clock.observe(NOON)
    clocks.wallMs -= 60_000
    clock.observe(clocks.wallMs)
    expect(clock.now()).toBe(NOON - 60_000)
  })

  it('keeps the best offset when main’s clock is not the machine’s: the fastest arrival wins', () => {
    const clocks = new HandClocks(NOON, 1_000)
    const clock = new MainClock(clocks)
    const testClock = NOON - 3_600_000
    clocks.pass(40)
    clock.observe(testClock)
    expect(clock.now()).toBe(testClock)
    clocks.pass(100)
    // Stamped 138 ms into main's clock and 2 ms on the way: faster than the first, so it wins.
    clock.observe(testClock + 138)
    clocks.pass(50)
    // A slow arrival does not pull the offset back.
    clock.observe(testClock + 100)
    expect(clock.now()).toBe(testClock + 138 + 50)
  })

  it('does not take a stamp from too long ago as the machine’s clock', () => {
    const clocks = new HandClocks(NOON, 10)
    const clock = new MainClock(clocks)
    clock.observe(NOON - MAX_DELIVERY_MS - 1_000)
    expect(clock.now()).toBe(NOON - MAX_DELIVERY_MS - 1_000)
  })

  it('reads the window’s monotonic clock before any snapshot came', () => {
    expect(new MainClock(new HandClocks(NOON, 42)).now()).toBe(42)
  })
})
