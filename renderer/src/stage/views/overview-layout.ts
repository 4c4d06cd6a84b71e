/**
 * How the principles overview is laid out on the beamer. Pure and measured in vh (percent of the
 * stage's height: the window, or the presenter's thumbnail of it, where the views use cqh), so it
 * is tested without a browser.
 *
 * - `single`: up to three principles, one wide tile each, name above its one-line text.
 * - `pairs`: up to eight principles, one row each, the name and its one-line text side by side.
 * - `names`: more than eight: no room for the texts at a size the back of the room can read, so
 *   the names alone in two columns, as large as they fit (8vh when at all possible).
 */

export type OverviewLayoutKind = 'single' | 'pairs' | 'names'

/** The grid of the `names` layout; must match the styles of PrinciplesOverviewView. */
export const NAMES_GRID = {
  columns: 2,
  maxFontVh: 8,
  minFontVh: 3.5,
  stepVh: 0.5,
  /** Height of the grid under a heading of two lines, in vh. */
  heightVh: 82,
  rowGapVh: 1.8,
  /** Padding inside a tile, above and below, in vh. */
  tilePadYVh: 1.2,
  /** Padding of the view on each side, between the columns, and inside a tile on each side. */
  pagePadVw: 3,
  columnGapVw: 1.6,
  tilePadVw: 1.6,
  lineHeight: 1.05,
  /** Width of a character in em for a bold (condensed where available) face, generous. */
  charWidthEm: 0.56,
} as const

export function overviewLayoutKind(count: number): OverviewLayoutKind {
  if (count <= 3) return 'single'
  return count <= 8 ? 'pairs' : 'names'
}

/** How many lines `text` takes when wrapped at spaces, or null when a word is too wide. */
function linesOf(text: string, fontVh: number, widthVh: number): number | null {
  const charVh = NAMES_GRID.charWidthEm * fontVh
  const perLine = Math.floor(widthVh / charVh)
  const words = text.trim().split(/\s+/)
  if (perLine < 1 || words.some((word) => word.length > perLine)) return null
  let lines = 1
  let used = 0
  for (const word of words) {
    const needed = used === 0 ? word.length : used + 1 + word.length
    if (needed <= perLine) used = needed
    else {
      lines += 1
      used = word.length
    }
  }
  return lines
}

export interface NamesLayout {
  /** Font size of the names in vh. */
  readonly fontVh: number
  /** How many lines a name may take in its tile at that size. */
  readonly lines: number
}

/**
 * The names in the `names` layout: the largest size (8 down to 3.5vh) at which every name fits
 * its tile without breaking a word, in as many lines as the tile's height allows. A larger text
 * size (`scale` above 1) starts higher; a smaller one never starts below 8vh.
 *
 * @param names the principle names
 * @param aspect width / height of the projector screen
 * @param scale the facilitator's text size, 1 as designed
 */
export function namesLayout(names: readonly string[], aspect = 16 / 9, scale = 1): NamesLayout {
  const g = NAMES_GRID
  const safeAspect = Number.isFinite(aspect) && aspect > 0.5 ? aspect : 16 / 9
  const safeScale = Number.isFinite(scale) && scale > 1 ? scale : 1
  const startVh = Math.round(g.maxFontVh * safeScale * 10) / 10
  const rows = Math.max(1, Math.ceil(names.length / g.columns))
  const pitchVh = (g.heightVh - (rows - 1) * g.rowGapVh) / rows
  const columnVw = (100 - 2 * g.pagePadVw - (g.columns - 1) * g.columnGapVw) / g.columns
  const widthVh = (columnVw - 2 * g.tilePadVw) * safeAspect
  const roomVh = pitchVh - 2 * g.tilePadYVh
  const linesAt = (fontVh: number) => Math.max(1, Math.floor(roomVh / (fontVh * g.lineHeight)))
  for (let size = startVh; size >= g.minFontVh - 1e-9; size -= g.stepVh) {
    const fontVh = Math.round(size * 10) / 10
    const lines = linesAt(fontVh)
    // Even one line must fit the tile's height.
    const fits =
      fontVh * g.lineHeight <= roomVh &&
      names.every((name) => {
        const needed = linesOf(name, fontVh, widthVh)
        return needed !== null && needed <= lines
      })
    if (fits) return { fontVh, lines }
  }
  return { fontVh: g.minFontVh, lines: linesAt(g.minFontVh) }
}
