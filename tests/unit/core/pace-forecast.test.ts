import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reduce } from '@core/commands/reducer'
import { isHistoryCommand, parseCommand, type CommandInput } from '@core/commands/schema'
import { createSession } from '@core/session/default-session'
import type { DilemmaStatus, Session } from '@core/session/schema'
import {
  forecastOf,
  MIN_PACE_MS,
  paceForecast,
  roundAdviceOf,
  type ForecastInputs,
  type PaceVerdict,
} from '@core/timers/pace-forecast'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 29, 13, 0, 0)
const at = (minutes: number) => T0 + minutes * MINUTE

/** The casework of the default programme: starts at 30, 60 minutes planned, harvest due at 90. */
const BASE: ForecastInputs = {
  now: at(60),
  caseworkStartedAt: at(30),
  plannedCaseworkMs: 60 * MINUTE,
  discussed: 0,
  inProgress: false,
  queued: 0,
  harvestDueAt: at(90),
  harvestStarted: false,
}

/** Verdict, basis, minutes per dilemma, fits, and when the rest is done (minutes after T0). */
type Expected = [PaceVerdict, 'planned' | 'measured', number, number, number]
type Row = [name: string, given: Partial<ForecastInputs>, expected: Expected]

describe('forecastOf (the pace rule on plain numbers)', () => {
  const rows: Row[] = [
    // 30 minutes over 3 discussed: 10 each; done at 70, 20 minutes before the harvest.
    ['early', { discussed: 3, queued: 1 }, ['early', 'measured', 10, 1, 70]],
    // 30 minutes over 2.5 dilemmas: 12 each; the current needs 6 more; 60 + 6 + 24 = 90.
    ['on time', { discussed: 2, inProgress: true, queued: 2 }, ['on-time', 'measured', 12, 2, 90]],
    [
      'late, 2 of 4',
      { discussed: 2, inProgress: true, queued: 4 },
      ['late', 'measured', 12, 2, 114],
    ],
    // 55 minutes over 1.5: about 36.7 each.
    [
      'late, none',
      { now: at(85), discussed: 1, inProgress: true, queued: 2 },
      ['late', 'measured', 55 / 1.5, 0, 85 + 55 / 3 + 110 / 1.5],
    ],
    [
      'no dilemmas left',
      { now: at(80), discussed: 4, inProgress: true, queued: 0 },
      ['no-dilemmas-left', 'measured', 50 / 4.5, 0, 80 + 25 / 4.5],
    ],
    [
      'no harvest',
      { discussed: 2, queued: 3, harvestDueAt: null },
      ['no-harvest', 'measured', 15, 3, 105],
    ],
    [
      'harvest on',
      { discussed: 2, queued: 3, harvestStarted: true },
      ['harvest-started', 'measured', 15, 3, 105],
    ],
    // Before the first is finished: 60 planned minutes over 6; the first has run 5 of its 10.
    [
      'first, planned',
      { now: at(35), inProgress: true, queued: 5 },
      ['on-time', 'planned', 10, 5, 90],
    ],
    // The first has taken 25 minutes: the rest are expected to take as long; it may end now.
    ['first, long', { now: at(55), inProgress: true, queued: 5 }, ['late', 'planned', 25, 1, 180]],
    // Nothing on the floor yet: one idle minute costs the last of the 4 its place.
    ['idle start', { now: at(31), queued: 4 }, ['late', 'planned', 15, 3, 91]],
  ]

  it.each(rows)('%s', (_name, given, [verdict, basis, paceMinutes, fits, finishAt]) => {
    const forecast = forecastOf({ ...BASE, ...given })
    expect(forecast.verdict).toBe(verdict)
    expect(forecast.basis).toBe(basis)
    expect(forecast.paceMs).toBeCloseTo(paceMinutes * MINUTE, 3)
    expect(forecast.fits).toBe(fits)
    expect(forecast.finishAt).toBeCloseTo(at(finishAt), 3)
  })

  it('says how much time is spare, negative when late, and nothing without a harvest', () => {
    expect(forecastOf({ ...BASE, discussed: 3, queued: 1 }).spareMs).toBe(20 * MINUTE)
    const late = forecastOf({ ...BASE, discussed: 2, inProgress: true, queued: 4 })
    expect(late.spareMs).toBe(-24 * MINUTE)
    expect(forecastOf({ ...BASE, discussed: 2, queued: 3, harvestDueAt: null }).spareMs).toBeNull()
  })

  it('never takes less than a minute per dilemma', () => {
    const forecast = forecastOf({ ...BASE, now: at(30), plannedCaseworkMs: 0, queued: 3 })
    expect(forecast.paceMs).toBe(MIN_PACE_MS)
    expect(forecastOf({ ...BASE, now: at(30), discussed: 2, queued: 1 }).paceMs).toBe(MIN_PACE_MS)
  })

  const inputs = fc.record({
    now: fc.integer({ min: 0, max: 600 }).map(at),
    caseworkStartedAt: fc.integer({ min: 0, max: 600 }).map(at),
    plannedCaseworkMs: fc.integer({ min: 0, max: 240 }).map((m) => m * MINUTE),
    discussed: fc.integer({ min: 0, max: 200 }),
    inProgress: fc.boolean(),
    queued: fc.integer({ min: 0, max: 200 }),
    harvestDueAt: fc.option(fc.integer({ min: 0, max: 600 }).map(at)),
    harvestStarted: fc.boolean(),
  })

  it('fits is a whole number between 0 and the queued count', () => {
    fc.assert(
      fc.property(inputs, (given) => {
        const { fits, queued } = forecastOf(given)
        return Number.isInteger(fits) && fits >= 0 && fits <= queued && queued === given.queued
      }),
    )
  })

  it('is late exactly when some queued dilemma does not fit, and never ends before now', () => {
    fc.assert(
      fc.property(inputs, (given) => {
        const forecast = forecastOf(given)
        const aiming = forecast.harvestDueAt !== null && given.queued > 0
        return (
          (forecast.verdict === 'late') === (aiming && forecast.fits < given.queued) &&
          forecast.finishAt >= given.now &&
          forecast.paceMs >= MIN_PACE_MS
        )
      }),
    )
  })
})

/** A round advice: from this length to that one, and whether that makes the rest fit. */
const advice = (fromMinutes: number, suggestedMinutes: number, makesFit: boolean) => ({
  fromMinutes,
  suggestedMinutes,
  makesFit,
})

describe('roundAdviceOf', () => {
  const base = { overrunMs: 8 * MINUTE, variant2Queued: 2, roundsPerDilemma: 4, roundMinutes: 3 }

  it('cuts whole minutes until the overrun is won back', () => {
    // 2 dilemmas × 4 rounds: each minute cut wins 8 minutes.
    expect(roundAdviceOf(base)).toEqual(advice(3, 2, true))
    expect(roundAdviceOf({ ...base, overrunMs: 8 * MINUTE + 1 })).toEqual(advice(3, 1, true))
  })

  it('stops at the shortest round the timer command accepts', () => {
    expect(roundAdviceOf({ ...base, overrunMs: 60 * MINUTE })).toEqual(advice(3, 1, false))
    expect(roundAdviceOf({ ...base, roundMinutes: 1 })).toEqual(advice(1, 1, false))
  })

  it('has no advice without an overrun or without variant-2 dilemmas waiting', () => {
    expect(roundAdviceOf({ ...base, overrunMs: 0 })).toBeNull()
    expect(roundAdviceOf({ ...base, variant2Queued: 0 })).toBeNull()
  })
})

/** A command through the real reducer, as the host would apply it. */
function apply(session: Session, input: CommandInput): Session {
  const parsed = parseCommand(input)
  if (!parsed.ok || isHistoryCommand(parsed.command)) throw new Error('test command invalid')
  const result = reduce(session, parsed.command, T0)
  if (!result.ok) throw new Error(`test command refused: ${result.error.code}`)
  return result.session
}

/**
 * The default programme (5 + 10 + 15 + 60 + 20 + 10) begun at T0, the casework (ph4) at 30,
 * with dilemmas d… in these statuses; `current` is on the floor.
 */
const STARTS = new Map([
  ['ph1', at(0)],
  ['ph4', at(30)],
])
function casework(statuses: DilemmaStatus[], current: number | null = null): Session {
  let session = createSession(T0)
  for (const [index] of statuses.entries())
    session = apply(session, { type: 'dilemma/add', title: `Dilemma ${index + 1}` })
  return {
    ...session,
    phases: session.phases.map((p) => ({ ...p, startedAt: STARTS.get(p.id) ?? null })),
    currentPhaseId: 'ph4',
    dilemmas: session.dilemmas.map((d, i) => ({ ...d, status: statuses[i] ?? 'queued' })),
    currentDilemmaId: current === null ? null : (session.dilemmas[current]?.id ?? null),
  }
}

describe('paceForecast (the session adapter)', () => {
  it('is null outside a started casework phase', () => {
    const session = casework(['queued'])
    expect(paceForecast({ ...session, currentPhaseId: 'ph3' }, at(40))).toBeNull()
    expect(paceForecast({ ...session, currentPhaseId: null }, at(40))).toBeNull()
    const unstarted = session.phases.map((p) => ({ ...p, startedAt: null }))
    expect(paceForecast({ ...session, phases: unstarted }, at(40))).toBeNull()
  })

  it('plans the harvest after the phases before it, and names what does not fit', () => {
    // d1, d2 discussed; d3 on the floor; d4 skipped; d5–d8 wait.
    const statuses: DilemmaStatus[] = ['discussed', 'discussed', 'queued', 'skipped']
    const session = casework([...statuses, 'queued', 'queued', 'queued', 'queued'], 2)
    const forecast = paceForecast(session, at(60))
    const ids = session.dilemmas.map((d) => d.id)
    expect(forecast).toMatchObject({
      verdict: 'late',
      harvestDueAt: at(90),
      queued: 4,
      fits: 2,
      queuedIds: ids.slice(4),
      leftOverIds: ids.slice(6),
      rounds: null,
    })
  })

  it('says when the harvest has started or is not in the programme', () => {
    const session = casework(['discussed', 'queued'])
    const started = session.phases.map((p) =>
      p.kind === 'harvest' ? { ...p, startedAt: at(50) } : p,
    )
    expect(paceForecast({ ...session, phases: started }, at(60))?.verdict).toBe('harvest-started')
    const without = session.phases.filter((p) => p.kind !== 'harvest')
    expect(paceForecast({ ...session, phases: without }, at(60))?.verdict).toBe('no-harvest')
    // A harvest before the casework is behind us, not ahead.
    const [first, ...rest] = session.phases.filter((p) => p.kind !== 'harvest')
    const harvest = session.phases.find((p) => p.kind === 'harvest')
    if (!first || !harvest) throw new Error('default programme changed')
    const before = [first, harvest, ...rest]
    expect(paceForecast({ ...session, phases: before }, at(60))?.verdict).toBe('no-harvest')
  })

  it('advises shorter rounds when variant-2 dilemmas wait, from a length passed in', () => {
    const session = casework(['discussed', 'discussed', 'queued', 'queued', 'queued'], 2)
    const v2 = {
      ...session,
      dilemmas: session.dilemmas.map((d) => ({ ...d, variant: 'variant2' as const })),
    }
    // Pace 12, current needs 6 more: done at 60 + 6 + 24 = 90 → on time, no advice.
    expect(paceForecast(v2, at(60))?.rounds).toBeNull()
    // At 70: pace 16, the rest ends at 70 + 8 + 32 = 110, 20 minutes late. The discussed ones
    // had one round each: each minute cut wins 2 × 1 minute.
    expect(paceForecast(v2, at(70))?.rounds).toEqual(advice(3, 1, false))
    expect(paceForecast(v2, at(70), { roundMinutes: 30 })?.rounds).toEqual(advice(30, 20, true))
  })
})
