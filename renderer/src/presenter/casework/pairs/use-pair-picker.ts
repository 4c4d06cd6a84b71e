import { useSessionStore } from '@common/session/session-store'
import type { Dilemma, PairKind, Principle } from '@core/session/schema'
import { pairKindOf } from '@core/session/tension-map'
import { computed, ref, watch } from 'vue'

/** A principle to pick from; in variant 2 the four on the floor are the likely ones. */
export interface PickablePrinciple {
  readonly principle: Principle
  readonly onFloor: boolean
}

/** A pair this dilemma has marked, with its principles looked up in the deck. */
export interface MarkedPair {
  readonly key: string
  readonly a: Principle
  readonly b: Principle
  readonly kind: PairKind
}

export const otherKind = (kind: PairKind): PairKind => (kind === 'tension' ? 'common' : 'tension')

/**
 * The tension pairs of one dilemma: pick two principles, then mark them as tension or common
 * ground. The pick is local to this window; only a finished mark goes to main.
 */
export function usePairPicker(dilemma: () => Dilemma) {
  const store = useSessionStore()
  const deck = computed(() => store.session?.principles ?? [])
  const byId = computed(() => new Map(deck.value.map((p) => [p.id, p])))

  const pickable = computed<PickablePrinciple[]>(() => {
    const current = dilemma()
    const floor = new Set(current.variant === 'variant2' ? current.variant2.principleIds : [])
    const mark = (principle: Principle) => ({ principle, onFloor: floor.has(principle.id) })
    // Floor first, both parts in deck order, so the chips keep their places between dilemmas.
    return [
      ...deck.value.filter((p) => floor.has(p.id)).map(mark),
      ...deck.value.filter((p) => !floor.has(p.id)).map(mark),
    ]
  })

  const picked = ref<string[]>([])
  // A principle taken out of the deck meanwhile is no longer picked.
  const selection = computed(() => picked.value.filter((id) => byId.value.has(id)))
  const first = computed(() => byId.value.get(selection.value[0] ?? '') ?? null)
  const second = computed(() => byId.value.get(selection.value[1] ?? '') ?? null)
  watch(
    () => dilemma().id,
    () => (picked.value = []),
  )

  /** The mark the picked pair has now, or null (also while fewer than two are picked). */
  const pickedKind = computed<PairKind | null>(() =>
    first.value && second.value ? pairKindOf(dilemma(), first.value.id, second.value.id) : null,
  )

  /** The mark the first picked principle already has with this one, to show on its chip. */
  const kindWithFirst = (id: string): PairKind | null =>
    first.value && first.value.id !== id ? pairKindOf(dilemma(), first.value.id, id) : null

  const marked = computed<MarkedPair[]>(() => {
    const order = new Map(deck.value.map((p, index) => [p.id, index]))
    const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER
    return dilemma()
      .pairs.flatMap((pair) => {
        const a = byId.value.get(pair.a)
        const b = byId.value.get(pair.b)
        if (!a || !b) return []
        // Shown in deck order, as on the beamer's map.
        const [x, y] = rank(a.id) <= rank(b.id) ? [a, b] : [b, a]
        return [{ key: `${pair.a}+${pair.b}`, a: x, b: y, kind: pair.kind }]
      })
      .sort((p, q) => rank(p.a.id) - rank(q.a.id) || rank(p.b.id) - rank(q.b.id))
  })

  /** Picks or unpicks; a third pick replaces the second, so one principle meets several. */
  function toggle(id: string): void {
    const current = selection.value
    if (current.includes(id)) picked.value = current.filter((other) => other !== id)
    else if (current.length < 2) picked.value = [...current, id]
    else picked.value = [current[0] ?? id, id]
  }

  function send(a: string, b: string, kind: PairKind | null): void {
    void store.dispatch({ type: 'pair/mark', dilemmaId: dilemma().id, a, b, kind })
  }

  /** Marks the picked pair and starts a fresh pick; false when two are not picked yet. */
  function markPicked(kind: PairKind): boolean {
    if (!first.value || !second.value) return false
    if (pickedKind.value !== kind) send(first.value.id, second.value.id, kind)
    picked.value = []
    return true
  }

  return {
    pickable,
    selection,
    first,
    second,
    pickedKind,
    kindWithFirst,
    marked,
    toggle,
    markPicked,
    toggleKind: (pair: MarkedPair) => send(pair.a.id, pair.b.id, otherKind(pair.kind)),
    remove: (pair: MarkedPair) => send(pair.a.id, pair.b.id, null),
  }
}
