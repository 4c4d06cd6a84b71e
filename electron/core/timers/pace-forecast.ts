import { LIMITS, timerSettingsSchema, type Dilemma, type Session } from '../session/schema'

const MINUTE = 60_000

/**
 * No dilemma is discussed in under a minute; the floor keeps a casework of 0 planned minutes,
 * or a dilemma marked discussed a moment after the start, from promising endless room.
 */
export const MIN_PACE_MS = MINUTE

/** The shortest round the `timer/settings` command accepts. */
const MIN_ROUND_MINUTES = timerSettingsSchema.shape.roundMinutes.minValue ?? 1

/**
 * Rounds of a variant-2 dilemma when none has been discussed yet: one round per chosen principle,
 * so every speaker has stood on each of the four once.
 */
export const DEFAULT_ROUNDS_PER_DILEMMA = LIMITS.speakers

export type PaceVerdict =
  'early' | 'on-time' | 'late' | 'no-dilemmas-left' | 'no-harvest' | 'harvest-started'

/** Where the time per dilemma comes from: the plan (nothing discussed yet) or the clock. */
export type PaceBasis = 'planned' | 'measured'

/** The plain numbers a forecast is made of; `forecastOf` needs nothing else. */
export interface ForecastInputs {
  readonly now: number
  readonly caseworkStartedAt: number
  readonly plannedCaseworkMs: number
  /** Dilemmas with status 'discussed'. */
  readonly discussed: number
  /** Whether a dilemma is on the floor now. */
  readonly inProgress: boolean
  /** Dilemmas still waiting (status 'queued', not the current one). */
  readonly queued: number
  /** The harvest's planned start; null when no harvest follows the casework. */
  readonly harvestDueAt: number | null
  readonly harvestStarted: boolean
}

export interface Forecast {
  readonly verdict: PaceVerdict
  readonly basis: PaceBasis
  /** The time one dilemma takes at this pace. */
  readonly paceMs: number
  /** What the dilemma on the floor still needs (0 without one). */
  readonly currentRemainingMs: number
  readonly queued: number
  /** How many of the queued dilemmas fit before the harvest is due; 0 ≤ fits ≤ queued. */
  readonly fits: number
  readonly harvestDueAt: number | null
  /** When the current and every queued dilemma are done at this pace: the harvest starts then. */
  readonly finishAt: number
  /** Harvest due minus finishAt: negative when late; null without a harvest to aim for. */
  readonly spareMs: number | null
}

/**
 * The pace rule. Once a dilemma is discussed, the pace is measured: the time since the casework
 * started, divided over the discussed dilemmas plus half of the one on the floor (at a random
 * moment a dilemma is on average half done, and there are no per-dilemma timestamps to do
 * better). Before that, the pace is the plan: the casework's planned minutes shared over all
 * dilemmas in it (discussed, current and queued); the first one is expected to take its share,
 * or as long as it has already taken when that is longer. Late means not every queued dilemma
 * fits; early means there is room for at least one more at this pace.
 */
export function forecastOf(inputs: ForecastInputs): Forecast {
  const { now, discussed, inProgress, queued, harvestDueAt } = inputs
  const elapsed = Math.max(0, now - inputs.caseworkStartedAt)
  const dilemmas = discussed + (inProgress ? 1 : 0) + queued
  const plannedPace = inputs.plannedCaseworkMs / Math.max(1, dilemmas)
  const basis: PaceBasis = discussed > 0 ? 'measured' : 'planned'
  let paceMs: number
  let currentRemainingMs: number
  if (basis === 'measured') {
    paceMs = Math.max(MIN_PACE_MS, elapsed / (discussed + (inProgress ? 0.5 : 0)))
    currentRemainingMs = inProgress ? paceMs / 2 : 0
  } else {
    paceMs = Math.max(MIN_PACE_MS, plannedPace, inProgress ? elapsed : 0)
    currentRemainingMs = inProgress ? Math.max(0, paceMs - elapsed) : 0
  }
  const finishAt = now + currentRemainingMs + queued * paceMs
  const base = { basis, paceMs, currentRemainingMs, queued, finishAt }
  if (inputs.harvestStarted || harvestDueAt === null)
    return {
      ...base,
      verdict: inputs.harvestStarted ? 'harvest-started' : 'no-harvest',
      fits: queued,
      harvestDueAt: null,
      spareMs: null,
    }
  const spareMs = harvestDueAt - finishAt
  // Decided by the spare time, so rounding in the division can never make "late" and "all fit"
  // disagree.
  const room = harvestDueAt - now - currentRemainingMs
  const fits = spareMs >= 0 ? queued : Math.max(0, Math.min(queued - 1, Math.floor(room / paceMs)))
  const verdict: PaceVerdict =
    queued === 0
      ? 'no-dilemmas-left'
      : spareMs < 0
        ? 'late'
        : spareMs >= paceMs
          ? 'early'
          : 'on-time'
  return { ...base, verdict, fits, harvestDueAt, spareMs }
}

/** A shorter variant-2 round length that wins back the overrun, or the shortest there is. */
export interface RoundAdvice {
  readonly fromMinutes: number
  readonly suggestedMinutes: number
  /** False when even the shortest round leaves dilemmas over (or the rounds are that short). */
  readonly makesFit: boolean
}

export interface RoundAdviceInputs {
  readonly overrunMs: number
  /** Queued variant-2 dilemmas: their rounds are the ones a new length shortens. */
  readonly variant2Queued: number
  readonly roundsPerDilemma: number
  readonly roundMinutes: number
}

/**
 * Every minute cut from a round saves one minute per round of every queued variant-2 dilemma.
 * The dilemma on the floor is left out: its rounds are partly over, so the advice stays on the
 * safe side. Null when there is nothing to win back or no round to shorten.
 */
export function roundAdviceOf(inputs: RoundAdviceInputs): RoundAdvice | null {
  const { overrunMs, variant2Queued, roundMinutes } = inputs
  if (overrunMs <= 0 || variant2Queued <= 0) return null
  const perMinuteCut = variant2Queued * Math.max(1, inputs.roundsPerDilemma) * MINUTE
  const cut = Math.ceil(overrunMs / perMinuteCut)
  const wanted = roundMinutes - cut
  return {
    fromMinutes: roundMinutes,
    suggestedMinutes: Math.min(roundMinutes, Math.max(MIN_ROUND_MINUTES, wanted)),
    makesFit: wanted >= MIN_ROUND_MINUTES,
  }
}

export interface PaceForecast extends Forecast {
  /** The queued dilemmas in queue order, and those beyond what fits (the last ones). */
  readonly queuedIds: readonly string[]
  readonly leftOverIds: readonly string[]
  /** Only when late with variant-2 dilemmas waiting. */
  readonly rounds: RoundAdvice | null
}

export interface PaceOptions {
  /**
   * The round length to advise from. A window that has just shortened the rounds passes the
   * length from before: the measured pace still reflects the old rounds, and advising from the
   * new length would cut again and again.
   */
  readonly roundMinutes?: number
}

/** Mean rounds of the discussed variant-2 dilemmas; the default before there is one. */
function roundsPerDilemma(dilemmas: readonly Dilemma[]): number {
  const done = dilemmas.filter((d) => d.status === 'discussed' && d.variant === 'variant2')
  if (done.length === 0) return DEFAULT_ROUNDS_PER_DILEMMA
  return done.reduce((sum, d) => sum + d.variant2.rounds.length, 0) / done.length
}

/** The harvest's planned start: programme start plus the planned minutes of the phases before. */
function harvestPlan(session: Session, caseworkIndex: number) {
  const index = session.phases.findIndex((p, i) => i > caseworkIndex && p.kind === 'harvest')
  const harvest = session.phases[index]
  if (!harvest) return { harvestDueAt: null, harvestStarted: false }
  // The programme start as the session clock takes it (see schedule.ts).
  const starts = session.phases.map((p) => p.startedAt).filter((t): t is number => t !== null)
  const plannedBefore = session.phases
    .slice(0, index)
    .reduce((sum, phase) => sum + phase.plannedMinutes * MINUTE, 0)
  return {
    harvestDueAt: Math.min(...starts) + plannedBefore,
    harvestStarted: harvest.startedAt !== null,
  }
}

/**
 * How many of the queued dilemmas still fit before the harvest, at the pace of the casework so
 * far. Null unless the current phase is a casework phase that has started. The harvest is the
 * first harvest phase after it in the programme.
 */
export function paceForecast(
  session: Session,
  now: number,
  options: PaceOptions = {},
): PaceForecast | null {
  const caseworkIndex = session.phases.findIndex((p) => p.id === session.currentPhaseId)
  const casework = session.phases[caseworkIndex]
  if (casework?.kind !== 'casework' || casework.startedAt === null) return null
  const current = session.currentDilemmaId
  const waiting = session.dilemmas.filter((d) => d.status === 'queued' && d.id !== current)
  const forecast = forecastOf({
    now,
    caseworkStartedAt: casework.startedAt,
    plannedCaseworkMs: casework.plannedMinutes * MINUTE,
    discussed: session.dilemmas.filter((d) => d.status === 'discussed').length,
    inProgress: session.dilemmas.some((d) => d.id === current),
    queued: waiting.length,
    ...harvestPlan(session, caseworkIndex),
  })
  const rounds =
    forecast.verdict === 'late' && forecast.spareMs !== null
      ? roundAdviceOf({
          overrunMs: -forecast.spareMs,
          variant2Queued: waiting.filter((d) => d.variant === 'variant2').length,
          roundsPerDilemma: roundsPerDilemma(session.dilemmas),
          roundMinutes: options.roundMinutes ?? session.timerSettings.roundMinutes,
        })
      : null
  return {
    ...forecast,
    queuedIds: waiting.map((d) => d.id),
    leftOverIds: waiting.slice(forecast.fits).map((d) => d.id),
    rounds,
  }
}
