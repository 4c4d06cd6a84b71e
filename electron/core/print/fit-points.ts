import { textWidthEm, wrapWords } from './fit-text'

/**
 * The flyer and the handout size their text in points, on the same width estimate as the mats
 * and cards (fit-text.ts), so every printed item shrinks a name the same way.
 */
export const MM_PER_PT = 25.4 / 72
/** Below this a printed word is no longer read comfortably at arm's length. */
export const MIN_PT = 5.5
export const LINE_HEIGHT = 1.2

/** The lines `text` wraps into at `pt` in `widthMm`, or null when one word alone is too wide. */
export function linesAt(text: string, widthMm: number, pt: number): number | null {
  const widthEm = widthMm / (pt * MM_PER_PT)
  const words = text.split(/\s+/).filter((word) => word !== '')
  if (words.some((word) => textWidthEm(word) > widthEm)) return null
  return wrapWords(text, widthEm).length
}

/** The largest size (quarter points) that fits; MIN_PT when nothing does. */
export function largestFitting(maxPt: number, fits: (pt: number) => boolean): number {
  for (let pt = maxPt; pt >= MIN_PT; pt -= 0.25) if (fits(pt)) return pt
  return MIN_PT
}

/** A name in at most `maxLines` lines of `widthMm`, no word broken: shrink until it fits. */
export function fitNamePt(name: string, widthMm: number, maxPt: number, maxLines = 2): number {
  return largestFitting(maxPt, (pt) => {
    const lines = linesAt(name, widthMm, pt)
    return lines !== null && lines <= maxLines
  })
}

/** The height of a text at `pt` in `widthMm`; Infinity when one word alone is too wide. */
export function textHeightMm(text: string, widthMm: number, pt: number): number {
  const lines = linesAt(text, widthMm, pt)
  return lines === null ? Infinity : lines * pt * MM_PER_PT * LINE_HEIGHT
}

/** Running text in a box of `widthMm` × `heightMm`: shrink until its lines fit the height. */
export function fitTextPt(text: string, widthMm: number, heightMm: number, maxPt: number): number {
  return largestFitting(maxPt, (pt) => textHeightMm(text, widthMm, pt) <= heightMm)
}

/** How many lines a name takes at `pt`, for the height of its band (two when it cannot fit). */
export function nameLines(name: string, widthMm: number, pt: number): number {
  return linesAt(name, widthMm, pt) ?? 2
}
