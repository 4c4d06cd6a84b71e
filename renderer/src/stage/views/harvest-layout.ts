/**
 * How the common threads are laid out on the beamer, like a flip chart: as large as they fit.
 * Pure and measured in vh: percent of the stage's height (the window, or the presenter's thumbnail
 * of it, where the views use cqh), so it is tested without a browser.
 */

export interface FlipChartLayout {
  /** Font size of the threads in vh. */
  readonly fontVh: number
  readonly columns: 1 | 2
  /** How many of the threads fit on the screen; the rest is summed up in one line. */
  readonly shown: number
}

export const FLIP_CHART = {
  maxFontVh: 5.5,
  minFontVh: 3.5,
  stepVh: 0.5,
  /** One column while its letters can be at least this large; then two may be used. */
  twoColumnsBelowVh: 4.5,
  lineHeight: 1.25,
  /** Space between two threads, in em. */
  gapEm: 0.45,
  /** A thread longer than this many lines is clamped with an ellipsis. */
  maxLines: 4,
  /** Average width of a character in em for a sans-serif face (generous on purpose). */
  charWidthEm: 0.52,
  /** Room for the bullet in front of a thread, in em. */
  bulletEm: 1.3,
  /** Height available under the heading, in vh. */
  listHeightVh: 70,
  /** Horizontal padding of the view on each side, in vw. */
  paddingVw: 6,
  /** Space between two columns, in vh. */
  columnGapVh: 6,
  /** The heading's size at text size 1, and the most it grows to with a larger text size. */
  headingVh: 7,
  maxHeadingVh: 9,
} as const

/** The heading's size in vh at a text size; must match the styles of HarvestView. */
export function headingVh(scale = 1): number {
  return Math.min(
    FLIP_CHART.maxHeadingVh,
    Math.max(FLIP_CHART.minFontVh, FLIP_CHART.headingVh * scale),
  )
}

/** Only threads with something in them go on the flip chart. */
export function visibleThreads<T extends { readonly text: string }>(items: readonly T[]): T[] {
  return items.filter((item) => item.text.trim() !== '')
}

/** A thread's length and its longest word, in characters. */
interface ThreadSize {
  readonly length: number
  readonly longestWord: number
}

/**
 * The height in vh of each thread at a font size and column width, or null when a word is wider
 * than the column (it would be broken over two lines).
 */
function threadHeightsVh(threads: readonly ThreadSize[], fontVh: number, columnVh: number) {
  const usable = columnVh - FLIP_CHART.bulletEm * fontVh
  const fitting = Math.floor(usable / (FLIP_CHART.charWidthEm * fontVh))
  if (threads.some((thread) => thread.longestWord > fitting)) return null
  const charsPerLine = Math.max(8, fitting)
  return threads.map(({ length }) => {
    const lines = Math.min(FLIP_CHART.maxLines, Math.max(1, Math.ceil(length / charsPerLine)))
    return lines * fontVh * FLIP_CHART.lineHeight
  })
}

/** Fills the columns one after the other (threads never break); true when all fit. */
function fitsInColumns(heights: readonly number[], gap: number, columns: number, room: number) {
  let column = 1
  let used = 0
  for (const height of heights) {
    const needed = used === 0 ? height : used + gap + height
    if (needed <= room) {
      used = needed
      continue
    }
    column += 1
    used = height
    if (column > columns || height > room) return false
  }
  return true
}

function columnWidthVh(columns: 1 | 2, aspect: number): number {
  const widthVh = aspect * 100 * (1 - (2 * FLIP_CHART.paddingVw) / 100)
  return columns === 1 ? widthVh : (widthVh - FLIP_CHART.columnGapVh) / 2
}

function fits(
  threads: readonly ThreadSize[],
  fontVh: number,
  columns: 1 | 2,
  aspect: number,
  room: number,
) {
  const heights = threadHeightsVh(threads, fontVh, columnWidthVh(columns, aspect))
  return heights !== null && fitsInColumns(heights, fontVh * FLIP_CHART.gapEm, columns, room)
}

const tenth = (value: number) => Math.round(value * 10) / 10

/** The sizes tried, largest first, always ending at the smallest readable size. */
function fontSteps(maxVh: number): number[] {
  const steps: number[] = []
  for (let size = maxVh; size >= FLIP_CHART.minFontVh - 1e-9; size -= FLIP_CHART.stepVh)
    steps.push(tenth(size))
  if (steps.at(-1) !== FLIP_CHART.minFontVh) steps.push(FLIP_CHART.minFontVh)
  return steps
}

/**
 * Like writing on a flip chart: one column in letters as large as fit (5.5 down to 3.5 vh).
 * Once one column would need letters below 4.5 vh, two columns are used when they allow larger
 * letters, up to 4.5 vh. So more or longer threads never make the letters larger. A size (and a
 * number of columns) is only used when every word fits on a line of its column. When even two
 * columns at 3.5 vh are too little: as many as fit plus "and N more".
 *
 * The facilitator's text size (`scale`) multiplies the largest size and the size below which two
 * columns are tried; the smallest size stays 3.5 vh, and every size is still one that fits.
 *
 * @param texts the texts of the threads as typed (empty ones are skipped)
 * @param aspect width / height of the projector screen
 * @param scale the facilitator's text size, 1 as designed
 */
export function flipChartLayout(
  texts: readonly string[],
  aspect = 16 / 9,
  scale = 1,
): FlipChartLayout {
  const size = Number.isFinite(scale) && scale > 0 ? scale : 1
  // A larger heading takes its extra height from the list.
  const room = FLIP_CHART.listHeightVh - (headingVh(size) - FLIP_CHART.headingVh) * 1.1
  const safeAspect = Number.isFinite(aspect) && aspect > 0.5 ? aspect : 16 / 9
  // A word too long for even one column at the smallest size is broken wherever it is shown:
  // it does not rule out any size.
  const minVh = FLIP_CHART.minFontVh
  const widest = Math.floor(
    (columnWidthVh(1, safeAspect) - FLIP_CHART.bulletEm * minVh) / (FLIP_CHART.charWidthEm * minVh),
  )
  const threads: ThreadSize[] = texts
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => ({
      length: text.length,
      longestWord: Math.min(widest, Math.max(...text.split(/\s+/).map((word) => word.length))),
    }))
  const scaled = (vh: number) => Math.max(FLIP_CHART.minFontVh, tenth(vh * size))
  const maxVh = scaled(FLIP_CHART.maxFontVh)
  const twoBelowVh = scaled(FLIP_CHART.twoColumnsBelowVh)
  const largest = (columns: 1 | 2, limitVh: number) =>
    fontSteps(maxVh)
      .filter((fontVh) => fontVh <= limitVh)
      .find((fontVh) => fits(threads, fontVh, columns, safeAspect, room)) ?? 0
  const inOne = largest(1, maxVh)
  if (inOne >= twoBelowVh) return { fontVh: inOne, columns: 1, shown: threads.length }
  const inTwo = threads.length > 1 ? largest(2, twoBelowVh) : 0
  if (inOne > 0 && inOne >= inTwo) return { fontVh: inOne, columns: 1, shown: threads.length }
  if (inTwo > 0) return { fontVh: inTwo, columns: 2, shown: threads.length }
  return overflowLayout(threads, safeAspect, room, scaled(FLIP_CHART.minFontVh))
}

/** Too many threads even at the smallest size: show as many as fit, in 1 or 2 columns. */
function overflowLayout(
  threads: readonly ThreadSize[],
  aspect: number,
  room: number,
  moreVh: number,
) {
  const fontVh = FLIP_CHART.minFontVh
  // Keep one line free for "and N more".
  const reduced = room - moreVh * (FLIP_CHART.lineHeight + FLIP_CHART.gapEm)
  const mostThatFit = (columns: 1 | 2) => {
    let shown = threads.length - 1
    while (shown > 0 && !fits(threads.slice(0, shown), fontVh, columns, aspect, reduced)) shown -= 1
    return shown
  }
  const inOne = mostThatFit(1)
  const inTwo = mostThatFit(2)
  return inTwo > inOne
    ? { fontVh, columns: 2 as const, shown: inTwo }
    : { fontVh, columns: 1 as const, shown: inOne }
}
