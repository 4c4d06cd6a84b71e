import { useSessionStore } from '@common/session/session-store'
import { useMainNow } from '@common/timers/use-now'
import { scheduleStatus } from '@core/timers/schedule'
import { computed } from 'vue'

const MINUTE = 60_000

export type ScheduleStanding = 'behind' | 'ahead' | 'on-time'

export interface SessionClockView {
  readonly started: boolean
  readonly elapsedMinutes: number
  readonly plannedMinutes: number
  readonly standing: ScheduleStanding
  /** How many whole minutes behind or ahead; 0 when on schedule. */
  readonly offMinutes: number
}

/** Whole minutes behind (positive) or ahead (negative), counted toward zero. */
export function scheduleMinutes(behindMs: number): number {
  return Math.trunc(behindMs / MINUTE) || 0
}

/**
 * The session clock of the top bar: minutes since the programme began against the planned
 * length, and whether we are behind or ahead of the programme. It changes at most once a minute,
 * so it re-renders when the elapsed minute flips (behind-time grows in step with it).
 */
export function useSessionClock() {
  const store = useSessionStore()
  const now = useMainNow((at) => {
    const status = store.session ? scheduleStatus(store.session, at) : null
    return status === null ? null : MINUTE - (status.elapsedMs % MINUTE)
  })

  return computed<SessionClockView>(() => {
    const session = store.session
    const plannedMinutes = session?.setup.plannedMinutes ?? 0
    const status = session ? scheduleStatus(session, now.value) : null
    if (status === null)
      return {
        started: false,
        elapsedMinutes: 0,
        plannedMinutes,
        standing: 'on-time',
        offMinutes: 0,
      }
    const off = scheduleMinutes(status.behindMs)
    return {
      started: true,
      elapsedMinutes: Math.floor(status.elapsedMs / MINUTE),
      plannedMinutes,
      standing: off > 0 ? 'behind' : off < 0 ? 'ahead' : 'on-time',
      offMinutes: Math.abs(off),
    }
  })
}
