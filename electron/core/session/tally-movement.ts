import type { Dilemma, Principle } from './schema'
import { momentCount } from './selectors'

/** People who went from one principle to another between the two counts. */
export interface Move {
  readonly from: Principle
  readonly to: Principle
  readonly count: number
}

export interface Movement {
  /** Whether both moments were counted: only then is there a movement to tell. */
  readonly counted: boolean
  /** At least this many moved (the counts cannot say more: see tallyMovement). */
  readonly moved: number
  readonly moves: readonly Move[]
  /** Per principle, in deck order: the first count, the count after, and the difference. */
  readonly rows: readonly {
    readonly principle: Principle
    readonly first: number
    readonly after: number
    readonly change: number
  }[]
}

/**
 * The movement between "eerste keuze" and "na het gesprek". The counts are anonymous, so who
 * went where is not known: this is the smallest movement that explains them, those who left a
 * principle paired in deck order with those a principle gained. "At least 3 moved" is true;
 * which three, the room saw.
 */
export function tallyMovement(dilemma: Dilemma, principles: readonly Principle[]): Movement {
  const rows = principles.map((principle) => {
    const first = momentCount(dilemma, 'first', principle.id)
    const after = momentCount(dilemma, 'after', principle.id)
    return { principle, first, after, change: after - first }
  })
  const counted = rows.some((row) => row.first > 0) && rows.some((row) => row.after > 0)
  const losses = rows.filter((row) => row.change < 0).map((row) => ({ ...row, left: -row.change }))
  const gains = rows.filter((row) => row.change > 0).map((row) => ({ ...row, left: row.change }))
  const moves: Move[] = []
  for (const loss of losses)
    for (const gain of gains) {
      const count = Math.min(loss.left, gain.left)
      if (count === 0) continue
      moves.push({ from: loss.principle, to: gain.principle, count })
      loss.left -= count
      gain.left -= count
    }
  const moved = counted ? moves.reduce((sum, move) => sum + move.count, 0) : 0
  return { counted, moved, moves: counted ? moves : [], rows }
}
