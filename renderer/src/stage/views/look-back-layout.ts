/**
 * How the look-back list ("Terugblik") is laid out on the beamer: each follow-up as a row with
 * its state on the left, what it was in large letters and who / when below. Pure and measured in
 * vh (percent of the stage's height; the view uses cqh), like harvest-layout.ts.
 */
import type { FollowUpState, LookBackItem } from '@core/session/schema'
import { headingVh } from './harvest-layout'

/** A sign beside each state's word: the word carries the meaning, the sign lets the eye scan. */
export const STATE_SIGN: Readonly<Record<FollowUpState, string>> = {
  open: '○',
  done: '✓',
  'in-progress': '◐',
  dropped: '–',
}

export const LOOK_BACK = {
  maxFontVh: 5.5,
  minFontVh: 3.5,
  stepVh: 0.5,
  /** The state / who / when line is this much smaller than the follow-up, never below minFontVh. */
  metaRatio: 0.8,
  lineHeight: 1.25,
  metaLineHeight: 1.3,
  /** Space between two follow-ups, in em of the follow-up's size. */
  gapEm: 0.5,
  /** A follow-up longer than this many lines is clamped with an ellipsis. */
  maxLines: 3,
  /** The state / who / when line wraps to at most this many lines. */
  maxMetaLines: 2,
  /** Average width of a character in em (generous on purpose, as on the flip chart). */
  charWidthEm: 0.52,
  /** The same for the follow-up itself, which is written in bold. */
  boldCharWidthEm: 0.58,
  /** Room for the state's sign in front of a follow-up, in em of the follow-up's size. */
  signEm: 1.4,
  /** Height under the heading and the "from" line, in vh (100 − padding 12 − about 16). */
  listHeightVh: 70,
  paddingVw: 6,
  columnGapVh: 6,
  /** One column while its letters can be at least this large; then two may be used. */
  twoColumnsBelowVh: 4.5,
} as const

/** What one follow-up puts on the screen: what it is, and its state / who / when line. */
export interface LookBackRow {
  readonly what: string
  readonly meta: string
}

export interface LookBackLayout {
  readonly fontVh: number
  readonly metaVh: number
  readonly columns: 1 | 2
  /** How many follow-ups fit; the rest is summed up in one line. */
  readonly shown: number
}

/** Follow-ups with nothing in them have nothing to say on the beamer. */
export function visibleItems(items: readonly LookBackItem[]): LookBackItem[] {
  return items.filter((item) => [item.what, item.who, item.due].some((text) => text.trim() !== ''))
}

/** The size of the state / who / when line under a follow-up of `fontVh`. */
export const metaVhFor = (fontVh: number) =>
  Math.max(LOOK_BACK.minFontVh, Math.round(fontVh * LOOK_BACK.metaRatio * 10) / 10)

const linesOf = (length: number, charVh: number, widthVh: number) =>
  Math.max(1, Math.ceil(length / Math.max(8, Math.floor(widthVh / charVh))))

/**
 * Height in vh of one follow-up: its lines, its state / who / when line and the gap after it;
 * Infinity when it would be cut short and `clamp` does not allow that.
 */
function rowHeightVh(row: RowSize, fontVh: number, columnVh: number, clamp: boolean): number {
  const textVh = columnVh - LOOK_BACK.signEm * fontVh
  const metaVh = metaVhFor(fontVh)
  const lines = linesOf(row.what, LOOK_BACK.boldCharWidthEm * fontVh, textVh)
  if (lines > LOOK_BACK.maxLines && !clamp) return Infinity
  return (
    Math.min(LOOK_BACK.maxLines, lines) * fontVh * LOOK_BACK.lineHeight +
    Math.min(LOOK_BACK.maxMetaLines, linesOf(row.meta, LOOK_BACK.charWidthEm * metaVh, textVh)) *
      metaVh *
      LOOK_BACK.metaLineHeight +
    fontVh * LOOK_BACK.gapEm
  )
}

interface RowSize {
  readonly what: number
  readonly meta: number
}

function columnWidthVh(columns: 1 | 2, aspect: number): number {
  const widthVh = aspect * 100 * (1 - (2 * LOOK_BACK.paddingVw) / 100)
  return columns === 1 ? widthVh : (widthVh - LOOK_BACK.columnGapVh) / 2
}

/** How many of `rows` fit, filling the columns one after the other. */
function fitting(
  rows: readonly RowSize[],
  fontVh: number,
  columns: 1 | 2,
  aspect: number,
  room: number,
  clamp: boolean,
) {
  const column = columnWidthVh(columns, aspect)
  let used = 0
  let filled = 1
  for (const [index, row] of rows.entries()) {
    const height = rowHeightVh(row, fontVh, column, clamp)
    if (used > 0 && used + height > room) {
      filled += 1
      used = 0
    }
    if (filled > columns || height > room) return index
    used += height
  }
  return rows.length
}

/**
 * As large as all follow-ups fit (5.5 down to 3.5 vh, the facilitator's text size raising the
 * top), in one column, or in two when one would need letters below 4.5 vh; a size that would cut
 * a follow-up short (more than three lines) only when no size shows them all whole. When even two
 * columns at 3.5 vh are too few: as many as fit plus "and N more".
 *
 * @param rows what each follow-up says, and its state / who / when line
 * @param aspect width / height of the projector screen
 * @param scale the facilitator's text size, 1 as designed
 */
export function lookBackLayout(
  rows: readonly LookBackRow[],
  aspect = 16 / 9,
  scale = 1,
): LookBackLayout {
  const size = Number.isFinite(scale) && scale > 0 ? scale : 1
  const safeAspect = Number.isFinite(aspect) && aspect > 0.5 ? aspect : 16 / 9
  const room = LOOK_BACK.listHeightVh - (headingVh(size) - headingVh(1)) * 1.1
  const sizes: RowSize[] = rows.map((row) => ({
    what: Math.max(1, row.what.trim().length),
    meta: Math.max(1, row.meta.length),
  }))
  const scaled = (vh: number) => Math.max(LOOK_BACK.minFontVh, Math.round(vh * size * 10) / 10)
  const steps: number[] = []
  for (let vh = scaled(LOOK_BACK.maxFontVh); vh > LOOK_BACK.minFontVh; vh -= LOOK_BACK.stepVh)
    steps.push(Math.round(vh * 10) / 10)
  steps.push(LOOK_BACK.minFontVh)
  const layout = (fontVh: number, columns: 1 | 2, shown: number): LookBackLayout => ({
    fontVh,
    metaVh: metaVhFor(fontVh),
    columns,
    shown,
  })
  const twoBelow = scaled(LOOK_BACK.twoColumnsBelowVh)
  const search = (clamp: boolean): LookBackLayout | null => {
    const all = (fontVh: number, columns: 1 | 2) =>
      fitting(sizes, fontVh, columns, safeAspect, room, clamp) === sizes.length
    const inOne = steps.find((fontVh) => all(fontVh, 1))
    if (inOne !== undefined && inOne >= twoBelow) return layout(inOne, 1, sizes.length)
    const inTwo =
      sizes.length > 1 ? steps.filter((vh) => vh <= twoBelow).find((vh) => all(vh, 2)) : undefined
    if (inOne !== undefined && (inTwo === undefined || inOne >= inTwo))
      return layout(inOne, 1, sizes.length)
    return inTwo === undefined ? null : layout(inTwo, 2, sizes.length)
  }
  // Whole follow-ups first; only when that cannot be, long ones are cut short.
  const whole = search(false) ?? search(true)
  if (whole) return whole
  // Keep room for the "and N more" line under the list.
  const reduced = room - scaled(LOOK_BACK.minFontVh) * LOOK_BACK.metaLineHeight
  const inOneShown = fitting(sizes, LOOK_BACK.minFontVh, 1, safeAspect, reduced, true)
  const inTwoShown = fitting(sizes, LOOK_BACK.minFontVh, 2, safeAspect, reduced, true)
  return inTwoShown > inOneShown
    ? layout(LOOK_BACK.minFontVh, 2, inTwoShown)
    : layout(LOOK_BACK.minFontVh, 1, Math.max(1, inOneShown))
}
