import { useSessionStore } from '@common/session/session-store'
import type { FollowUpState } from '@core/session/schema'
import { currentPhase } from '@core/session/selectors'
import { computed } from 'vue'

/** Every follow-up starts 'open'; a mark given by mistake is taken back by choosing it again. */
export const MARKS = [
  'open',
  'done',
  'in-progress',
  'dropped',
] as const satisfies readonly FollowUpState[]

/** "Terugblik": the previous session's follow-ups, how each stands, and the list on the beamer. */
export function useLookBack() {
  const store = useSessionStore()
  const lookBack = computed(() => store.session?.lookBack ?? null)
  const items = computed(() => lookBack.value?.followUps ?? [])
  const shown = computed(() => lookBack.value?.shown ?? false)
  /** The beamer only shows the list before and during the welcome (see projectorScreen). */
  const inWelcome = computed(() => {
    const phase = store.session ? currentPhase(store.session) : null
    return phase === null || phase.kind === 'welcome'
  })

  function mark(id: string, state: FollowUpState): void {
    // The state it already has would only add an undo step.
    if (items.value.find((item) => item.id === id)?.state === state) return
    void store.dispatch({ type: 'lookback/set-state', id, state })
  }

  function show(next: boolean): void {
    if (next !== shown.value) void store.dispatch({ type: 'lookback/show', shown: next })
  }

  return { from: computed(() => lookBack.value?.from ?? null), items, shown, inWelcome, mark, show }
}
