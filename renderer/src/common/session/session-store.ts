import type { CommandErrorCode, CommandInput } from '@core/commands/schema'
import type { DispatchResult } from '@core/host/session-host'
import type { WindowSnapshot } from '@core/session/schema'
import type { PresenterApi, ProjectorApi } from '@contract'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

export type DispatchFailure = CommandErrorCode | 'unexpected'

/**
 * A read-only mirror of the session the main process holds. Windows never change it
 * themselves: they dispatch a command and wait for the next snapshot.
 */
export const useSessionStore = defineStore('session', () => {
  const snapshot = shallowRef<WindowSnapshot | null>(null)
  const lastFailure = ref<DispatchFailure | null>(null)
  let api: ProjectorApi | PresenterApi | null = null

  const session = computed(() => snapshot.value?.session ?? null)
  const revision = computed(() => snapshot.value?.revision ?? -1)
  const history = computed(() => snapshot.value?.history ?? { canUndo: false, canRedo: false })

  /**
   * main's clock minus this window's monotonic clock. A snapshot arrives some time after it was
   * stamped, so each arrival underestimates the offset by its delivery time: the largest value
   * seen is the best estimate, and both windows converge on the same second.
   */
  let clockOffset = Number.NEGATIVE_INFINITY

  function accept(next: WindowSnapshot): void {
    clockOffset = Math.max(clockOffset, next.clock - performance.now())
    // A push and the initial read can cross; the higher revision always wins.
    if (snapshot.value === null || next.revision > snapshot.value.revision) snapshot.value = next
  }

  /** Main's time now, as every window derives its timers from it. */
  function mainNow(): number {
    return performance.now() + (Number.isFinite(clockOffset) ? clockOffset : 0)
  }

  async function connect(windowApi: ProjectorApi | PresenterApi): Promise<() => void> {
    api = windowApi
    const unsubscribe = windowApi.onSnapshot(accept)
    accept(await windowApi.getSnapshot())
    return unsubscribe
  }

  async function dispatch(command: CommandInput): Promise<DispatchResult | null> {
    if (api === null || !('dispatch' in api)) throw new Error('This window cannot send commands')
    try {
      const result = await api.dispatch(command)
      lastFailure.value = result.ok ? null : result.error.code
      return result
    } catch {
      lastFailure.value = 'unexpected'
      return null
    }
  }

  function clearFailure(): void {
    lastFailure.value = null
  }

  function reportFailure(failure: DispatchFailure): void {
    lastFailure.value = failure
  }

  return {
    snapshot,
    session,
    revision,
    history,
    lastFailure,
    connect,
    dispatch,
    clearFailure,
    reportFailure,
    accept,
    mainNow,
  }
})
