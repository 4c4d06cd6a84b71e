import { useSessionStore } from '@common/session/session-store'
import { onScopeDispose, readonly, ref, watch, type Ref } from 'vue'

/**
 * A window that is hidden or minimised gets no animation frames; after this long the flip comes
 * from a timeout instead, so a sound or a line that depends on the time still follows it.
 */
export const FRAME_FALLBACK_MS = 100

/**
 * Main's time as a ref that changes exactly when something on screen would change, and not in
 * between. `nextChangeIn(now)` says how many milliseconds until the shown second (or minute)
 * flips, or null when nothing on screen moves. The composable sleeps until that boundary on
 * main's clock with one timeout, then changes the ref in the next animation frame: the new
 * second is drawn with the frame rather than between frames, and every window reading the same
 * clock flips in the same frame. Every new snapshot re-reads the time at once, so starting,
 * pausing or adjusting a timer shows at once. No IPC per tick: main's time is `store.mainNow()`.
 */
export function useMainNow(nextChangeIn: (now: number) => number | null): Readonly<Ref<number>> {
  const store = useSessionStore()
  const now = ref(store.mainNow())
  let timeout: ReturnType<typeof setTimeout> | null = null
  let fallback: ReturnType<typeof setTimeout> | null = null
  let frame: number | null = null
  /** Main's time at which the shown value changes next. */
  let due = Number.POSITIVE_INFINITY

  function cancel(): void {
    if (timeout !== null) clearTimeout(timeout)
    if (fallback !== null) clearTimeout(fallback)
    if (frame !== null) cancelAnimationFrame(frame)
    timeout = fallback = frame = null
  }

  function plan(): void {
    cancel()
    const at = store.mainNow()
    const wait = nextChangeIn(at)
    if (wait === null) return
    due = at + wait
    // Whole milliseconds, and never less than one: a timeout that wakes a hair early finds
    // nothing to change yet and plans the small rest.
    timeout = setTimeout(atBoundary, Math.max(1, Math.ceil(wait)))
  }

  function atBoundary(): void {
    timeout = null
    if (store.mainNow() < due) {
      plan()
      return
    }
    frame = requestAnimationFrame(show)
    fallback = setTimeout(show, FRAME_FALLBACK_MS)
  }

  /** Reads main's time afresh, shows it, and plans the next change (cancelling any pending). */
  function show(): void {
    now.value = store.mainNow()
    plan()
  }

  watch(() => store.snapshot, show)
  onScopeDispose(cancel)
  plan()
  return readonly(now)
}
