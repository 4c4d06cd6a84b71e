import { escapeHtml } from './html-escape'
import type { TallyBar } from './report-model-types'

const TRACK = '#eef1f4'
const OUTLINE = '#1b1b1b'

/**
 * One bar of a tally chart, drawn with attributes only (the report has no style attributes).
 * It stretches to its table cell; the outline keeps light colours visible in black and white,
 * and the count stands in the next cell, so the bar itself is hidden from screen readers.
 */
export function tallyBarSvg(bar: TallyBar): string {
  const length = Math.round(bar.share * 1000) / 10
  const fill =
    bar.count === 0
      ? ''
      : `<rect x="0" y="0" width="${length}" height="10" fill="${escapeHtml(bar.color)}" ` +
        `stroke="${OUTLINE}" stroke-width="0.75" vector-effect="non-scaling-stroke"/>`
  return (
    `<svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="14" ` +
    `aria-hidden="true" focusable="false">` +
    `<rect x="0" y="0" width="100" height="10" fill="${TRACK}"/>${fill}</svg>`
  )
}

/** A small square in a principle's colour, next to its name. */
export function swatchSvg(color: string): string {
  return (
    `<svg class="swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" ` +
    `focusable="false"><rect x="0.5" y="0.5" width="11" height="11" rx="2" ` +
    `fill="${escapeHtml(color)}" stroke="${OUTLINE}" stroke-width="0.5"/></svg>`
  )
}
