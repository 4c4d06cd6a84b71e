import { z } from 'zod'
import {
  idleTimer,
  timerNameSchema,
  timerSettingsSchema,
  type Session,
  type TimerSettings,
} from '../../session/schema'
import { adjustTimer, pauseTimer, resetTimer, startTimer } from '../../timers/timer-math'
import { accept, definedFields, reject, type ReduceResult } from '../helpers'

const MINUTE = 60_000

export const timerCommandSchemas = [
  z.strictObject({ type: z.literal('timer/start'), timer: timerNameSchema }),
  z.strictObject({ type: z.literal('timer/pause'), timer: timerNameSchema }),
  z.strictObject({ type: z.literal('timer/reset'), timer: timerNameSchema }),
  z.strictObject({
    type: z.literal('timer/adjust'),
    timer: timerNameSchema,
    /** Whole minutes, as the +1 / −1 buttons send them. */
    minutes: z.number().int().min(-60).max(60),
  }),
  z.strictObject({
    type: z.literal('timer/start-break'),
    minutes: z.number().int().min(1).max(120),
  }),
  z.strictObject({ type: z.literal('timer/end-break') }),
  z.strictObject({
    type: z.literal('timer/settings'),
    roundMinutes: timerSettingsSchema.shape.roundMinutes.optional(),
    warningMinutes: timerSettingsSchema.shape.warningMinutes.optional(),
    roundSound: timerSettingsSchema.shape.roundSound.optional(),
    pulse: timerSettingsSchema.shape.pulse.optional(),
  }),
] as const

export type TimerCommand = z.output<(typeof timerCommandSchemas)[number]>

/** The phase timer starts afresh, and running, whenever the programme moves to a phase. */
export function withPhaseTimer(state: Session, plannedMinutes: number, now: number): Session {
  return {
    ...state,
    timers: { ...state.timers, phase: startTimer(idleTimer(plannedMinutes * MINUTE), now) },
  }
}

/** Without a current phase there is nothing to count down. */
export function withoutPhaseTimer(state: Session): Session {
  return { ...state, timers: { ...state.timers, phase: idleTimer(0) } }
}

/** The length a timer returns to on reset: the phase's planned minutes, or the round length. */
function plannedDurationMs(state: Session, timer: 'phase' | 'round'): number {
  if (timer === 'round') return state.timerSettings.roundMinutes * MINUTE
  const phase = state.phases.find((p) => p.id === state.currentPhaseId)
  return phase ? phase.plannedMinutes * MINUTE : 0
}

/** A new variant-2 round starts its own countdown. */
export function withNewRound(state: Session, now: number): Session {
  const round = idleTimer(state.timerSettings.roundMinutes * MINUTE)
  return { ...state, timers: { ...state.timers, round: startTimer(round, now) } }
}

export function reduceTimers(state: Session, command: TimerCommand, now: number): ReduceResult {
  const { timers } = state
  const change = (name: 'phase' | 'round', next: (typeof timers)['phase']) => {
    const current = timers[name]
    // Starting a running timer, pausing a paused one: no revision, no empty undo step.
    const same =
      next.durationMs === current.durationMs &&
      next.startedAt === current.startedAt &&
      next.accumulatedMs === current.accumulatedMs
    return accept(same ? state : { ...state, timers: { ...timers, [name]: next } })
  }
  switch (command.type) {
    case 'timer/start':
      return change(command.timer, startTimer(timers[command.timer], now))
    case 'timer/pause':
      return change(command.timer, pauseTimer(timers[command.timer], now))
    case 'timer/reset':
      // Reset undoes +1/−1 too: back to what the programme planned.
      return change(
        command.timer,
        resetTimer(timers[command.timer], plannedDurationMs(state, command.timer)),
      )
    case 'timer/adjust':
      return change(command.timer, adjustTimer(timers[command.timer], command.minutes * MINUTE))
    case 'timer/start-break':
      return accept({
        ...state,
        timers: { ...timers, breakEndsAt: now + command.minutes * MINUTE },
      })
    case 'timer/end-break':
      if (timers.breakEndsAt === null) return reject('invalid-state', 'no break running')
      return accept({ ...state, timers: { ...timers, breakEndsAt: null } })
    case 'timer/settings': {
      const { type, ...changes } = command
      const timerSettings = { ...state.timerSettings, ...definedFields(changes) }
      const unchanged = (Object.keys(timerSettings) as (keyof TimerSettings)[]).every(
        (key) => timerSettings[key] === state.timerSettings[key],
      )
      if (unchanged) return accept(state)
      // A new round length applies to the round timer at once unless a round is under way.
      const round =
        timers.round.startedAt === null && timers.round.accumulatedMs === 0
          ? idleTimer(timerSettings.roundMinutes * MINUTE)
          : timers.round
      return accept({ ...state, timerSettings, timers: { ...timers, round } })
    }
    default:
      return command satisfies never
  }
}
