import { describe, expect, it } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import { createSession } from '@core/session/default-session'
import { projectorScreen } from '@core/session/projector-screen'
import { parseAutosave, serialiseAutosave } from '@core/persistence/autosave-format'
import { idleTimer, TIMER_LIMITS, type Session, type TimerState } from '@core/session/schema'
import { readTimer } from '@core/timers/timer-math'
import { changeDilemma, sessionWith, T0, withParticipants } from './fixtures'
import { accepted, expectInvalid, expectNoOp, expectRejected, NOW } from './reduce-helpers'

const SECOND = 1000
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** The session as the next start reads it back from its autosave. */
function reloaded(session: Session): Session | null {
  const parsed = parseAutosave(serialiseAutosave({ revision: 1, session }, NOW))
  return parsed.ok ? parsed.file.session : null
}

/** A session with the given timers (the rest as created). */
function withTimers(timers: Partial<Session['timers']>, base: Session = sessionWith(1)): Session {
  return { ...base, timers: { ...base.timers, ...timers } }
}

const running = (durationMs: number, startedAt: number, accumulatedMs = 0): TimerState => ({
  durationMs,
  startedAt,
  accumulatedMs,
})
const paused = (durationMs: number, accumulatedMs: number): TimerState => ({
  durationMs,
  startedAt: null,
  accumulatedMs,
})

describe.each(['phase', 'round'] as const)('the %s timer', (name) => {
  const other = name === 'phase' ? 'round' : 'phase'

  describe('timer/start', () => {
    it('starts an idle timer now and changes nothing else', () => {
      const start = withTimers({ [name]: idleTimer(5 * MINUTE) })
      const next = accepted(start, { type: 'timer/start', timer: name })
      expect(next).toEqual({
        ...start,
        timers: { ...start.timers, [name]: running(5 * MINUTE, NOW) },
        updatedAt: NOW,
      })
      expect(next.timers[other]).toBe(start.timers[other])
    })

    it('resumes a paused timer with the time it had run', () => {
      const start = withTimers({ [name]: paused(5 * MINUTE, 70 * SECOND) })
      const next = accepted(start, { type: 'timer/start', timer: name })
      expect(next.timers[name]).toEqual(running(5 * MINUTE, NOW, 70 * SECOND))
      expect(readTimer(next.timers[name], NOW + 10 * SECOND, 0).elapsedMs).toBe(80 * SECOND)
    })

    it('on a running timer changes nothing: no revision, no undo step', () => {
      expectNoOp(withTimers({ [name]: running(5 * MINUTE, T0) }), {
        type: 'timer/start',
        timer: name,
      })
    })
  })

  describe('timer/pause', () => {
    it('banks the time run and stops', () => {
      const start = withTimers({ [name]: running(5 * MINUTE, NOW - 90 * SECOND, 10 * SECOND) })
      const next = accepted(start, { type: 'timer/pause', timer: name })
      expect(next).toEqual({
        ...start,
        timers: { ...start.timers, [name]: paused(5 * MINUTE, 100 * SECOND) },
        updatedAt: NOW,
      })
    })

    it('after more than 48 hours keeps 48 hours run, so the session still saves and loads', () => {
      // Started the day the session was prepared, three days ago, and paused only now.
      const start = withTimers({ [name]: running(5 * MINUTE, NOW - 3 * DAY, 10 * SECOND) })
      const next = accepted(start, { type: 'timer/pause', timer: name })
      expect(next.timers[name]).toEqual(paused(5 * MINUTE, TIMER_LIMITS.accumulatedMs))
      expect(TIMER_LIMITS.accumulatedMs).toBe(2 * DAY)
      expect(reloaded(next)).toEqual(next)
    })

    it('on an idle or paused timer changes nothing', () => {
      expectNoOp(withTimers({ [name]: idleTimer(MINUTE) }), { type: 'timer/pause', timer: name })
      expectNoOp(withTimers({ [name]: paused(MINUTE, 5 * SECOND) }), {
        type: 'timer/pause',
        timer: name,
      })
    })
  })

  describe('timer/reset', () => {
    /** In the first phase (5 planned minutes), with rounds of 3 minutes. */
    const inWelcome = (timer: TimerState): Session => {
      const base = sessionWith(1)
      return withTimers({ [name]: timer }, { ...base, currentPhaseId: base.phases[0]?.id ?? null })
    }
    const planned = name === 'phase' ? 5 * MINUTE : 3 * MINUTE

    it.each<[string, TimerState]>([
      ['running', running(4 * MINUTE, T0, 20 * SECOND)],
      ['paused', paused(4 * MINUTE, 3 * MINUTE)],
      ['in overtime', running(4 * MINUTE, T0 - 10 * MINUTE)],
      ['adjusted with +1', running(6 * MINUTE, T0)],
    ])('stops a %s timer and starts it over at its planned length', (_label, timer) => {
      const next = accepted(inWelcome(timer), { type: 'timer/reset', timer: name })
      expect(next.timers[name]).toEqual(idleTimer(planned))
      expect(readTimer(next.timers[name], NOW, 2 * MINUTE)).toMatchObject({
        remainingMs: planned,
        phase: 'idle',
        mood: 'normal',
      })
    })

    it('on an idle timer at its planned length changes nothing', () => {
      expectNoOp(inWelcome(idleTimer(planned)), { type: 'timer/reset', timer: name })
    })
  })

  describe('timer/adjust', () => {
    it('+1 and −1 minute change the length of a running timer, not what has run', () => {
      const start = withTimers({ [name]: running(5 * MINUTE, T0, 15 * SECOND) })
      const longer = accepted(start, { type: 'timer/adjust', timer: name, minutes: 1 })
      expect(longer.timers[name]).toEqual(running(6 * MINUTE, T0, 15 * SECOND))
      const shorter = accepted(longer, { type: 'timer/adjust', timer: name, minutes: -1 })
      expect(shorter.timers[name]).toEqual(start.timers[name])
      expect(shorter.timers[other]).toBe(start.timers[other])
    })

    it('accepts up to an hour either way, and never goes below zero', () => {
      const start = withTimers({ [name]: idleTimer(5 * MINUTE) })
      expect(
        accepted(start, { type: 'timer/adjust', timer: name, minutes: 60 }).timers[name].durationMs,
      ).toBe(65 * MINUTE)
      expect(
        accepted(start, { type: 'timer/adjust', timer: name, minutes: -60 }).timers[name]
          .durationMs,
      ).toBe(0)
    })

    it('+60 pressed 25 times stops at 24 hours, so the session still saves and loads', () => {
      let session = withTimers({ [name]: running(5 * MINUTE, T0) })
      // Each press must leave a session that passes the schema (accepted checks it).
      for (let press = 0; press < 25; press++)
        session = accepted(session, { type: 'timer/adjust', timer: name, minutes: 60 })
      expect(session.timers[name]).toEqual(running(TIMER_LIMITS.durationMs, T0))
      expect(TIMER_LIMITS.durationMs).toBe(DAY)
      expect(reloaded(session)).toEqual(session)
      // At the top, +1 more changes nothing: no revision, no undo step.
      expectNoOp(session, { type: 'timer/adjust', timer: name, minutes: 1 })
    })

    it('by zero minutes, or below zero at zero, changes nothing', () => {
      expectNoOp(withTimers({ [name]: idleTimer(MINUTE) }), {
        type: 'timer/adjust',
        timer: name,
        minutes: 0,
      })
      expectNoOp(withTimers({ [name]: idleTimer(0) }), {
        type: 'timer/adjust',
        timer: name,
        minutes: -1,
      })
    })
  })
})

describe('invalid timer commands', () => {
  it.each<[string, unknown]>([
    ['no timer', { type: 'timer/start' }],
    ['an unknown timer', { type: 'timer/start', timer: 'break' }],
    ['a timer by number', { type: 'timer/pause', timer: 0 }],
    ['a null timer', { type: 'timer/reset', timer: null }],
    ['an extra field', { type: 'timer/start', timer: 'phase', at: 5 }],
    ['a prototype key', { type: 'timer/pause', timer: '__proto__' }],
    ['adjust without minutes', { type: 'timer/adjust', timer: 'phase' }],
    ['adjust by a fraction', { type: 'timer/adjust', timer: 'phase', minutes: 0.5 }],
    ['adjust by more than an hour', { type: 'timer/adjust', timer: 'round', minutes: 61 }],
    ['adjust by less than −60', { type: 'timer/adjust', timer: 'round', minutes: -61 }],
    ['adjust by text', { type: 'timer/adjust', timer: 'round', minutes: '1' }],
    ['adjust by NaN', { type: 'timer/adjust', timer: 'round', minutes: Number.NaN }],
    ['adjust by Infinity', { type: 'timer/adjust', timer: 'round', minutes: Infinity }],
  ])('refuses %s', (_label, input) => {
    expectInvalid(input)
  })
})

describe('timer/start-break', () => {
  it('sets when the break ends and shows the break screen', () => {
    const start = sessionWith(1)
    const next = accepted(start, { type: 'timer/start-break', minutes: 15 })
    expect(next).toEqual({
      ...start,
      timers: { ...start.timers, breakEndsAt: NOW + 15 * MINUTE },
      updatedAt: NOW,
    })
    expect(projectorScreen(next)).toEqual({ kind: 'break', endsAt: NOW + 15 * MINUTE })
  })

  it('a new break during a break sets its new end', () => {
    const start = withTimers({ breakEndsAt: T0 + 5 * MINUTE })
    const next = accepted(start, { type: 'timer/start-break', minutes: 10 })
    expect(next.timers.breakEndsAt).toBe(NOW + 10 * MINUTE)
  })

  it('leaves the phase and round timers as they are', () => {
    const start = withTimers({ phase: running(20 * MINUTE, T0), round: paused(3 * MINUTE, 1) })
    const next = accepted(start, { type: 'timer/start-break', minutes: 1 })
    expect(next.timers.phase).toBe(start.timers.phase)
    expect(next.timers.round).toBe(start.timers.round)
  })

  it.each([1, 120])('accepts %i minutes', (minutes) => {
    expect(
      accepted(sessionWith(0), { type: 'timer/start-break', minutes }).timers.breakEndsAt,
    ).toBe(NOW + minutes * MINUTE)
  })

  it.each<[string, unknown]>([
    ['no minutes', {}],
    ['zero minutes', { minutes: 0 }],
    ['more than two hours', { minutes: 121 }],
    ['a fraction', { minutes: 1.5 }],
    ['negative minutes', { minutes: -5 }],
    ['text', { minutes: '10' }],
    ['an end time instead', { endsAt: T0 }],
    ['an extra field', { minutes: 10, endsAt: T0 }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'timer/start-break', ...(change as object) })
  })
})

describe('timer/end-break', () => {
  it('ends the break and hands the projector back', () => {
    const start = withTimers({ breakEndsAt: NOW + MINUTE })
    const next = accepted(start, { type: 'timer/end-break' })
    expect(next).toEqual({
      ...start,
      timers: { ...start.timers, breakEndsAt: null },
      updatedAt: NOW,
    })
    expect(projectorScreen(next).kind).toBe('welcome')
  })

  it('ends a break whose time has already passed', () => {
    const start = withTimers({ breakEndsAt: NOW - MINUTE })
    expect(accepted(start, { type: 'timer/end-break' }).timers.breakEndsAt).toBeNull()
  })

  it('without a break is refused with invalid-state', () => {
    expectRejected(sessionWith(1), { type: 'timer/end-break' }, 'invalid-state')
  })

  it('refuses extra fields', () => {
    expectInvalid({ type: 'timer/end-break', minutes: 1 })
  })
})

describe('timer/settings', () => {
  it.each<[string, Partial<Session['timerSettings']>]>([
    ['warningMinutes', { warningMinutes: 5 }],
    ['roundSound', { roundSound: true }],
    ['pulse', { pulse: true }],
  ])('changes only %s', (_field, change) => {
    const start = withTimers({ round: running(3 * MINUTE, T0) })
    const next = accepted(start, { type: 'timer/settings', ...change })
    expect(next).toEqual({
      ...start,
      timerSettings: { ...start.timerSettings, ...change },
      updatedAt: NOW,
    })
  })

  it('changes several at once', () => {
    const next = accepted(sessionWith(0), {
      type: 'timer/settings',
      roundMinutes: 4,
      warningMinutes: 1,
      roundSound: true,
      pulse: true,
    })
    expect(next.timerSettings).toEqual({
      roundMinutes: 4,
      warningMinutes: 1,
      roundSound: true,
      pulse: true,
    })
  })

  it('a new round length resets an unused round timer to it', () => {
    const start = sessionWith(0)
    expect(start.timers.round).toEqual(idleTimer(3 * MINUTE))
    const next = accepted(start, { type: 'timer/settings', roundMinutes: 5 })
    expect(next.timerSettings.roundMinutes).toBe(5)
    expect(next.timers.round).toEqual(idleTimer(5 * MINUTE))
    expect(next.timers.phase).toBe(start.timers.phase)
    // Also when +1 had been pressed on it before it ever ran.
    const adjusted = withTimers({ round: idleTimer(4 * MINUTE) })
    expect(accepted(adjusted, { type: 'timer/settings', roundMinutes: 2 }).timers.round).toEqual(
      idleTimer(2 * MINUTE),
    )
  })

  it.each<[string, TimerState]>([
    ['running', running(3 * MINUTE, T0)],
    ['paused', paused(3 * MINUTE, 40 * SECOND)],
  ])('a new round length leaves a %s round alone', (_label, round) => {
    const start = withTimers({ round })
    const next = accepted(start, { type: 'timer/settings', roundMinutes: 5 })
    expect(next.timerSettings.roundMinutes).toBe(5)
    expect(next.timers.round).toBe(start.timers.round)
  })

  it('that changes nothing is no step', () => {
    expectNoOp(sessionWith(0), { type: 'timer/settings' })
    expectNoOp(sessionWith(0), { type: 'timer/settings', roundMinutes: 3, pulse: false })
  })

  it.each([
    ['roundMinutes', 1],
    ['roundMinutes', 30],
    ['warningMinutes', 0],
    ['warningMinutes', 15],
  ] as const)('accepts %s %i', (field, value) => {
    const start = sessionWith(0, { timerSettings: { ...sessionWith(0).timerSettings, [field]: 2 } })
    expect(accepted(start, { type: 'timer/settings', [field]: value }).timerSettings[field]).toBe(
      value,
    )
  })

  it.each<[string, unknown]>([
    ['a round of 0 minutes', { roundMinutes: 0 }],
    ['a round of 31 minutes', { roundMinutes: 31 }],
    ['a round of 2.5 minutes', { roundMinutes: 2.5 }],
    ['a negative warning', { warningMinutes: -1 }],
    ['a warning of 16 minutes', { warningMinutes: 16 }],
    ['a sound as text', { roundSound: 'yes' }],
    ['a pulse as a number', { pulse: 1 }],
    ['null', { pulse: null }],
    ['an unknown setting', { theme: 'high-contrast' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'timer/settings', ...(change as object) })
  })
})

describe('the phase timer follows the programme', () => {
  it('phase/go starts the phase timer afresh with the new phase’s minutes', () => {
    const start = withTimers({ phase: paused(5 * MINUTE, 2 * MINUTE) }, createSession(T0))
    const next = accepted(start, { type: 'phase/go', id: 'ph4' })
    // Casework: 60 planned minutes.
    expect(next.timers.phase).toEqual(running(60 * MINUTE, NOW))
    expect(next.timers.round).toBe(start.timers.round)
  })

  it('restarts even a timer in overtime, and every step of the programme does so', () => {
    let state = accepted(createSession(T0), { type: 'phase/next' }, T0)
    expect(state.timers.phase).toEqual(running(5 * MINUTE, T0))
    state = accepted(state, { type: 'phase/next' }, T0 + 9 * MINUTE)
    expect(state.timers.phase).toEqual(running(10 * MINUTE, T0 + 9 * MINUTE))
    state = accepted(state, { type: 'phase/previous' }, T0 + 30 * MINUTE)
    expect(state.timers.phase).toEqual(running(5 * MINUTE, T0 + 30 * MINUTE))
  })

  it('going to the phase already current changes nothing', () => {
    const start = withTimers(
      { phase: running(5 * MINUTE, T0) },
      {
        ...createSession(T0),
        currentPhaseId: 'ph1',
      },
    )
    expectNoOp(start, { type: 'phase/go', id: 'ph1' })
  })

  it('phase/edit of the current phase’s minutes moves its countdown, not what has run', () => {
    const start = withTimers(
      { phase: running(15 * MINUTE, T0, 30 * SECOND) },
      { ...createSession(T0), currentPhaseId: 'ph3' },
    )
    const next = accepted(start, { type: 'phase/edit', id: 'ph3', plannedMinutes: 20 })
    expect(next.timers.phase).toEqual(running(20 * MINUTE, T0, 30 * SECOND))
    expect(readTimer(next.timers.phase, NOW, 0).remainingMs).toBe(
      readTimer(start.timers.phase, NOW, 0).remainingMs + 5 * MINUTE,
    )
  })

  it.each<[string, CommandInput]>([
    ['another phase’s minutes', { type: 'phase/edit', id: 'ph4', plannedMinutes: 5 }],
    ['the current phase’s notes', { type: 'phase/edit', id: 'ph3', notes: 'x' }],
    ['the current phase’s title', { type: 'phase/edit', id: 'ph3', title: 'Uitleg' }],
  ])('phase/edit of %s leaves the timer alone', (_label, command) => {
    const start = withTimers(
      { phase: running(15 * MINUTE, T0, 30 * SECOND) },
      { ...createSession(T0), currentPhaseId: 'ph3' },
    )
    expect(accepted(start, command).timers).toBe(start.timers)
  })
})

describe('the round timer follows variant 2', () => {
  function rotating(round: TimerState): Session {
    const people = withParticipants(sessionWith(1), ['Anna', 'Bram', 'Chris', 'Dirk'])
    const ready = changeDilemma(people, 'd1', (d) => ({
      ...d,
      variant: 'variant2',
      variant2: {
        principleIds: ['open', 'integer', 'dienstbaar', 'vakkundig'],
        rounds: [{ speakers: ['pp7', 'pp8', 'pp9', 'pp10'] }],
      },
    }))
    return withTimers({ round }, ready)
  }

  it.each<[string, TimerState]>([
    ['an idle', idleTimer(3 * MINUTE)],
    ['a running', running(3 * MINUTE, T0)],
    ['an overtime', running(3 * MINUTE, T0 - 10 * MINUTE)],
    ['a paused', paused(2 * MINUTE, MINUTE)],
  ])('v2/rotate restarts %s round timer with the round length', (_label, round) => {
    const start = rotating(round)
    const next = accepted(start, { type: 'v2/rotate', dilemmaId: 'd1' })
    expect(next.timers.round).toEqual(running(3 * MINUTE, NOW))
    expect(next.timers.phase).toBe(start.timers.phase)
  })

  it('uses the session’s round length', () => {
    const start = rotating(idleTimer(3 * MINUTE))
    const longer = { ...start, timerSettings: { ...start.timerSettings, roundMinutes: 7 } }
    const next = accepted(longer, { type: 'v2/rotate', dilemmaId: 'd1' })
    expect(next.timers.round).toEqual(running(7 * MINUTE, NOW))
  })

  it('a refused rotation leaves the round timer alone', () => {
    const start = changeDilemma(rotating(running(3 * MINUTE, T0)), 'd1', (d) => ({
      ...d,
      variant2: { ...d.variant2, principleIds: ['open'] },
    }))
    expectRejected(start, { type: 'v2/rotate', dilemmaId: 'd1' }, 'invalid-state')
  })
})

describe('the phase timer without a current phase', () => {
  const inPhase = (): Session => {
    const base = sessionWith(1)
    const id = base.phases[1]?.id ?? null
    return accepted(base, { type: 'phase/go', id })
  }

  it('stops and empties when the programme leaves every phase', () => {
    const next = accepted(inPhase(), { type: 'phase/go', id: null })
    expect(next.timers.phase).toEqual(idleTimer(0))
  })

  it('stops and empties when the current phase is removed', () => {
    const start = inPhase()
    const next = accepted(start, { type: 'phase/remove', id: start.currentPhaseId ?? '' })
    expect(next.currentPhaseId).toBeNull()
    expect(next.timers.phase).toEqual(idleTimer(0))
  })

  it('keeps running when another phase is removed', () => {
    const start = inPhase()
    const next = accepted(start, { type: 'phase/remove', id: start.phases[4]?.id ?? '' })
    expect(next.timers.phase).toBe(start.timers.phase)
  })
})
