import { watch } from 'vue'
import type { useSessionStore } from './session-store'

/**
 * Resolves once the store holds the snapshot of `revision` (or a later one); after `timeoutMs`
 * at the latest, so a lost push never blocks what waits for it.
 */
export function untilRevision(
  store: ReturnType<typeof useSessionStore>,
  revision: number,
  timeoutMs = 2000,
): Promise<void> {
  if (store.revision >= revision) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      stop()
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    const stop = watch(
      () => store.revision,
      (current) => {
        if (current >= revision) done()
      },
    )
  })
}
