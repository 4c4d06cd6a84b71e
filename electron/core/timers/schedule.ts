import type { Session } from '../session/schema'

export interface ScheduleStatus {
  /** Since the programme started (first phase start) until now, or until it was finished. */
  readonly elapsedMs: number
  readonly plannedMs: number
  /** Positive when behind the programme's planned minutes, negative when ahead. */
  readonly behindMs: number
}

const MINUTE = 60_000

/**
 * The session clock: how long the session has run against its planned length, and whether it
 * is ahead of or behind the programme. The plan says phase i starts after the planned minutes
 * of the phases before it; time spent in the current phase counts as on plan until its own
 * planned minutes run out. Null before the programme starts.
 */
export function scheduleStatus(session: Session, now: number): ScheduleStatus | null {
  const starts = session.phases.map((p) => p.startedAt).filter((t): t is number => t !== null)
  if (starts.length === 0) return null
  const start = Math.min(...starts)
  const index = session.phases.findIndex((p) => p.id === session.currentPhaseId)
  const current = session.phases[index]
  const end = current?.endedAt ?? now
  const elapsed = Math.max(0, end - start)
  const plannedBefore = session.phases
    .slice(0, Math.max(0, index))
    .reduce((sum, phase) => sum + phase.plannedMinutes * MINUTE, 0)
  const inPhase = current?.startedAt == null ? 0 : Math.max(0, end - current.startedAt)
  const plannedSoFar = plannedBefore + Math.min(inPhase, (current?.plannedMinutes ?? 0) * MINUTE)
  return {
    elapsedMs: elapsed,
    plannedMs: session.setup.plannedMinutes * MINUTE,
    behindMs: elapsed - plannedSoFar,
  }
}
