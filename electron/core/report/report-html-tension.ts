import { escapeHtml as e } from './html-escape'
import { factList } from './report-html-dilemma'
import type { TensionMapReport } from './report-model-types'
import { swatchSvg } from './report-svg'
import { COMMON_COLOR, TENSION_COLOR, tensionMapSvg } from './report-svg-tension'

/**
 * The tension map: the map as an image with its text alternative, a legend, and the pairs that
 * came up as lines of text, for readers who rather read and for screen readers alike.
 */
export function tensionMapHtml(map: TensionMapReport): string {
  return (
    `<div class="tension-map"><h3>${e(map.heading)}</h3><p>${e(map.intro)}</p>` +
    tensionMapSvg(map) +
    `<ul class="legend">` +
    `<li>${swatchSvg(TENSION_COLOR)}${e(map.legend.tension)}</li>` +
    `<li>${swatchSvg(COMMON_COLOR)}${e(map.legend.common)}</li></ul>` +
    factList(map.lines, 'pair-lines') +
    `</div>`
  )
}
