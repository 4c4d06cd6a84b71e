import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { idleTimer, TIMER_LIMITS, type TimerState } from '@core/session/schema'
import {
  adjustTimer,
  displaySeconds,
  elapsedMs,
  formatCountdown,
  msUntilNextSecond,
  pauseTimer,
  readTimer,
  resetTimer,
  startTimer,
} from '@core/timers/timer-math'
import { randomInt, seededRandom } from '../../support/seeded-random'
import { deepFreeze, T0 } from './fixtures'

const SECOND = 1000
const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** The default warning: the last two minutes. */
const WARNING = 2 * MINUTE

const ten = (): TimerState => deepFreeze(idleTimer(10 * MINUTE))

describe('startTimer', () => {
  it('starts an idle timer now, keeping its length and nothing run yet', () => {
    expect(startTimer(ten(), T0)).toEqual({
      durationMs: 10 * MINUTE,
      startedAt: T0,
      accumulatedMs: 0,
    })
  })

  it('resumes a paused timer with what it had already run', () => {
    const paused = deepFreeze({ durationMs: 10 * MINUTE, startedAt: null, accumulatedMs: 90_000 })
    expect(startTimer(paused, T0 + HOUR)).toEqual({
      durationMs: 10 * MINUTE,
      startedAt: T0 + HOUR,
      accumulatedMs: 90_000,
    })
  })

  it('leaves a running timer exactly as it is (the very same object)', () => {
    const running = deepFreeze(startTimer(ten(), T0))
    expect(startTimer(running, T0 + 5 * SECOND)).toBe(running)
  })
})

describe('pauseTimer', () => {
  it('banks the time run since the start and stops', () => {
    const running = deepFreeze(startTimer(ten(), T0))
    expect(pauseTimer(running, T0 + 61_234)).toEqual({
      durationMs: 10 * MINUTE,
      startedAt: null,
      accumulatedMs: 61_234,
    })
  })

  it('adds to what was banked before', () => {
    const resumed = deepFreeze({ durationMs: 10 * MINUTE, startedAt: T0, accumulatedMs: 30_000 })
    expect(pauseTimer(resumed, T0 + 15_000).accumulatedMs).toBe(45_000)
  })

  it('leaves an idle or paused timer exactly as it is', () => {
    const idle = ten()
    expect(pauseTimer(idle, T0)).toBe(idle)
    const paused = deepFreeze({ durationMs: MINUTE, startedAt: null, accumulatedMs: 5 })
    expect(pauseTimer(paused, T0)).toBe(paused)
  })

  it('banks at most TIMER_LIMITS.accumulatedMs, however long it ran', () => {
    const running = deepFreeze(startTimer(ten(), T0))
    const days = 24 * 60 * MINUTE
    expect(pauseTimer(running, T0 + 3 * days).accumulatedMs).toBe(TIMER_LIMITS.accumulatedMs)
    expect(pauseTimer(running, T0 + TIMER_LIMITS.accumulatedMs - 1).accumulatedMs).toBe(
      TIMER_LIMITS.accumulatedMs - 1,
    )
  })

  it('never banks negative time for a clock reading before the start', () => {
    const running = deepFreeze({ durationMs: MINUTE, startedAt: T0, accumulatedMs: 7 })
    expect(pauseTimer(running, T0 - 5000).accumulatedMs).toBe(7)
    expect(elapsedMs(running, T0 - 5000)).toBe(7)
  })
})

describe('resetTimer', () => {
  it('forgets what ran and stops, keeping the length', () => {
    const running = deepFreeze({ durationMs: 4 * MINUTE, startedAt: T0, accumulatedMs: 9000 })
    expect(resetTimer(running)).toEqual(idleTimer(4 * MINUTE))
  })

  it('takes a new length when given one', () => {
    expect(resetTimer(ten(), 3 * MINUTE)).toEqual(idleTimer(3 * MINUTE))
  })
})

describe('adjustTimer (+1 / −1 minute)', () => {
  it('changes the length, never what has already run, and keeps a running timer running', () => {
    const running = deepFreeze({ durationMs: 10 * MINUTE, startedAt: T0, accumulatedMs: 20_000 })
    const longer = adjustTimer(running, MINUTE)
    expect(longer).toEqual({ durationMs: 11 * MINUTE, startedAt: T0, accumulatedMs: 20_000 })
    const now = T0 + 40_000
    expect(elapsedMs(longer, now)).toBe(elapsedMs(running, now))
    expect(readTimer(longer, now, WARNING).remainingMs).toBe(
      readTimer(running, now, WARNING).remainingMs + MINUTE,
    )
    expect(adjustTimer(running, -MINUTE).durationMs).toBe(9 * MINUTE)
  })

  it('never goes below zero minutes', () => {
    expect(adjustTimer(idleTimer(30 * SECOND), -MINUTE).durationMs).toBe(0)
    expect(adjustTimer(idleTimer(0), -MINUTE).durationMs).toBe(0)
  })

  it('never goes above TIMER_LIMITS.durationMs (a day)', () => {
    expect(adjustTimer(idleTimer(TIMER_LIMITS.durationMs - MINUTE), HOUR).durationMs).toBe(
      TIMER_LIMITS.durationMs,
    )
    expect(adjustTimer(idleTimer(TIMER_LIMITS.durationMs), MINUTE).durationMs).toBe(
      TIMER_LIMITS.durationMs,
    )
    expect(adjustTimer(idleTimer(TIMER_LIMITS.durationMs), -MINUTE).durationMs).toBe(
      TIMER_LIMITS.durationMs - MINUTE,
    )
  })

  it('can push a running timer into overtime and pull it back out', () => {
    const running = deepFreeze({ durationMs: 2 * MINUTE, startedAt: T0, accumulatedMs: 0 })
    const now = T0 + 90 * SECOND
    expect(readTimer(adjustTimer(running, -MINUTE), now, WARNING).mood).toBe('overtime')
    expect(readTimer(adjustTimer(running, -MINUTE), now, WARNING).remainingMs).toBe(-30 * SECOND)
    expect(readTimer(adjustTimer(running, 5 * MINUTE), now, WARNING).mood).toBe('normal')
  })
})

describe('readTimer', () => {
  it('an idle timer shows its full length and no mood, however short it is', () => {
    expect(readTimer(ten(), T0, WARNING)).toEqual({
      elapsedMs: 0,
      remainingMs: 10 * MINUTE,
      phase: 'idle',
      mood: 'normal',
    })
    // One minute is inside the warning window, but a timer nobody started does not warn.
    expect(readTimer(idleTimer(MINUTE), T0, WARNING)).toMatchObject({
      phase: 'idle',
      mood: 'normal',
    })
    expect(readTimer(idleTimer(0), T0, WARNING)).toMatchObject({ phase: 'idle', mood: 'normal' })
  })

  it('a running timer counts down from main’s clock', () => {
    const running = startTimer(ten(), T0)
    expect(readTimer(running, T0 + 61_500, WARNING)).toEqual({
      elapsedMs: 61_500,
      remainingMs: 10 * MINUTE - 61_500,
      phase: 'running',
      mood: 'normal',
    })
  })

  it('a paused timer stands still, whatever the clock says', () => {
    const paused = pauseTimer(startTimer(ten(), T0), T0 + 30_000)
    for (const now of [T0 + 30_000, T0 + HOUR, T0 + 24 * HOUR])
      expect(readTimer(paused, now, WARNING)).toEqual({
        elapsedMs: 30_000,
        remainingMs: 10 * MINUTE - 30_000,
        phase: 'paused',
        mood: 'normal',
      })
  })

  it('warns from exactly the warning minutes left, running or paused', () => {
    const running = startTimer(ten(), T0)
    const atWarning = T0 + 10 * MINUTE - WARNING
    expect(readTimer(running, atWarning - 1, WARNING).mood).toBe('normal')
    expect(readTimer(running, atWarning, WARNING).mood).toBe('warning')
    expect(readTimer(running, atWarning + MINUTE, WARNING).mood).toBe('warning')
    const paused = pauseTimer(running, atWarning + 1)
    expect(readTimer(paused, T0 + HOUR, WARNING)).toMatchObject({
      phase: 'paused',
      mood: 'warning',
    })
  })

  it('is in warning at 0 left and in overtime from the first millisecond over', () => {
    const running = startTimer(ten(), T0)
    expect(readTimer(running, T0 + 10 * MINUTE, WARNING)).toMatchObject({
      remainingMs: 0,
      mood: 'warning',
    })
    expect(readTimer(running, T0 + 10 * MINUTE + 1, WARNING)).toMatchObject({
      remainingMs: -1,
      mood: 'overtime',
    })
    expect(readTimer(running, T0 + 11 * MINUTE + 5 * SECOND, WARNING)).toMatchObject({
      remainingMs: -65 * SECOND,
      phase: 'running',
      mood: 'overtime',
    })
    const pausedOver = pauseTimer(running, T0 + 12 * MINUTE)
    expect(readTimer(pausedOver, T0 + HOUR, WARNING)).toMatchObject({
      remainingMs: -2 * MINUTE,
      phase: 'paused',
      mood: 'overtime',
    })
  })

  it('with no warning minutes goes straight from normal to overtime', () => {
    const running = startTimer(ten(), T0)
    expect(readTimer(running, T0 + 10 * MINUTE - 1, 0).mood).toBe('normal')
    expect(readTimer(running, T0 + 10 * MINUTE + 1, 0).mood).toBe('overtime')
  })

  it('changes nothing in the state it reads', () => {
    const running = deepFreeze(startTimer(ten(), T0))
    readTimer(running, T0 + HOUR, WARNING)
    expect(running).toEqual({ durationMs: 10 * MINUTE, startedAt: T0, accumulatedMs: 0 })
  })
})

describe('displaySeconds', () => {
  it.each([
    [10 * MINUTE, 600],
    [10_200, 11],
    [10_001, 11],
    [10_000, 10],
    [9_999, 10],
    [1, 1],
    [0, 0],
    [-1, 0],
    [-999, 0],
    [-1000, 1],
    [-65_000, 65],
    [-65_999, 65],
  ])('%i ms left shows %i s', (remaining, seconds) => {
    expect(displaySeconds(remaining)).toBe(seconds)
  })
})

describe('formatCountdown', () => {
  it.each([
    [12 * MINUTE + 5 * SECOND, '12:05'],
    [10 * MINUTE, '10:00'],
    [59 * SECOND + 1, '01:00'],
    [1, '00:01'],
    [0, '00:00'],
    // Less than a second over still reads 00:00, without a sign.
    [-500, '00:00'],
    [-1000, '+00:01'],
    [-65_000, '+01:05'],
    [-65_999, '+01:05'],
    [59 * MINUTE + 59 * SECOND, '59:59'],
    [59 * MINUTE + 59 * SECOND + 1, '1:00:00'],
    [HOUR + 2 * MINUTE + 3 * SECOND, '1:02:03'],
    [-(HOUR + 2 * MINUTE + 3 * SECOND), '+1:02:03'],
    [3 * HOUR, '3:00:00'],
    [-(10 * HOUR + 5 * SECOND), '+10:00:05'],
  ])('%i ms left reads %s', (remaining, text) => {
    expect(formatCountdown(remaining)).toBe(text)
  })

  it('always reads [+][h:]mm:ss and agrees with displaySeconds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -24 * HOUR, max: 24 * HOUR }), (remaining) => {
        const text = formatCountdown(remaining)
        const match = /^(\+)?(?:(\d+):)?(\d{2}):(\d{2})$/.exec(text)
        expect(match, text).not.toBeNull()
        if (!match) return
        const [, plus, hours, minutes, seconds] = match
        expect(Number(minutes)).toBeLessThan(60)
        expect(Number(seconds)).toBeLessThan(60)
        if (hours !== undefined) expect(Number(hours)).toBeGreaterThan(0)
        const total = Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds)
        expect(total).toBe(displaySeconds(remaining))
        expect(plus === '+').toBe(remaining <= -1000)
      }),
      { numRuns: 2000, seed: 404 },
    )
  })
})

describe('msUntilNextSecond', () => {
  /** After waiting that long the shown second changes, and at no moment before. */
  function checkNextSecond(remaining: number, step: number): void {
    const wait = msUntilNextSecond(remaining)
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(1000)
    const shown = displaySeconds(remaining)
    expect(displaySeconds(remaining - wait), `${remaining} after ${wait}`).not.toBe(shown)
    let firstChange: number | null = null
    for (let waited = step; waited < wait && firstChange === null; waited += step)
      if (displaySeconds(remaining - waited) !== shown) firstChange = waited
    expect(firstChange, `${remaining}: changed before ${wait}`).toBeNull()
  }

  it.each([
    [10_200, 200],
    [10_000, 1000],
    [10_001, 1],
    [1, 1],
    [0, 1000],
    [-1, 999],
    [-500, 500],
    [-1000, 1000],
  ])('%i ms left: the next second shows after %i ms', (remaining, wait) => {
    expect(msUntilNextSecond(remaining)).toBe(wait)
    checkNextSecond(remaining, 1)
  })

  it('on whole milliseconds: the second changes after exactly that wait (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3 * HOUR, max: 3 * HOUR }), (remaining) =>
        checkNextSecond(remaining, 1),
      ),
      { numRuns: 1000, seed: 4 },
    )
  })

  it('on the fractional milliseconds a window’s clock gives (property)', () => {
    // performance.now() has sub-millisecond steps; 1/4096 ms keeps the arithmetic exact.
    fc.assert(
      fc.property(fc.integer({ min: -3 * HOUR * 4096, max: 3 * HOUR * 4096 }), (units) =>
        checkNextSecond(units / 4096, 1 / 16),
      ),
      { numRuns: 200, seed: 5 },
    )
  })

  it('ticking a running countdown by it shows every second exactly once', () => {
    const running = startTimer(idleTimer(2 * MINUTE), T0)
    let now = T0 + 123
    const shown: number[] = [displaySeconds(readTimer(running, now, WARNING).remainingMs)]
    while (now < T0 + 2 * MINUTE + 5 * SECOND) {
      now += msUntilNextSecond(readTimer(running, now, WARNING).remainingMs)
      shown.push(displaySeconds(readTimer(running, now, WARNING).remainingMs))
    }
    // 120 down to 1, then 0, then 1..5 over: each once, in order.
    const expected = [
      ...Array.from({ length: 120 }, (_, i) => 120 - i),
      0,
      ...Array.from({ length: 5 }, (_, i) => i + 1),
    ]
    expect(shown).toEqual(expected)
  })
})

describe('a 3-hour session with pauses and resumes', () => {
  it('accumulates zero drift: elapsed is the exact sum of the running intervals', () => {
    for (const seed of [1, 2, 3, 20261129, 987654321]) {
      const random = seededRandom(seed)
      const end = T0 + 3 * HOUR
      let now = T0
      let timer: TimerState = idleTimer(90 * MINUTE)
      /** The test's own ledger: milliseconds the timer ran, added wait by wait. */
      let ran = 0
      let cycles = 0
      while (now < end) {
        // Run for a while (between 1 ms and 2 minutes), then sit paused for a while.
        timer = startTimer(timer, now)
        const running = Math.min(randomInt(random, 1, 2 * MINUTE), end - now)
        // Windows read the timer many times while it runs; reading changes nothing.
        for (let i = 0; i < 3; i++) {
          const at = now + randomInt(random, 0, running)
          expect(elapsedMs(timer, at)).toBe(ran + (at - now))
        }
        now += running
        ran += running
        timer = pauseTimer(timer, now)
        cycles++
        // Sometimes +1 / −1 minute: the length changes, what ran does not.
        if (random() < 0.1) timer = adjustTimer(timer, random() < 0.5 ? MINUTE : -MINUTE)
        const pause = Math.min(randomInt(random, 0, 30 * SECOND), end - now)
        now += pause
        expect(elapsedMs(timer, now)).toBe(ran)
      }
      expect(now).toBe(end)
      expect(cycles).toBeGreaterThan(100)
      expect(timer.accumulatedMs).toBe(ran)
      expect(readTimer(timer, end, WARNING).elapsedMs).toBe(ran)
      expect(readTimer(timer, end, WARNING).remainingMs).toBe(timer.durationMs - ran)
    }
  })

  it('holds for any sequence of start, pause and waits (property)', () => {
    const action = fc.record({
      kind: fc.constantFrom('start', 'pause', 'adjust', 'read'),
      waitMs: fc.integer({ min: 0, max: 90 * SECOND }),
    })
    fc.assert(
      fc.property(fc.array(action, { minLength: 200, maxLength: 600 }), (actions) => {
        let now = T0
        let timer: TimerState = idleTimer(60 * MINUTE)
        let running = false
        let ran = 0
        for (const { kind, waitMs } of actions) {
          if (kind === 'start') {
            timer = startTimer(timer, now)
            running = true
          } else if (kind === 'pause') {
            timer = pauseTimer(timer, now)
            running = false
          } else if (kind === 'adjust') timer = adjustTimer(timer, MINUTE)
          expect(elapsedMs(timer, now)).toBe(ran)
          now += waitMs
          if (running) ran += waitMs
        }
        expect(elapsedMs(timer, now)).toBe(ran)
        expect(elapsedMs(pauseTimer(timer, now), now + 3 * HOUR)).toBe(ran)
      }),
      { numRuns: 100, seed: 3 },
    )
  })
})
