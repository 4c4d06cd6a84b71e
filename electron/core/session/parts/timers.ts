import { z } from 'zod'
import { epochSchema } from './primitives'
import { TIMER_LIMITS } from './timer-limits'

export { TIMER_LIMITS }

/**
 * A timer is data, never a ticking thing: how long it runs, when it was last started (null
 * while paused or idle) and how much time it had run before that. Every window derives the
 * seconds it shows from this and main's clock.
 */
export const timerStateSchema = z.object({
  durationMs: z.number().int().min(0).max(TIMER_LIMITS.durationMs),
  startedAt: epochSchema.nullable(),
  accumulatedMs: z.number().int().min(0).max(TIMER_LIMITS.accumulatedMs),
})
export type TimerState = z.infer<typeof timerStateSchema>

export const TIMER_NAMES = ['phase', 'round'] as const
export const timerNameSchema = z.enum(TIMER_NAMES)
export type TimerName = z.infer<typeof timerNameSchema>

export const timersSchema = z.object({
  /** Counts down from the current phase's planned minutes. */
  phase: timerStateSchema,
  /** Counts down one variant-2 round. */
  round: timerStateSchema,
  /** While set, the projector says "we continue at …" and counts down to it. */
  breakEndsAt: epochSchema.nullable(),
})
export type Timers = z.infer<typeof timersSchema>

export const timerSettingsSchema = z.object({
  roundMinutes: z.number().int().min(1).max(30),
  /** The last minutes in which a timer shows its warning state. */
  warningMinutes: z.number().int().min(0).max(15),
  /** A soft tone when the round timer runs out; off unless the facilitator wants it. */
  roundSound: z.boolean(),
  /** A gentle pulse of the projector timer in warning and overtime. */
  pulse: z.boolean(),
})
export type TimerSettings = z.infer<typeof timerSettingsSchema>

export const idleTimer = (durationMs: number): TimerState => ({
  durationMs,
  startedAt: null,
  accumulatedMs: 0,
})
