/**
 * Font sizes for printed text, in millimetres (CSS `font-size: …mm`), estimated from the text
 * itself: the printer window has no layout we could measure before printing. Widths are
 * per-character estimates for Liberation Sans / Arial bold, rounded up, plus a safety margin,
 * so an estimate errs towards a slightly smaller font rather than a broken word.
 */

/** Extra room on every estimate: real kerning, a fallback font, rounding in the printer. */
const SAFETY = 1.05

const NARROW = new Set([..."fijlrtI.,;:'!|()[]- ’‘`"])
const WIDE = new Set([...'mwMW@%'])

/** Width of one character in em (Arial bold: lowercase ~0.56–0.61, capitals ~0.72). */
function charWidthEm(char: string): number {
  if (NARROW.has(char)) return 0.3
  if (WIDE.has(char)) return 0.95
  // CJK and other full-width scripts: a whole em each.
  if ((char.codePointAt(0) ?? 0) >= 0x2e80) return 1
  if (char !== char.toLowerCase()) return 0.76
  return 0.62
}

/** Estimated width of `text` on one line, in em of the font size. */
export function textWidthEm(text: string): number {
  let width = 0
  for (const char of text) width += charWidthEm(char)
  return width * SAFETY
}

export interface FitLimits {
  /** The largest size worth printing, in mm. */
  readonly maxMm: number
  /** The smallest readable size, in mm; text that needs less is printed at this and flagged. */
  readonly minMm: number
}

export interface Fit {
  readonly sizeMm: number
  /** True when the text only fits below the floor: printed at `minMm`, it may be clipped. */
  readonly belowFloor: boolean
}

/** The largest size at which `text` fits `widthMm` on one line, capped at `maxMm`. */
export function fitOneLine(text: string, widthMm: number, limits: FitLimits): Fit {
  const width = textWidthEm(text.trim())
  const size = width > 0 ? Math.min(limits.maxMm, widthMm / width) : limits.maxMm
  return size >= limits.minMm
    ? { sizeMm: round(size), belowFloor: false }
    : { sizeMm: limits.minMm, belowFloor: true }
}

export interface WrapBox {
  readonly widthMm: number
  /** Lines allowed at most. */
  readonly maxLines: number
  /** Height available; with `lineHeight` it may allow fewer lines than `maxLines`. */
  readonly heightMm?: number
  /** CSS line-height the text is set with; 1.2 unless told. */
  readonly lineHeight?: number
}

export interface WrappedFit extends Fit {
  /** The lines as they are estimated to wrap at this size. */
  readonly lines: readonly string[]
}

/** Greedy wrapping at spaces, as the browser does; a word is never split. */
export function wrapWords(text: string, widthEm: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && textWidthEm(candidate) > widthEm) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

const STEP_MM = 0.1
const round = (mm: number) => Math.floor(mm * 10) / 10
/** The line-height printed text is set with unless a box says otherwise. */
export const LINE_HEIGHT = 1.2

/** The lines `text` wraps into at `sizeMm` in `box`; null if a word is too wide or it overflows. */
export function linesIn(text: string, sizeMm: number, box: WrapBox): string[] | null {
  const widthEm = box.widthMm / sizeMm
  const words = text.split(/\s+/).filter((w) => w !== '')
  if (words.some((word) => textWidthEm(word) > widthEm)) return null
  const lines = wrapWords(text, widthEm)
  if (lines.length > box.maxLines) return null
  const height = lines.length * sizeMm * (box.lineHeight ?? LINE_HEIGHT)
  if (box.heightMm !== undefined && height > box.heightMm) return null
  return lines
}

/** The height of `text` wrapped in `widthMm` at `sizeMm`; Infinity when a word is too wide. */
export function textHeightMm(text: string, widthMm: number, sizeMm: number): number {
  const lines = linesIn(text, sizeMm, { widthMm, maxLines: Infinity })
  return lines === null ? Infinity : lines.length * sizeMm * LINE_HEIGHT
}

/**
 * The largest of `max`, `max - step`, … down to `min` for which `fits` holds; null if none does.
 * Counting steps rather than subtracting keeps quarter points exact and 0.1 mm free of drift.
 */
function largestOnLadder(
  ladder: { max: number; min: number; step: number },
  fits: (size: number) => boolean,
): number | null {
  const steps = Math.floor((ladder.max - ladder.min) / ladder.step + 1e-9)
  for (let k = 0; k <= steps; k += 1) {
    const size = ladder.max - k * ladder.step
    if (fits(size)) return size
  }
  return null
}

/**
 * The largest size at which `text` wraps at spaces into at most `maxLines` lines of `widthMm`
 * (and within `heightMm`), its longest word on one line; capped at `maxMm`, floored at `minMm`.
 */
export function fitWrapped(text: string, box: WrapBox, limits: FitLimits): WrappedFit {
  const ladder = { max: limits.maxMm, min: limits.minMm, step: STEP_MM }
  const size = largestOnLadder(ladder, (mm) => linesIn(text, mm, box) !== null)
  if (size !== null) {
    const lines = linesIn(text, size, box) ?? []
    return { sizeMm: round(size + 1e-9), belowFloor: false, lines }
  }
  const floorLines = wrapWords(text, box.widthMm / limits.minMm)
  return { sizeMm: limits.minMm, belowFloor: true, lines: floorLines }
}

/*
 * The flyer and the hand-out are set in points, a quarter point at a time, on the same estimate
 * as the mats and cards, so every printed item shrinks a name the same way.
 */
export const MM_PER_PT = 25.4 / 72
/** Below this a printed word is no longer read comfortably at arm's length. */
export const MIN_PT = 5.5

/** The largest size in quarter points from `maxPt` down for which `fits(sizeMm)`; else MIN_PT. */
export function largestPt(maxPt: number, fits: (sizeMm: number) => boolean): number {
  const ladder = { max: maxPt, min: MIN_PT, step: 0.25 }
  return largestOnLadder(ladder, (pt) => fits(pt * MM_PER_PT)) ?? MIN_PT
}

/** `fitWrapped` in points: the largest size at which `text` fits `box`, no word broken. */
export function fitWrappedPt(text: string, box: WrapBox, maxPt: number): number {
  return largestPt(maxPt, (mm) => linesIn(text, mm, box) !== null)
}
