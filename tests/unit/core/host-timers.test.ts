import { FakeClockSources as FakeSources } from '../../support/fake-clock'
import { describe, expect, it } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import type { Clock } from '@core/ports'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { TimerName, WindowSnapshot } from '@core/session/schema'
import { MonotonicClock } from '@core/timers/monotonic-clock'
import { formatCountdown, readTimer } from '@core/timers/timer-math'
import { randomInt, seededRandom } from '../../support/seeded-random'
import { T0 } from './fixtures'

const SECOND = 1000
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const WARNING = 2 * MINUTE

function hostWith(clock: Clock): SessionHost {
  return new SessionHost({ session: createSession(T0), clock })
}

function run(host: SessionHost, command: CommandInput): void {
  const result = host.dispatch(command)
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`)
}

/** What a window shows: derived from the snapshot and main's clock, nothing kept. */
function shown(snapshot: WindowSnapshot, timer: TimerName) {
  return readTimer(snapshot.session.timers[timer], snapshot.clock, WARNING)
}

describe('a timer running through a change of the system clock', () => {
  it('shows the same remaining time when the wall clock jumps forward or back', () => {
    const sources = new FakeSources(T0, 5_000.75)
    const host = hostWith(new MonotonicClock(sources))
    // The welcome phase has 5 planned minutes; moving there starts its countdown.
    run(host, { type: 'phase/go', id: 'ph1' })
    sources.pass(MINUTE)
    expect(formatCountdown(shown(host.getSnapshot(), 'phase').remainingMs)).toBe('04:00')

    sources.jumpWall(HOUR)
    expect(shown(host.getSnapshot(), 'phase').remainingMs).toBe(4 * MINUTE)
    sources.pass(30 * SECOND)
    expect(shown(host.getSnapshot(), 'phase').remainingMs).toBe(3.5 * MINUTE)

    sources.jumpWall(-3 * HOUR)
    expect(shown(host.getSnapshot(), 'phase').remainingMs).toBe(3.5 * MINUTE)
    sources.pass(30 * SECOND)
    const reading = shown(host.getSnapshot(), 'phase')
    expect(reading).toEqual({
      elapsedMs: 2 * MINUTE,
      remainingMs: 3 * MINUTE,
      phase: 'running',
      mood: 'normal',
    })
    expect(formatCountdown(reading.remainingMs)).toBe('03:00')
  })

  it('pauses and resumes across jumps without losing or gaining a millisecond', () => {
    const sources = new FakeSources(T0, 5_000.75)
    const host = hostWith(new MonotonicClock(sources))
    run(host, { type: 'timer/start', timer: 'round' })
    sources.pass(40 * SECOND)
    sources.jumpWall(-HOUR)
    run(host, { type: 'timer/pause', timer: 'round' })
    sources.pass(10 * MINUTE)
    sources.jumpWall(2 * HOUR)
    run(host, { type: 'timer/start', timer: 'round' })
    sources.pass(20 * SECOND)
    const reading = shown(host.getSnapshot(), 'round')
    // The default round lasts 3 minutes; it ran 40 s + 20 s.
    expect(reading.elapsedMs).toBe(MINUTE)
    expect(reading.remainingMs).toBe(2 * MINUTE)
    expect(reading.mood).toBe('warning')
  })

  it('stamps every snapshot with main’s own clock, not the jumped wall clock', () => {
    const sources = new FakeSources(T0, 5_000.75)
    const host = hostWith(new MonotonicClock(sources))
    sources.pass(5 * SECOND)
    sources.jumpWall(HOUR)
    expect(host.getSnapshot().clock).toBe(T0 + 5 * SECOND)
    run(host, { type: 'timer/start', timer: 'phase' })
    expect(host.getSnapshot().session.timers.phase.startedAt).toBe(T0 + 5 * SECOND)
    expect(host.getSnapshot().session.updatedAt).toBe(T0 + 5 * SECOND)
  })

  it('whereas the bare wall clock would have moved the timer by the jump', () => {
    // The same story read from Date.now() directly: why main keeps a monotonic clock.
    const sources = new FakeSources(T0, 5_000.75)
    const host = hostWith({ now: () => sources.wall() })
    run(host, { type: 'phase/go', id: 'ph1' })
    sources.pass(MINUTE)
    sources.jumpWall(HOUR)
    expect(shown(host.getSnapshot(), 'phase').remainingMs).toBe(4 * MINUTE - HOUR)
    expect(shown(host.getSnapshot(), 'phase').mood).toBe('overtime')
    // Set back, the countdown would stand at its full length for an hour.
    sources.jumpWall(-2 * HOUR)
    expect(shown(host.getSnapshot(), 'phase').remainingMs).toBe(5 * MINUTE)
  })

  it('a resync after sleep counts the time slept, and never runs a timer backwards', () => {
    const sources = new FakeSources(T0, 5_000.75)
    const clock = new MonotonicClock(sources)
    const host = hostWith(clock)
    run(host, { type: 'phase/go', id: 'ph2' })
    sources.pass(MINUTE)
    // Asleep for two minutes: the monotonic clock stood still.
    sources.jumpWall(2 * MINUTE)
    clock.resync()
    expect(shown(host.getSnapshot(), 'phase').elapsedMs).toBe(3 * MINUTE)
    // A wall clock set back and a resync: the timer stays where it was.
    sources.jumpWall(-HOUR)
    clock.resync()
    expect(shown(host.getSnapshot(), 'phase').elapsedMs).toBe(3 * MINUTE)
  })
})

describe('a 3-hour session through the host with pauses, resumes and clock jumps', () => {
  it('accumulates zero drift on either timer', () => {
    for (const seed of [7, 8, 9]) {
      const random = seededRandom(seed)
      const sources = new FakeSources(T0, 5_000.75)
      const host = new SessionHost({
        session: createSession(T0),
        clock: new MonotonicClock(sources),
        history: { limit: 10 },
      })
      const ran: Record<TimerName, number> = { phase: 0, round: 0 }
      const running: Record<TimerName, boolean> = { phase: false, round: false }
      let passed = 0
      let commands = 0
      while (passed < 3 * HOUR) {
        const timer: TimerName = random() < 0.5 ? 'phase' : 'round'
        run(host, { type: running[timer] ? 'timer/pause' : 'timer/start', timer })
        running[timer] = !running[timer]
        commands++
        if (random() < 0.05) sources.jumpWall(randomInt(random, -2 * HOUR, 2 * HOUR))
        const wait = Math.min(randomInt(random, 1, 90 * SECOND), 3 * HOUR - passed)
        sources.pass(wait)
        passed += wait
        for (const name of ['phase', 'round'] as const) if (running[name]) ran[name] += wait
        const snapshot = host.getSnapshot()
        expect(shown(snapshot, 'phase').elapsedMs).toBe(ran.phase)
        expect(shown(snapshot, 'round').elapsedMs).toBe(ran.round)
      }
      expect(commands).toBeGreaterThan(200)
      expect(host.getSnapshot().clock).toBe(T0 + 3 * HOUR)
      expect(ran.phase + ran.round).toBeGreaterThan(HOUR)
    }
  })
})
