/**
 * How a round's tops and tips are laid out on the beamer: two columns side by side, the text in
 * both at one size, as large as the longer one allows. Pure and measured in vh (percent of the
 * stage's height, where the view uses cqh), so it is tested without a browser; the view checks
 * the result against the page and only ever steps down from it.
 */

export const ROUND_NOTES = {
  maxFontVh: 5.5,
  minFontVh: 3.5,
  stepVh: 0.25,
  lineHeight: 1.3,
  /** Average width of a character in em for a sans-serif face (generous on purpose). */
  charWidthEm: 0.52,
  /** Padding of the view: above and below in vh, on each side in vw; between the columns in vw. */
  padYVh: 3,
  padXVw: 4,
  columnGapVw: 3,
  /** Inside a column: padding on each side and above and below. */
  columnPadVh: 2.2,
  /** The heading, the dilemma's title (two lines at most) and a column's heading: size and line. */
  headingVh: 6,
  maxHeadingVh: 6.5,
  headingLine: 1.1,
  titleVh: 4,
  maxTitleVh: 4.4,
  titleLine: 1.25,
  titleLines: 2,
  columnHeadingVh: 5,
  maxColumnHeadingVh: 5.5,
  columnHeadingLine: 1.15,
  /** Between the heading and the title, under the title, and under a column's heading. */
  titleGapVh: 0.6,
  headerGapVh: 2.5,
  columnHeadingGapVh: 1,
} as const

export interface RoundNotesLayout {
  readonly headingVh: number
  readonly titleVh: number
  readonly columnHeadingVh: number
  /** The size of the tops and the tips. */
  readonly fontVh: number
  /** How many lines a column holds at that size: more is clamped with an ellipsis. */
  readonly lines: number
}

const R = ROUND_NOTES
const round = (value: number) => Math.round(value * 100) / 100
const scaledText = (base: number, max: number, scale: number) =>
  Math.min(max, Math.max(R.minFontVh, base * scale))

/** The lines `text` takes when wrapped at spaces, `perLine` characters wide; a newline is kept. */
export function wrappedLines(text: string, perLine: number): number {
  const width = Math.max(1, perLine)
  return text.split('\n').reduce((total, paragraph) => {
    let lines = 1
    let used = 0
    for (const word of paragraph.trim().split(/\s+/).filter(Boolean)) {
      // A word wider than the line is broken over as many lines as it needs.
      const length = word.length
      const needed = used === 0 ? length : used + 1 + length
      if (needed <= width) used = needed
      else if (used === 0) {
        lines += Math.ceil(length / width) - 1
        used = length % width || width
      } else {
        lines += Math.ceil(length / width)
        used = length % width || width
      }
    }
    return total + lines
  }, 0)
}

/**
 * Tops and tips as large as both fit their column: 5.5vh down to 3.5vh (the facilitator's text
 * size scales the largest), keeping the lines as typed. When even 3.5vh is too large, the text
 * stays at 3.5vh and is clamped to the lines the column holds.
 *
 * @param texts the tops and the tips as typed (empty ones take no room)
 * @param aspect width / height of the projector screen
 * @param scale the facilitator's text size, 1 as designed
 */
export function roundNotesLayout(
  texts: readonly string[],
  aspect = 16 / 9,
  scale = 1,
): RoundNotesLayout {
  const size = Number.isFinite(scale) && scale > 0 ? scale : 1
  const safeAspect = Number.isFinite(aspect) && aspect > 0.5 ? aspect : 16 / 9
  const headingVh = scaledText(R.headingVh, R.maxHeadingVh, size)
  const titleVh = scaledText(R.titleVh, R.maxTitleVh, size)
  const columnHeadingVh = scaledText(R.columnHeadingVh, R.maxColumnHeadingVh, size)
  const room =
    100 -
    2 * R.padYVh -
    headingVh * R.headingLine -
    R.titleGapVh -
    R.titleLines * titleVh * R.titleLine -
    R.headerGapVh -
    2 * R.columnPadVh -
    columnHeadingVh * R.columnHeadingLine -
    R.columnHeadingGapVh
  const widthVh = safeAspect * 100
  const columnVh = (widthVh * (1 - (2 * R.padXVw + R.columnGapVw) / 100)) / 2 - 2 * R.columnPadVh
  const written = texts.map((text) => text.trim()).filter((text) => text !== '')
  const linesAt = (fontVh: number) => Math.max(1, Math.floor(room / (fontVh * R.lineHeight)))
  const fits = (fontVh: number) => {
    const perLine = Math.floor(columnVh / (R.charWidthEm * fontVh))
    return written.every((text) => wrappedLines(text, perLine) <= linesAt(fontVh))
  }
  const maxVh = Math.max(R.minFontVh, R.maxFontVh * size)
  let fontVh: number = R.minFontVh
  for (let vh = maxVh; vh >= R.minFontVh - 1e-9; vh -= R.stepVh)
    if (fits(vh)) {
      fontVh = vh
      break
    }
  return {
    headingVh: round(headingVh),
    titleVh: round(titleVh),
    columnHeadingVh: round(columnHeadingVh),
    fontVh: round(fontVh),
    lines: linesAt(fontVh),
  }
}
