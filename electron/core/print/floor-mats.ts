import { escapeHtml } from '../report/html-escape'
import { PRINCIPLE_TEXT_COLOR } from '../principles/contrast'
import type { Principle, Session } from '../session/schema'
import { fitWrapped, type WrappedFit } from './fit-text'
import { PAPER, printDocument, type Paper } from './print-document'
import { principleInk, PRINT_INK } from './print-colours'
import { printTexts, printTitle } from './print-texts'

export interface FloorMatOptions {
  /** 'a4-pair': an A3 mat printed as two A4 portrait halves, taped side by side. */
  readonly paper: 'a3' | 'a4' | 'a4-pair'
  readonly style: 'full-colour' | 'printer-friendly'
}

/** The mat's own size: A3 landscape, or A4 landscape for 'a4'. */
function matSize(paper: FloorMatOptions['paper']) {
  return paper === 'a4' ? PAPER['a4-landscape'] : PAPER['a3-landscape']
}

/**
 * Layout in mm for a mat `widthMm` wide (A3 = 420). The summary is set at 10 mm or more
 * (capital height ≈ 7 mm) so it reads from about 3 m, also on A4; the name takes the rest,
 * up to 100 mm on A3, wrapping at spaces over at most three lines.
 */
export function matLayout(widthMm: number, heightMm: number) {
  const scale = widthMm / 420
  const padMm = 20 * scale
  const borderMm = 8 * scale
  const boxWidthMm = widthMm - 2 * padMm - 2 * borderMm
  const gapMm = 10 * scale
  return {
    padMm,
    borderMm,
    gapMm,
    boxWidthMm,
    innerHeightMm: heightMm - 2 * padMm - 2 * borderMm,
    name: { maxMm: 100 * scale, minMm: 12, maxLines: 3, lineHeight: 1.1 },
    summary: { maxMm: Math.max(10, 14 * scale), minMm: 10, maxLines: 6, lineHeight: 1.25 },
  }
}

export interface MatFit {
  readonly name: WrappedFit
  readonly summary: WrappedFit
}

/** Font sizes for one principle's mat; `belowFloor` flags a name or summary that is too long. */
export function fitMat(principle: Principle, widthMm: number, heightMm: number): MatFit {
  const layout = matLayout(widthMm, heightMm)
  const summary = fitWrapped(
    principle.summary,
    { widthMm: layout.boxWidthMm, heightMm: layout.innerHeightMm * 0.4, ...layout.summary },
    layout.summary,
  )
  const summaryHeight =
    principle.summary.trim() === ''
      ? 0
      : summary.lines.length * summary.sizeMm * layout.summary.lineHeight + layout.gapMm
  const name = fitWrapped(
    principle.name,
    { widthMm: layout.boxWidthMm, heightMm: layout.innerHeightMm - summaryHeight, ...layout.name },
    layout.name,
  )
  return { name, summary }
}

/** Background, name and summary colours: the beamer's surface, so names stand at 7:1. */
export function matColours(color: string, style: FloorMatOptions['style']) {
  const deep = principleInk(color)
  return style === 'full-colour'
    ? { background: deep, border: deep, name: PRINCIPLE_TEXT_COLOR, summary: PRINCIPLE_TEXT_COLOR }
    : { background: '#ffffff', border: color, name: deep, summary: PRINT_INK }
}

function matHtml(principle: Principle, options: FloorMatOptions): string {
  const { widthMm, heightMm } = matSize(options.paper)
  const layout = matLayout(widthMm, heightMm)
  const fit = fitMat(principle, widthMm, heightMm)
  const colours = matColours(principle.color, options.style)
  const summary =
    principle.summary.trim() === ''
      ? ''
      : `<p class="summary keep-words" style="font-size:${fit.summary.sizeMm}mm;margin-top:${layout.gapMm}mm;` +
        `color:${colours.summary}">` +
        `${escapeHtml(principle.summary)}</p>`
  return (
    `<div class="mat" style="width:${widthMm}mm;height:${heightMm}mm;background:${colours.background};` +
    `border:${layout.borderMm}mm solid ${colours.border};padding:${layout.padMm}mm">` +
    `<h1 class="name keep-words" style="font-size:${fit.name.sizeMm}mm;color:${colours.name}">` +
    `${escapeHtml(principle.name)}</h1>${summary}</div>`
  )
}

const CSS = `
.mat { position: absolute; top: 0; display: flex; flex-direction: column; justify-content: center;
  align-items: center; text-align: center; }
.name { margin: 0; font-weight: 700; line-height: 1.1; white-space: normal; }
.summary { margin-bottom: 0; font-weight: 700; line-height: 1.25; white-space: normal; }
.half-mark { position: absolute; bottom: 4mm; font-size: 4mm; color: #14213d; background: #ffffff;
  padding: 0.5mm 1.5mm; }
.tape { position: absolute; top: 0; bottom: 0; width: 0; border-left: 0.3mm dashed #14213d; }
.tape-label { position: absolute; top: 4mm; font-size: 3.5mm; color: #14213d; background: #ffffff;
  padding: 0.5mm 1.5mm; }
`

/** One A3 mat as two A4 portrait pages: the left and right half, with a line where they meet. */
function pairPages(mat: string, locale: Session['locale']): string[] {
  const texts = printTexts(locale)
  const tape = escapeHtml(texts.tapeHere)
  const left =
    `<div style="position:absolute;left:0;top:0">${mat}</div>` +
    `<div class="tape" style="right:0"></div><span class="tape-label" style="right:2mm">${tape}</span>` +
    `<span class="half-mark" style="left:4mm">${escapeHtml(texts.half(1, 2))}</span>`
  const right =
    `<div style="position:absolute;left:-210mm;top:0">${mat}</div>` +
    `<div class="tape" style="left:0"></div><span class="tape-label" style="left:2mm">${tape}</span>` +
    `<span class="half-mark" style="right:4mm">${escapeHtml(texts.half(2, 2))}</span>`
  return [left, right]
}

/** Floor mats for the session's deck: one full-bleed landscape mat per principle, in deck order. */
export function floorMatsHtml(session: Session, options: FloorMatOptions): string {
  const paper: Paper =
    options.paper === 'a3'
      ? 'a3-landscape'
      : options.paper === 'a4'
        ? 'a4-landscape'
        : 'a4-portrait'
  const mats = session.principles.map((principle) => matHtml(principle, options))
  const pages =
    options.paper === 'a4-pair'
      ? mats.flatMap((mat) => pairPages(mat, session.locale))
      : mats.map((mat) => `<div style="position:absolute;left:0;top:0">${mat}</div>`)
  return printDocument({
    locale: session.locale,
    title: printTitle(printTexts(session.locale).matsTitle, session.setup.title),
    paper,
    marginMm: 0,
    css: CSS,
    pages,
  })
}
