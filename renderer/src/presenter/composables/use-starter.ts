import { useSessionStore } from '@common/session/session-store'
import { LIMITS, type Starter } from '@core/session/schema'
import { computed } from 'vue'

export type StarterField = keyof Starter

/** The longest text main accepts for each starter field. */
export const STARTER_MAX: Readonly<Record<StarterField, number>> = {
  statement: LIMITS.shortText * 2,
  leftEnd: LIMITS.shortText,
  rightEnd: LIMITS.shortText,
  observation: LIMITS.longText,
}

const EMPTY: Starter = { statement: '', leftEnd: '', rightEnd: '', observation: '' }

/** The line-up: read from the session, every field saved on its own while typing. */
export function useStarter() {
  const store = useSessionStore()
  const starter = computed(() => store.session?.starter ?? EMPTY)

  function edit(field: StarterField, text: string) {
    const change: Partial<Starter> = { [field]: text }
    return store.dispatch({ type: 'starter/edit', ...change })
  }

  return { starter, edit }
}
