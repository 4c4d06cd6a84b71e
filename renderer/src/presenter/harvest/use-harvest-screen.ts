import { useSessionStore } from '@common/session/session-store'
import { HARVEST_SCREENS, type HarvestScreen, type PairKind } from '@core/session/schema'
import { currentPhase } from '@core/session/selectors'
import { pairsThatCameUp, tensionMap, type PairTally } from '@core/session/tension-map'
import { computed } from 'vue'

/** The pairs that came up most often as one kind; ties share the top, a few at most. */
export interface TopPairs {
  readonly kind: PairKind
  readonly pairs: readonly PairTally[]
  readonly count: number
}

const MOST_TIED = 3

function topPairs(pairs: readonly PairTally[], kind: PairKind): TopPairs | null {
  const count = pairs[0]?.[kind] ?? 0
  if (count === 0) return null
  return { kind, count, pairs: pairs.filter((pair) => pair[kind] === count).slice(0, MOST_TIED) }
}

/** What the beamer shows in the harvest (threads or tension map) and the map in brief. */
export function useHarvestScreen() {
  const store = useSessionStore()
  const screen = computed<HarvestScreen>(() => store.session?.projector.harvestScreen ?? 'threads')
  /** The choice only reaches the beamer in the harvest phase. */
  const inHarvest = computed(() =>
    store.session ? currentPhase(store.session)?.kind === 'harvest' : false,
  )
  const map = computed(() => (store.session ? tensionMap(store.session) : null))
  const most = computed<TopPairs[]>(() => {
    const current = map.value
    if (!current) return []
    return (['tension', 'common'] as const).flatMap(
      (kind) => topPairs(pairsThatCameUp(current, kind), kind) ?? [],
    )
  })

  function show(next: HarvestScreen): void {
    // The same screen again would only add an undo step.
    if (next !== screen.value)
      void store.dispatch({ type: 'projector/harvest-screen', screen: next })
  }

  return {
    screens: HARVEST_SCREENS,
    screen,
    inHarvest,
    dilemmas: computed(() => map.value?.dilemmas ?? 0),
    most,
    show,
  }
}
