import { PRINCIPLE_TEXT_COLOR } from '../principles/contrast'
import { principleInk } from './print-colours'
import { cleanText } from '../report/clean-text'
import { escapeHtml as e } from '../report/html-escape'
import { reportDates } from '../report/report-dates'
import { webLink } from '../report/web-link'
import type { Principle, Session } from '../session/schema'
import { fitWrappedPt, LINE_HEIGHT, MIN_PT, MM_PER_PT, textHeightMm } from './fit-text'
import { printDocument } from './print-document'
import { flyerTexts, type FlyerTexts } from './print-texts-flyer'
import { qrCodeSvg } from './qr-code'

export interface FlyerLayout {
  readonly columns: number
  readonly rows: number
  readonly cardWidthMm: number
  readonly cardHeightMm: number
  readonly nameMaxPt: number
  readonly summaryMaxPt: number
}

/** A4 portrait with 12 mm margins leaves 186 × 273 mm; the principles get what the rest leaves. */
export const FLYER = {
  marginMm: 12,
  widthMm: 186,
  headerMm: 32,
  howMm: 14,
  footerMm: 36,
  gapMm: 4,
  rowGapMm: 3,
  bandPadMm: 3,
  summaryPadMm: 4,
  textInsetMm: 6,
  principlesMm: 273 - 32 - 14 - 36 - 3 * 4,
} as const

/** Up to six principles in one column of wide cards, more in two; rows share the height. */
export function flyerLayout(count: number): FlyerLayout {
  const columns = count <= 6 ? 1 : 2
  const rows = Math.max(1, Math.ceil(count / columns))
  return {
    columns,
    rows,
    cardWidthMm: (FLYER.widthMm - (columns - 1) * FLYER.gapMm) / columns,
    cardHeightMm: (FLYER.principlesMm - (rows - 1) * FLYER.rowGapMm) / rows,
    nameMaxPt: columns === 1 ? 16 : 13,
    summaryMaxPt: columns === 1 ? 12 : 11,
  }
}

const pt = (value: number) => `${value.toFixed(2)}pt`

/** Names, the title and the link take at most two lines and shrink rather than break a word. */
const twoLines = (widthMm: number) => ({ widthMm, maxLines: 2 })

/** The height of a name's band: two lines when even the smallest size cannot hold a word. */
function bandMm(name: string, widthMm: number, namePt: number): number {
  const height = textHeightMm(name, widthMm, namePt * MM_PER_PT)
  return Number.isFinite(height) ? height : 2 * namePt * MM_PER_PT * LINE_HEIGHT
}

function cardsCss(principles: readonly Principle[], layout: FlyerLayout): string {
  const textWidth = layout.cardWidthMm - FLYER.textInsetMm
  const names = principles.map((p) => fitWrappedPt(p.name, twoLines(textWidth), layout.nameMaxPt))
  const summaryPt = Math.min(
    ...principles.map((p, i) => {
      const band = bandMm(p.name, textWidth, names[i] ?? layout.nameMaxPt)
      const room = layout.cardHeightMm - band - FLYER.bandPadMm - FLYER.summaryPadMm
      const box = { widthMm: textWidth, maxLines: Infinity, heightMm: room }
      return fitWrappedPt(cleanText(p.summary), box, layout.summaryMaxPt)
    }),
  )
  const perCard = principles.map(
    (p, i) =>
      `.p${i} .band { background: ${principleInk(p.color)}; font-size: ${pt(names[i] ?? MIN_PT)}; }`,
  )
  return [
    `.cards { display: grid; grid-template-columns: repeat(${layout.columns}, 1fr);`,
    `  grid-auto-rows: ${layout.cardHeightMm.toFixed(2)}mm; gap: ${FLYER.rowGapMm}mm ${FLYER.gapMm}mm;`,
    `  height: ${FLYER.principlesMm}mm; margin: ${FLYER.gapMm}mm 0; }`,
    `.card { border: 0.3mm solid #c9ced8; border-radius: 2mm; overflow: hidden; }`,
    `.band { color: ${PRINCIPLE_TEXT_COLOR}; font-weight: 700; line-height: ${LINE_HEIGHT};`,
    `  padding: ${FLYER.bandPadMm / 2}mm ${FLYER.textInsetMm / 2}mm; margin: 0; }`,
    `.summary { font-size: ${pt(summaryPt)}; line-height: ${LINE_HEIGHT}; margin: 0;`,
    `  padding: ${FLYER.summaryPadMm / 2}mm ${FLYER.textInsetMm / 2}mm; }`,
    ...perCard,
  ].join('\n')
}

const FLYER_CSS = `
header { height: ${FLYER.headerMm}mm; overflow: hidden; }
.kicker { font-size: 9pt; letter-spacing: 0.04em; text-transform: uppercase; margin: 0 0 1mm; color: #4a5568; }
h1 { margin: 0; line-height: 1.15; }
.date { font-size: 11pt; margin: 1.5mm 0 0; }
.how { height: ${FLYER.howMm}mm; font-size: 10pt; line-height: 1.3; margin: 0; overflow: hidden; }
footer { height: ${FLYER.footerMm}mm; display: flex; align-items: center; gap: 6mm;
  border-top: 0.3mm solid #c9ced8; padding-top: 2mm; }
.qr svg { width: 32mm; height: 32mm; display: block; }
.link-label { font-size: 10pt; margin: 0 0 1mm; }
.link { font-weight: 700; margin: 0; color: #14213d; }
.link a { color: inherit; text-decoration: none; }
`

interface FlyerLink {
  readonly label: string
  readonly typed: string
  /** The full address when the text is one; only then a QR code. */
  readonly href: string | null
}

/** The Gids when the caller knows its address, else the session's "more information". */
function flyerLink(session: Session, texts: FlyerTexts, gidsUrl?: string): FlyerLink | null {
  // A reader types the address without its scheme; leaving it off prints the rest larger.
  const typed = cleanText(gidsUrl ?? session.setup.moreInfo).replace(/^https:\/\//i, '')
  if (typed === '') return null
  const label = gidsUrl === undefined ? texts.moreInfoLabel : texts.gidsLabel
  return { label, typed, href: webLink(typed) }
}

async function footer(link: FlyerLink | null, texts: FlyerTexts): Promise<string> {
  if (link === null) return '<footer></footer>'
  const { href, typed } = link
  const qr = href === null ? '' : `<div class="qr">${await qrCodeSvg(href, texts.qrLabel)}</div>`
  const text = href === null ? e(typed) : `<a href="${e(href)}" rel="noreferrer">${e(typed)}</a>`
  return (
    `<footer>${qr}<div><p class="link-label">${e(link.label)}</p>` +
    `<p class="link keep-words" dir="auto">${text}</p></div></footer>`
  )
}

/** The session's date in its own language, "donderdag 4 december 2026"; '' when not set. */
export function sessionDate(session: Session, texts: FlyerTexts): string {
  return session.setup.date === ''
    ? ''
    : reportDates(texts.tag, undefined).longDate(session.setup.date)
}

/** The flyer: one A4 portrait page with the deck, the werkvorm in a line, and the link. */
export async function flyerHtml(
  session: Session,
  options: { gidsUrl?: string } = {},
): Promise<string> {
  const texts = flyerTexts(session.locale)
  const title = cleanText(session.setup.title) || texts.untitled
  const layout = flyerLayout(session.principles.length)
  const link = flyerLink(session, texts, options.gidsUrl)
  const linkWidth = FLYER.widthMm - (link?.href == null ? 0 : 40)
  const sizes =
    `h1 { font-size: ${pt(fitWrappedPt(title, twoLines(FLYER.widthMm), 24))}; }\n` +
    `.link { font-size: ${pt(fitWrappedPt(link?.typed ?? '', twoLines(linkWidth), 16))}; }\n`
  const date = sessionDate(session, texts)
  const cards = session.principles.map(
    (p, i) =>
      `<article class="card p${i}"><h2 class="band keep-words" dir="auto">${e(p.name)}</h2>` +
      `<p class="summary" dir="auto">${e(cleanText(p.summary))}</p></article>`,
  )
  const page =
    `<header><p class="kicker">${e(texts.kicker)}</p>` +
    `<h1 class="keep-words" dir="auto">${e(title)}</h1>` +
    (date === '' ? '' : `<p class="date">${e(date)}</p>`) +
    `</header><p class="how">${e(texts.howItWorks)}</p>` +
    `<div class="cards" aria-label="${e(texts.principlesHeading)}">${cards.join('')}</div>` +
    (await footer(link, texts))
  return printDocument({
    locale: session.locale,
    title: texts.flyerTitle(title),
    paper: 'a4-portrait',
    marginMm: FLYER.marginMm,
    css: FLYER_CSS + sizes + cardsCss(session.principles, layout),
    pages: [page],
  })
}
