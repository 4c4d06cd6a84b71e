import { useSessionStore } from '@common/session/session-store'
import { computed, ref } from 'vue'

export type SessionAction = 'new' | 'template'

const COMMANDS = { new: 'setup/new-session', template: 'setup/from-template' } as const

/**
 * "Nieuwe sessie" and "Als sjabloon": each needs a second click. After it worked, a short
 * message says how to go back, until the session changes again.
 */
export function useSessionActions() {
  const store = useSessionStore()
  const confirming = ref<SessionAction | null>(null)
  const done = ref<{ action: SessionAction; revision: number } | null>(null)
  const doneAction = computed(() =>
    done.value !== null && done.value.revision === store.revision ? done.value.action : null,
  )

  async function press(action: SessionAction): Promise<void> {
    if (confirming.value !== action) {
      confirming.value = action
      return
    }
    confirming.value = null
    const result = await store.dispatch({ type: COMMANDS[action] })
    done.value = result?.ok === true ? { action, revision: result.revision } : null
  }

  function cancel(action: SessionAction): void {
    if (confirming.value === action) confirming.value = null
  }

  return { confirming, doneAction, press, cancel }
}
