/**
 * How the tension map is laid out on the beamer: a table of one row and one column per principle
 * under a heading, a line under it and a legend, as large as the stage allows. Pure and measured
 * in vh (percent of the stage's height, where the view uses cqh), so it is tested without a
 * browser. The view sets every size it returns; nothing here is measured in the page.
 */

export const TENSION_MAP = {
  minFontVh: 3.5,
  stepVh: 0.25,
  /** Padding of the view: above and below in vh, on each side in vw. */
  padYVh: 2.5,
  padXVw: 3,
  /** The heading, the line under it and the legend at text size 1, and the most they grow to. */
  headingVh: 6,
  maxHeadingVh: 6.5,
  sublineVh: 4,
  maxSublineVh: 4.4,
  legendVh: 3.8,
  maxLegendVh: 4.2,
  headingLine: 1.1,
  textLine: 1.25,
  /** Between the heading and its line, and between the header, the legend and the table. */
  headerGapVh: 0.4,
  blockGapVh: 1.4,
  /** The space between two cells (border-spacing), across and down. */
  spacingVh: 0.35,
  /** A few principles do not get rows taller than this, nor cells wider than this many rows. */
  maxRowVh: 13,
  maxCellRows: 1.8,
  /** Cells never narrower than this many rows: the counts come before larger names. */
  minCellRows: 0.9,
  /** The coloured chip with a principle's number: its height at most, and its room in a row. */
  maxChipVh: 6.5,
  chipRoomVh: 0.8,
  chipFontShare: 0.72,
  chipFontVh: 5,
  chipPadVh: 1,
  /** Room beside a chip in its column. */
  chipSideVh: 0.4,
  /** The names and the counts at text size 1. */
  nameVh: 5.5,
  nameLine: 1.1,
  countVh: 6.5,
  /** Height a count keeps free in its cell, and width round its digits. */
  countRoomVh: 1.4,
  countPadVh: 1.2,
  /** Width of a character in em for a bold face (condensed where there is one), generous. */
  charWidthEm: 0.6,
  digitWidthEm: 0.62,
  /** In a row's label: between the chip and the name, and after the name. */
  labelGapVh: 1.2,
  labelPadVh: 1,
  maxNameLines: 3,
} as const

export interface TensionMapLayout {
  readonly headingVh: number
  readonly sublineVh: number
  readonly legendVh: number
  /** Height of a principle's row, and of the row with the numbers on top. */
  readonly rowVh: number
  readonly headRowVh: number
  /** The number chips: height, width (two digits need more) and the size of their number. */
  readonly chipVh: number
  readonly chipWidthVh: number
  readonly chipFontVh: number
  /** Width of the column with the names, of each cell, and of the whole table. */
  readonly labelVh: number
  readonly cellVh: number
  readonly tableVh: number
  readonly nameVh: number
  /** How many lines a name may take (a longer one is clamped, which only a very long name is). */
  readonly nameLines: number
  readonly countVh: number
}

const T = TENSION_MAP
/** Down to a hundredth, so rounded sizes never add up to more than the room. */
const down = (value: number) => Math.floor(value * 100 + 1e-6) / 100
const clampTo = (min: number, value: number, max: number) => Math.min(max, Math.max(min, value))

/** The size of a text at a text size: `base` scaled, never below 3.5vh nor above `max`. */
const scaledText = (base: number, max: number, scale: number) =>
  clampTo(T.minFontVh, base * scale, Math.max(T.minFontVh, max))

/** The fewest characters per line that wrap `name` at spaces into at most `lines` lines. */
function charsPerLine(name: string, lines: number): number {
  const words = name.trim().split(/\s+/)
  const fits = (perLine: number) => {
    let count = 1
    let used = 0
    for (const word of words) {
      const needed = used === 0 ? word.length : used + 1 + word.length
      if (needed <= perLine) used = needed
      else {
        count += 1
        used = word.length
      }
    }
    return count <= lines
  }
  let perLine = Math.max(1, ...words.map((word) => word.length))
  while (!fits(perLine)) perLine += 1
  return perLine
}

const digitsOf = (value: number) => String(Math.max(1, Math.floor(value))).length

/** Row height, number row height and chip height from the height left for the table. */
function rowsOf(tableRoomVh: number, count: number) {
  const spacing = (count + 2) * T.spacingVh
  const withFullChip = (tableRoomVh - spacing - (T.maxChipVh + T.chipRoomVh)) / count
  const row =
    withFullChip - T.chipRoomVh >= T.maxChipVh
      ? Math.min(T.maxRowVh, withFullChip)
      : (tableRoomVh - spacing) / (count + 1)
  const chip = Math.min(T.maxChipVh, row - T.chipRoomVh)
  return { row, chip, headRow: Math.min(row, chip + T.chipRoomVh) }
}

/**
 * The tension map's sizes: rows as tall as the principles allow under the heading (up to 13vh),
 * names as large as fit their column without breaking a word (5.5vh down to 3.5vh, on more lines
 * when a row is tall enough), and the cells sharing the rest of the width (never narrower than a
 * count of `most`'s digits, never wider than 1.8 rows). Every text stays at 3.5vh or more.
 *
 * @param names the principles' names, in deck order
 * @param most the highest count on the map (how many digits a cell must hold)
 * @param aspect width / height of the projector screen
 * @param scale the facilitator's text size, 1 as designed
 */
export function tensionMapLayout(
  names: readonly string[],
  most: number,
  aspect = 16 / 9,
  scale = 1,
): TensionMapLayout {
  const size = Number.isFinite(scale) && scale > 0 ? scale : 1
  const safeAspect = Number.isFinite(aspect) && aspect > 0.5 ? aspect : 16 / 9
  const count = Math.max(1, names.length)
  const headingVh = scaledText(T.headingVh, T.maxHeadingVh, size)
  const sublineVh = scaledText(T.sublineVh, T.maxSublineVh, size)
  const legendVh = scaledText(T.legendVh, T.maxLegendVh, size)
  const header = headingVh * T.headingLine + T.headerGapVh + sublineVh * T.textLine
  const tableRoom =
    100 - 2 * T.padYVh - header - T.blockGapVh - legendVh * T.textLine - T.blockGapVh
  const { row, chip, headRow } = rowsOf(tableRoom, count)

  const chipFontVh = clampTo(
    T.minFontVh,
    Math.min(chip * T.chipFontShare, T.chipFontVh * size),
    Math.max(T.minFontVh, chip),
  )
  const chipWidthVh = Math.max(chip, digitsOf(count) * T.digitWidthEm * chipFontVh + T.chipPadVh)
  const countDigits = digitsOf(most)
  const minCell = Math.max(
    chipWidthVh + T.chipSideVh,
    countDigits * T.digitWidthEm * T.minFontVh + T.countPadVh,
    row * T.minCellRows,
  )
  const maxCell = Math.max(minCell, row * T.maxCellRows)
  const width = safeAspect * 100 * (1 - (2 * T.padXVw) / 100)
  const across = (count + 2) * T.spacingVh
  const labelFor = (nameVh: number, lines: number) =>
    chipWidthVh +
    T.labelGapVh +
    T.labelPadVh +
    Math.max(0, ...names.map((name) => charsPerLine(name, lines))) * T.charWidthEm * nameVh
  const linesAt = (nameVh: number) =>
    clampTo(1, Math.floor((row - T.chipRoomVh) / (nameVh * T.nameLine)), T.maxNameLines)

  const maxName = clampTo(T.minFontVh, T.nameVh * size, (row - T.chipRoomVh) / T.nameLine)
  let nameVh: number = T.minFontVh
  let labelVh = width - across - count * minCell
  for (let vh = maxName; vh >= T.minFontVh - 1e-9; vh -= T.stepVh) {
    const label = labelFor(vh, linesAt(vh))
    if ((width - across - label) / count >= minCell) {
      nameVh = vh
      labelVh = label
      break
    }
  }
  const cellVh = clampTo(minCell, (width - across - labelVh) / count, maxCell)
  const countVh = clampTo(
    T.minFontVh,
    Math.min(row - T.countRoomVh, T.countVh * size),
    Math.max(T.minFontVh, (cellVh - T.countPadVh) / (countDigits * T.digitWidthEm)),
  )
  return {
    headingVh: down(headingVh),
    sublineVh: down(sublineVh),
    legendVh: down(legendVh),
    rowVh: down(row),
    headRowVh: down(headRow),
    chipVh: down(chip),
    chipWidthVh: down(chipWidthVh),
    chipFontVh: down(chipFontVh),
    labelVh: down(labelVh),
    cellVh: down(cellVh),
    tableVh: down(down(labelVh) + count * down(cellVh) + across),
    nameVh: down(nameVh),
    nameLines: linesAt(nameVh),
    countVh: down(countVh),
  }
}
