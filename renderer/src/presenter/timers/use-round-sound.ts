import { useSessionStore } from '@common/session/session-store'
import { elapsedMs } from '@core/timers/timer-math'
import { onScopeDispose, watch } from 'vue'
import { createSoftTone, type SoftTone } from './soft-tone'

/**
 * Plays the soft tone once when the round timer runs out, if the facilitator switched the sound
 * on. Call it once in the presenter's root: it plans one timeout for the moment the running
 * round reaches zero and plans again on every snapshot (pause, +1 min, rotate, sound off).
 * A presenter opened after the round ran out stays silent; the projector never plays it.
 */
export function useRoundSound(tone: SoftTone = createSoftTone()): void {
  const store = useSessionStore()
  let handle: ReturnType<typeof setTimeout> | null = null

  function cancel(): void {
    if (handle !== null) clearTimeout(handle)
    handle = null
  }

  /** Time left in the running round with the sound on, or null when there is nothing to play. */
  function remaining(): number | null {
    const session = store.session
    if (!session?.timerSettings.roundSound) return null
    const round = session.timers.round
    if (round.startedAt === null) return null
    return round.durationMs - elapsedMs(round, store.mainNow())
  }

  function plan(): void {
    // A snapshot that lands between zero and a late timeout must not swallow the tone.
    const due = handle !== null
    cancel()
    const left = remaining()
    if (left === null) return
    if (left <= 0) {
      if (due) tone.play()
      return
    }
    handle = setTimeout(arrive, Math.max(1, Math.ceil(left)))
  }

  function arrive(): void {
    handle = null
    const left = remaining()
    if (left === null) return
    if (left > 0) plan()
    else tone.play()
  }

  watch(() => store.snapshot, plan, { immediate: true })
  onScopeDispose(() => {
    cancel()
    tone.dispose()
  })
}
