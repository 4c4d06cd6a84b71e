import { useSessionStore } from '@common/session/session-store'
import { onScopeDispose, readonly, ref, watch, type Ref } from 'vue'

/**
 * Main's time as a ref that changes exactly when something on screen would change, and not in
 * between. `nextChangeIn(now)` says how many milliseconds until the shown second (or minute)
 * flips, or null when nothing on screen moves; the composable sleeps until then with one
 * timeout. Every new snapshot re-reads the time and plans afresh, so starting, pausing or
 * adjusting a timer shows at once. No IPC per tick: main's time comes from `store.mainNow()`.
 */
export function useMainNow(nextChangeIn: (now: number) => number | null): Readonly<Ref<number>> {
  const store = useSessionStore()
  const now = ref(store.mainNow())
  let handle: ReturnType<typeof setTimeout> | null = null

  function cancel(): void {
    if (handle !== null) clearTimeout(handle)
    handle = null
  }

  function plan(): void {
    cancel()
    const wait = nextChangeIn(now.value)
    if (wait === null) return
    // Whole milliseconds, and never less than one: a timeout that wakes a hair early simply
    // finds the same second on screen and sleeps the small rest.
    handle = setTimeout(tick, Math.max(1, Math.ceil(wait)))
  }

  /** Reads main's time afresh and plans the next tick (cancelling any that is pending). */
  function tick(): void {
    now.value = store.mainNow()
    plan()
  }

  watch(() => store.snapshot, tick)
  onScopeDispose(cancel)
  plan()
  return readonly(now)
}
