/**
 * What fits one A4 page: the first or latest items of each list, the rest counted. The app's own
 * screen shows everything; the summary is the page a team pins up.
 */
export const SUMMARY_LIMITS = {
  /** As many as one deck holds; more come from decks with other names. */
  principles: 12,
  pairs: 6,
  skipped: 4,
  /** Characters of one rode draad or follow-up; the whole text is in the app. */
  text: 120,
  /** The newest items whose estimated lines fit their half of the page. */
  threads: { items: 8, lines: 8, charactersPerLine: 55 },
  followUps: { items: 10, lines: 7, charactersPerLine: 34 },
} as const

export interface SummaryList<T> {
  readonly items: readonly T[]
  /** "En nog 4 … in de app." when items were left out, else null. */
  readonly more: string | null
}

/** A long text cut between characters, with an ellipsis, so one text cannot push the page over. */
export function shortened(text: string, limit: number = SUMMARY_LIMITS.text): string {
  const characters = Array.from(text)
  if (characters.length <= limit) return text
  return `${characters
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`
}

export function firstItems<T, U>(
  items: readonly T[],
  limit: number,
  more: (count: number) => string,
  map: (item: T) => U,
): SummaryList<U> {
  const left = Math.max(0, items.length - limit)
  return { items: items.slice(0, limit).map(map), more: left > 0 ? more(left) : null }
}

export interface Room {
  readonly items: number
  readonly lines: number
  readonly charactersPerLine: number
}

/** The newest items (in time order) that fit the room, judged by the length of their text. */
export function latestFitting<T, U>(
  items: readonly T[],
  room: Room,
  textOf: (item: U) => string,
  more: (count: number) => string,
  map: (item: T) => U,
): SummaryList<U> {
  const kept: U[] = []
  let lines = 0
  for (let index = items.length - 1; index >= 0 && kept.length < room.items; index--) {
    const item = items[index]
    if (item === undefined) continue
    const mapped = map(item)
    const needed = Math.max(
      1,
      Math.ceil(Array.from(textOf(mapped)).length / room.charactersPerLine),
    )
    // The newest item always shows, however long: a page with none would say less.
    if (kept.length > 0 && lines + needed > room.lines) break
    kept.unshift(mapped)
    lines += needed
  }
  const left = items.length - kept.length
  return { items: kept, more: left > 0 ? more(left) : null }
}

/** More lines for a column when the tables above it left rows free (a row is about a line). */
export function withSpare(room: Room, spareRows: number): Room {
  return { ...room, lines: room.lines + Math.max(0, spareRows) }
}
