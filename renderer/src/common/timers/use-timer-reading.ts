import { useSessionStore } from '@common/session/session-store'
import type { TimerState } from '@core/session/schema'
import { computed, type ComputedRef } from 'vue'
import { nextTimerChange, viewTimer, type TimerView } from './timer-display'
import { useMainNow } from './use-now'

/** The one timer a view shows, if any. */
export type TimerSource = () => TimerState | null

/**
 * One timer as this window shows it now: derived from the state and main's clock, re-rendered
 * exactly when its shown second changes. The warning minutes come from the session's settings.
 */
export function useTimerReading(source: TimerSource): ComputedRef<TimerView | null> {
  const store = useSessionStore()
  const warningMinutes = () => store.session?.timerSettings.warningMinutes ?? 0
  const now = useMainNow((at) => {
    const timer = source()
    return timer === null ? null : nextTimerChange(timer, at)
  })
  return computed(() => {
    const timer = source()
    return timer === null ? null : viewTimer(timer, now.value, warningMinutes())
  })
}
