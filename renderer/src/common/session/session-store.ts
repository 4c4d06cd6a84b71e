import type { CommandErrorCode, CommandInput } from '@core/commands/schema'
import type { DispatchResult } from '@core/host/session-host'
import type { WindowSnapshot } from '@core/session/schema'
import type { PresenterApi, ProjectorApi } from '@contract'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { MainClock } from './main-clock'

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

  const mainClock = new MainClock()

  function accept(next: WindowSnapshot): void {
    mainClock.observe(next)
    // A push and the initial read can cross; the higher revision always wins.
    if (snapshot.value === null || next.revision > snapshot.value.revision) snapshot.value = next
  }

  /** Main's time now, as every window derives its timers from it. */
  function mainNow(): number {
    return mainClock.now()
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
