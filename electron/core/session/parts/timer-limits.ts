// Plain numbers in a module without schemas: the windows' timer maths reads them without zod.
const HOUR = 60 * 60 * 1000

/** What a stored timer may hold; the timer commands clamp to these, so a session always loads. */
export const TIMER_LIMITS = {
  /** How long a timer may be set to run (+1 min pressed often enough stops here). */
  durationMs: 24 * HOUR,
  /** How much run time a paused timer keeps (one started days before and paused now). */
  accumulatedMs: 48 * HOUR,
} as const
