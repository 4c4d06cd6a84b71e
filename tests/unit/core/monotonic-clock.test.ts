import { FakeClockSources as FakeSources } from '../../support/fake-clock'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MonotonicClock } from '@core/timers/monotonic-clock'
import { T0 } from './fixtures'

const SECOND = 1000
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** A system clock someone can set, and a monotonic clock (performance.now) that only runs. */

describe('MonotonicClock', () => {
  it('starts at the wall time and runs with the monotonic clock', () => {
    const sources = new FakeSources(T0)
    const clock = new MonotonicClock(sources)
    expect(clock.now()).toBe(T0)
    sources.pass(5 * SECOND)
    expect(clock.now()).toBe(T0 + 5 * SECOND)
  })

  it('gives whole milliseconds from a fractional monotonic clock', () => {
    const sources = new FakeSources(T0, 100.25)
    const clock = new MonotonicClock(sources)
    sources.monoTime += 0.5
    expect(Number.isInteger(clock.now())).toBe(true)
    expect(clock.now()).toBe(T0 + 1)
    sources.monoTime += 1000.2
    expect(clock.now()).toBe(T0 + 1001)
  })

  it('does not move when the system clock jumps forward while running', () => {
    const sources = new FakeSources(T0)
    const clock = new MonotonicClock(sources)
    sources.pass(10 * SECOND)
    sources.setWall(sources.wallTime + HOUR)
    expect(clock.now()).toBe(T0 + 10 * SECOND)
    sources.pass(5 * SECOND)
    expect(clock.now()).toBe(T0 + 15 * SECOND)
  })

  it('does not move when the system clock jumps backwards while running', () => {
    const sources = new FakeSources(T0)
    const clock = new MonotonicClock(sources)
    sources.pass(10 * SECOND)
    sources.setWall(T0 - 2 * HOUR)
    expect(clock.now()).toBe(T0 + 10 * SECOND)
    sources.pass(5 * SECOND)
    expect(clock.now()).toBe(T0 + 15 * SECOND)
  })

  it('resync re-anchors to the wall after a sleep in which the monotonic clock stood still', () => {
    const sources = new FakeSources(T0)
    const clock = new MonotonicClock(sources)
    sources.pass(MINUTE)
    // The laptop sleeps for 20 minutes: only the wall clock moves.
    sources.setWall(sources.wallTime + 20 * MINUTE)
    expect(clock.now()).toBe(T0 + MINUTE)
    clock.resync()
    expect(clock.now()).toBe(T0 + 21 * MINUTE)
    sources.pass(SECOND)
    expect(clock.now()).toBe(T0 + 21 * MINUTE + SECOND)
  })

  it('resync never goes backwards when the wall clock is behind', () => {
    const sources = new FakeSources(T0)
    const clock = new MonotonicClock(sources)
    sources.pass(MINUTE)
    sources.setWall(T0 - HOUR)
    clock.resync()
    expect(clock.now()).toBe(T0 + MINUTE)
    sources.pass(SECOND)
    expect(clock.now()).toBe(T0 + MINUTE + SECOND)
  })

  it('resync with nothing changed changes nothing', () => {
    const sources = new FakeSources(T0)
    const clock = new MonotonicClock(sources)
    sources.pass(42 * SECOND)
    clock.resync()
    clock.resync()
    expect(clock.now()).toBe(T0 + 42 * SECOND)
  })

  it('never goes backwards, whatever the system clock does (property)', () => {
    const event = fc.oneof(
      fc.record({
        kind: fc.constant('pass' as const),
        ms: fc.double({ min: 0, max: HOUR, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('set-wall' as const),
        ms: fc.integer({ min: T0 - 48 * HOUR, max: T0 + 48 * HOUR }),
      }),
      fc.record({ kind: fc.constant('resync' as const), ms: fc.constant(0) }),
    )
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 100 }), (events) => {
        const sources = new FakeSources(T0)
        const clock = new MonotonicClock(sources)
        let last = clock.now()
        /** Real time passed without a resync since the last anchor: now() follows it exactly. */
        let anchor = { at: last, mono: sources.monoTime }
        for (const { kind, ms } of events) {
          if (kind === 'pass') sources.pass(ms)
          else if (kind === 'set-wall') sources.setWall(ms)
          else {
            clock.resync()
            anchor = { at: clock.now(), mono: sources.monoTime }
          }
          const now = clock.now()
          expect(now).toBeGreaterThanOrEqual(last)
          expect(Number.isInteger(now)).toBe(true)
          expect(now).toBe(Math.round(anchor.at + (sources.monoTime - anchor.mono)))
          last = now
        }
      }),
      { numRuns: 300, seed: 77 },
    )
  })
})
