import { escapeHtml as e } from './html-escape'
import type { PairCount, TensionMapReport } from './report-model-types'

/**
 * The two kinds' colours: told apart without red against green, and by place as well. The deck's
 * own colours stand only small on the diagonal, so they are not taken for a kind.
 */
export const TENSION_COLOR = '#c2410c'
export const COMMON_COLOR = '#0f6e8c'
const TRACK = '#eef1f4'
const SWATCH = 14
const OUTLINE = '#1b1b1b'
const INK = '#1b1b1b'

const CELL = 36
const GAP = 2
const FONT = 12
/** A generous average letter width at FONT, for room around names the SVG cannot measure. */
const LETTER = 7
/** Longer names are cut short on the map; the text beside it has them whole. */
const NAME_MAX = 24

const short = (name: string) =>
  [...name].length <= NAME_MAX ? name : `${[...name].slice(0, NAME_MAX - 1).join('')}…`

/** A cell's count, its kind's colour as strong as its share of the highest count. */
function countCell(x: number, y: number, count: number, most: number, color: string): string {
  if (count === 0)
    return `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${TRACK}"/>`
  const strength = most === 0 ? 1 : count / most
  const opacity = Math.round((0.2 + 0.8 * strength) * 100) / 100
  // White only on a strong fill; on a light one the dark ink reads better.
  const ink = opacity >= 0.85 ? '#ffffff' : INK
  return (
    `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${color}" ` +
    `fill-opacity="${opacity}"/>` +
    `<text x="${x + CELL / 2}" y="${y + CELL / 2 + FONT * 0.35}" text-anchor="middle" ` +
    `font-size="${FONT + 2}" font-weight="600" fill="${ink}">${count}</text>`
  )
}

/**
 * The tension map as one inline SVG: the deck along both sides, tension above the diagonal and
 * common ground below it, each cell as strong as its count and the count written in it (so it
 * reads in black and white). The diagonal holds each principle's colour, small. It is one image to a
 * screen reader, with `label` as its text; the pairs follow in text beside it.
 */
export function tensionMapSvg(map: TensionMapReport): string {
  const names = map.principles.map((p) => short(p.name))
  const longest = Math.max(0, ...names.map((name) => [...name].length)) * LETTER
  const left = longest + 12
  // Column names stand at 45 degrees: as high as they are long, and the last leans out right.
  const top = Math.round(longest * Math.SQRT1_2) + 16
  const n = map.principles.length
  const grid = n * (CELL + GAP)
  const right = Math.max(8, Math.round(longest * Math.SQRT1_2) - CELL / 2 + 8)
  const width = left + grid + right
  const height = top + grid + 4
  const at = (index: number) => index * (CELL + GAP)
  // The pairs run row by row through the upper triangle: (0,1) … (0,n-1), (1,2), …
  const pairOf = (i: number, j: number): PairCount | undefined => {
    const [a, b] = i < j ? [i, j] : [j, i]
    return map.pairs[(a * (2 * n - a - 1)) / 2 + (b - a - 1)]
  }
  const cells = map.principles.flatMap((principle, row) =>
    map.principles.map((_, column) => {
      const x = left + at(column)
      const y = top + at(row)
      const inset = (CELL - SWATCH) / 2
      if (row === column)
        return (
          `<rect x="${x + inset}" y="${y + inset}" width="${SWATCH}" height="${SWATCH}" rx="2" ` +
          `fill="${e(principle.color)}" stroke="${OUTLINE}" stroke-width="0.75"/>`
        )
      const pair = pairOf(row, column)
      return row < column
        ? countCell(x, y, pair?.tension ?? 0, map.most, TENSION_COLOR)
        : countCell(x, y, pair?.common ?? 0, map.most, COMMON_COLOR)
    }),
  )
  const rowNames = names.map(
    (name, row) =>
      `<text x="${left - 8}" y="${top + at(row) + CELL / 2 + FONT * 0.35}" text-anchor="end" ` +
      `font-size="${FONT}" fill="${INK}">${e(name)}</text>`,
  )
  const columnNames = names.map((name, column) => {
    const x = left + at(column) + CELL / 2
    const y = top - 6
    return (
      `<text x="${x}" y="${y}" transform="rotate(-45 ${x} ${y})" font-size="${FONT}" ` +
      `fill="${INK}">${e(name)}</text>`
    )
  })
  return (
    `<svg class="tension-map-image" viewBox="0 0 ${width} ${height}" width="100%" ` +
    `role="img" aria-label="${e(map.imageLabel)}" focusable="false">` +
    `${[...cells, ...rowNames, ...columnNames].join('')}</svg>`
  )
}
