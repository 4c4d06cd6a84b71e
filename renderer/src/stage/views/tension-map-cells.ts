import type { PairKind, Principle } from '@core/session/schema'
import type { TensionMap } from '@core/session/tension-map'

/** How many shades a count can take on the map, above the quiet zero. */
export const LEVELS = 4

/** One cell of the map: a principle against itself, or a pair's count of one kind. */
export type MapCell =
  | { readonly kind: 'self'; readonly principle: Principle }
  | {
      readonly kind: PairKind
      readonly row: Principle
      readonly column: Principle
      readonly count: number
      /** 0 for none, then 1 to LEVELS in proportion to the map's highest count. */
      readonly level: number
    }

export interface MapRow {
  readonly principle: Principle
  readonly cells: readonly MapCell[]
}

/** The shade of a count: any count at all is at least 1, the map's highest count is LEVELS. */
export function levelOf(count: number, most: number): number {
  if (count <= 0 || most <= 0) return 0
  return Math.min(LEVELS, Math.max(1, Math.ceil((count / most) * LEVELS)))
}

/**
 * The map as rows, in deck order: above the diagonal (row before column in the deck) how often a
 * pair pulled against each other, below it how often they met, so each pair shows up once per
 * kind and the two kinds never share a cell.
 */
export function mapRows(map: TensionMap): MapRow[] {
  const pairs = new Map(map.pairs.map((pair) => [`${pair.a.id}+${pair.b.id}`, pair]))
  return map.principles.map((row, i) => ({
    principle: row,
    cells: map.principles.map((column, j): MapCell => {
      if (i === j) return { kind: 'self', principle: row }
      const kind: PairKind = j > i ? 'tension' : 'common'
      const [a, b] = j > i ? [row, column] : [column, row]
      const count = pairs.get(`${a.id}+${b.id}`)?.[kind] ?? 0
      return { kind, row, column, count, level: levelOf(count, map.most) }
    }),
  }))
}
