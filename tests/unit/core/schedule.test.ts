import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import { scheduleStatus } from '@core/timers/schedule'
import { deepFreeze, T0 } from './fixtures'
import { accepted } from './reduce-helpers'

const MINUTE = 60_000
/** The default programme: 5 + 10 + 15 + 60 + 20 + 10 = 120 planned minutes. */
const PLANNED = 120 * MINUTE

const at = (minutes: number) => T0 + minutes * MINUTE

/** Runs the programme the way the presenter does: phase/go, phase/next, phase/finish. */
function goTo(session: Session, id: string, minutes: number): Session {
  return accepted(session, { type: 'phase/go', id }, at(minutes))
}
function next(session: Session, minutes: number): Session {
  return accepted(session, { type: 'phase/next' }, at(minutes))
}

describe('scheduleStatus (the session clock)', () => {
  it('is null before the programme starts', () => {
    const fresh = createSession(T0)
    expect(scheduleStatus(fresh, T0)).toBeNull()
    expect(scheduleStatus(fresh, at(45))).toBeNull()
    // A current phase that was never started does not start the clock either.
    expect(scheduleStatus({ ...fresh, currentPhaseId: 'ph1' }, at(45))).toBeNull()
  })

  it('is on plan while the current phase stays within its planned minutes', () => {
    const started = goTo(createSession(T0), 'ph1', 0)
    for (const minutes of [0, 1, 4.5, 5])
      expect(scheduleStatus(started, at(minutes))).toEqual({
        elapsedMs: minutes * MINUTE,
        plannedMs: PLANNED,
        behindMs: 0,
      })
    // Moving on exactly on time stays on plan.
    const second = next(started, 5)
    expect(scheduleStatus(second, at(12))).toEqual({
      elapsedMs: 12 * MINUTE,
      plannedMs: PLANNED,
      behindMs: 0,
    })
  })

  it('counts from the programme’s first start, not from when the session was made', () => {
    const started = goTo(createSession(T0), 'ph1', 30)
    expect(scheduleStatus(started, at(32))).toEqual({
      elapsedMs: 2 * MINUTE,
      plannedMs: PLANNED,
      behindMs: 0,
    })
  })

  it('is behind by the overrun of a phase, and stays behind in the next one', () => {
    const started = goTo(createSession(T0), 'ph1', 0)
    // The welcome (5 planned minutes) takes 8.
    expect(scheduleStatus(started, at(8))?.behindMs).toBe(3 * MINUTE)
    const starter = next(started, 8)
    expect(scheduleStatus(starter, at(8))?.behindMs).toBe(3 * MINUTE)
    // Within the starter's own 10 minutes the lag neither grows nor shrinks...
    expect(scheduleStatus(starter, at(18))?.behindMs).toBe(3 * MINUTE)
    // ...and grows again once the starter overruns too.
    expect(scheduleStatus(starter, at(20))).toEqual({
      elapsedMs: 20 * MINUTE,
      plannedMs: PLANNED,
      behindMs: 5 * MINUTE,
    })
  })

  it('is ahead after finishing phases early', () => {
    let session = goTo(createSession(T0), 'ph1', 0)
    session = next(session, 2) // welcome: 2 of 5 minutes
    expect(scheduleStatus(session, at(2))?.behindMs).toBe(-3 * MINUTE)
    session = next(session, 6) // starter: 4 of 10 minutes
    expect(scheduleStatus(session, at(6))).toEqual({
      elapsedMs: 6 * MINUTE,
      plannedMs: PLANNED,
      behindMs: -9 * MINUTE,
    })
    // Time spent in the current phase, within its plan, does not eat into the lead.
    expect(scheduleStatus(session, at(16))?.behindMs).toBe(-9 * MINUTE)
  })

  it('a finished programme stops the clock', () => {
    let session = goTo(createSession(T0), 'ph1', 0)
    for (const minutes of [5, 15, 30, 95, 115]) session = next(session, minutes)
    expect(session.currentPhaseId).toBe('ph6')
    session = accepted(session, { type: 'phase/finish' }, at(127))
    const finished = { elapsedMs: 127 * MINUTE, plannedMs: PLANNED, behindMs: 7 * MINUTE }
    expect(scheduleStatus(session, at(127))).toEqual(finished)
    expect(scheduleStatus(session, at(180))).toEqual(finished)
    expect(scheduleStatus(session, at(24 * 60))).toEqual(finished)
  })

  it('follows the session’s planned length', () => {
    const session = accepted(
      goTo(createSession(T0), 'ph1', 0),
      { type: 'setup/edit', plannedMinutes: 150 },
      at(1),
    )
    expect(scheduleStatus(session, at(1))?.plannedMs).toBe(150 * MINUTE)
  })

  it('never reports negative elapsed time for a clock reading before the start', () => {
    const started = deepFreeze(goTo(createSession(T0), 'ph1', 10))
    expect(scheduleStatus(started, at(9))?.elapsedMs).toBe(0)
  })
})
