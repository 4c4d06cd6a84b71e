import type { Dilemma, PairKind, Principle, Session } from './schema'

/** How often one pair of principles came up over the session's dilemmas, each kind apart. */
export interface PairTally {
  readonly a: Principle
  readonly b: Principle
  readonly tension: number
  readonly common: number
}

/** The harvest's tension map: every pair of the deck, in deck order, with how often it came up. */
export interface TensionMap {
  readonly principles: readonly Principle[]
  /** Every pair (a before b in the deck), also those that never came up. */
  readonly pairs: readonly PairTally[]
  /** In how many dilemmas at least one pair was marked. */
  readonly dilemmas: number
  /** The highest count of either kind: the scale of the map. */
  readonly most: number
}

/** The two ids in the order a pair is stored in (a before b), so each pair has one key. */
export function pairKey(a: string, b: string): { a: string; b: string } {
  return a < b ? { a, b } : { a: b, b: a }
}

const keyOf = (a: string, b: string) => {
  const pair = pairKey(a, b)
  return `${pair.a}+${pair.b}`
}

/** The mark a dilemma gives a pair, in either order; null when it has none. */
export function pairKindOf(dilemma: Dilemma, a: string, b: string): PairKind | null {
  const key = pairKey(a, b)
  return dilemma.pairs.find((pair) => pair.a === key.a && pair.b === key.b)?.kind ?? null
}

export function tensionMap(session: Session): TensionMap {
  const { principles } = session
  const counts = new Map<string, { tension: number; common: number }>()
  for (const dilemma of session.dilemmas)
    for (const pair of dilemma.pairs) {
      const key = keyOf(pair.a, pair.b)
      const count = counts.get(key) ?? { tension: 0, common: 0 }
      counts.set(key, { ...count, [pair.kind]: count[pair.kind] + 1 })
    }
  const pairs: PairTally[] = principles.flatMap((a, i) =>
    principles.slice(i + 1).map((b) => {
      return { a, b, ...(counts.get(keyOf(a.id, b.id)) ?? { tension: 0, common: 0 }) }
    }),
  )
  return {
    principles,
    pairs,
    dilemmas: session.dilemmas.filter((d) => d.pairs.length > 0).length,
    most: Math.max(0, ...pairs.map((pair) => Math.max(pair.tension, pair.common))),
  }
}

/** The pair of two principles in a map, in either order. */
export function pairTallyOf(map: TensionMap, a: string, b: string): PairTally | undefined {
  return map.pairs.find(
    (pair) => (pair.a.id === a && pair.b.id === b) || (pair.a.id === b && pair.b.id === a),
  )
}

/** The pairs that came up, most often first (tension and common ground together), for text. */
export function pairsThatCameUp(map: TensionMap, kind: PairKind): PairTally[] {
  return map.pairs.filter((pair) => pair[kind] > 0).sort((x, y) => y[kind] - x[kind])
}
