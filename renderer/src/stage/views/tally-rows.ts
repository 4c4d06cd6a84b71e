import type { TallyBar } from '@core/session/projector-screen'

/**
 * Which principles get a row of their own on the tally. Up to ten, every one (a zero is news
 * too) with its name at 8% of the screen's height or more. Eleven or twelve rows cannot hold
 * names that large on a 4:3 beamer, so then only the principles people stand at get a row, and
 * the rest are named together in one line under them, as long as at most eight have people;
 * beyond that every principle keeps its row, smaller.
 */
export const EVERY_ROW_UP_TO = 10
export const STANDING_ROWS_UP_TO = 8

export interface TallyRows {
  readonly rows: readonly TallyBar[]
  /** The principles nobody stands at, named in one line; empty when every one has a row. */
  readonly unpicked: readonly TallyBar[]
}

export function tallyRows(bars: readonly TallyBar[]): TallyRows {
  if (bars.length <= EVERY_ROW_UP_TO) return { rows: bars, unpicked: [] }
  const standing = bars.filter((bar) => bar.count > 0)
  if (standing.length > STANDING_ROWS_UP_TO) return { rows: bars, unpicked: [] }
  return { rows: standing, unpicked: bars.filter((bar) => bar.count === 0) }
}
