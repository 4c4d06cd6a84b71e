import { escapeHtml } from '../report/html-escape'
import type { Locale } from '../session/schema'

/** The paper a printed item is made for; the printer follows the page's CSS size. */
export const PAPER = {
  'a4-portrait': { widthMm: 210, heightMm: 297, css: 'A4 portrait' },
  'a4-landscape': { widthMm: 297, heightMm: 210, css: 'A4 landscape' },
  'a3-landscape': { widthMm: 420, heightMm: 297, css: 'A3 landscape' },
} as const
export type Paper = keyof typeof PAPER

/**
 * A printed item must not run or fetch anything, whoever opens it: no scripts, no requests; its
 * one stylesheet is inline and images (a QR code) are data or inline SVG.
 */
export const PRINT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

export interface PrintDocument {
  readonly locale: Locale
  readonly title: string
  readonly paper: Paper
  /** Page margins in millimetres; 0 for a full-bleed page. */
  readonly marginMm: number
  /** The item's own stylesheet, after the shared base. */
  readonly css: string
  /** The pages, each already HTML (built with escapeHtml for every deck and session text). */
  readonly pages: readonly string[]
}

/** Room round each sheet in the preview; the preview scales paper width plus twice this. */
export const SCREEN_GAP_MM = 6

const BASE_CSS = (paper: Paper, marginMm: number) => `
@page { size: ${PAPER[paper].css}; margin: ${marginMm}mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
/* Paper is white: said outright, so every reader (and the contrast check) sees the same ground. */
html { background: #fff; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #14213d;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { width: ${PAPER[paper].widthMm - 2 * marginMm}mm; height: ${PAPER[paper].heightMm - 2 * marginMm}mm;
  overflow: hidden; position: relative; break-after: page; }
.page:last-child { break-after: auto; }
/* On screen (the preview) each page is a sheet on a grey table, its white margin drawn round it. */
@media screen {
  html { background: #8a8f98; }
  body { padding: ${SCREEN_GAP_MM}mm 0; }
  .page { margin: 0 auto ${SCREEN_GAP_MM + marginMm}mm; background: #fff;
    box-shadow: 0 0 0 ${marginMm}mm #fff, 0 1mm 4mm ${marginMm}mm rgba(0, 0, 0, 0.35); }
  .page:first-child { margin-top: ${marginMm}mm; }
}
/* Names shrink to fit; they never break inside a word. */
.keep-words { overflow-wrap: normal; word-break: keep-all; hyphens: manual; }
`

/** One complete HTML document: every page one `.page` box of the paper's size. */
export function printDocument(doc: PrintDocument): string {
  const pages = doc.pages.map((page) => `<section class="page">${page}</section>`).join('')
  return (
    `<!doctype html><html lang="${doc.locale}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">` +
    `<title>${escapeHtml(doc.title)}</title>` +
    `<style>${BASE_CSS(doc.paper, doc.marginMm)}${doc.css}</style></head>` +
    `<body>${pages}</body></html>`
  )
}
