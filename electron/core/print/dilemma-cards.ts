import { EXAMPLE_DILEMMAS } from '../commands/domains/dilemmas'
import { escapeHtml } from '../report/html-escape'
import type { Session } from '../session/schema'
import { fitWrapped } from './fit-text'
import { PAPER, printDocument } from './print-document'
import { printTexts, printTitle } from './print-texts'

export interface DilemmaCardOptions {
  readonly perPage: 4 | 6
  readonly include: 'examples' | 'examples-and-own'
}

/** What a card shows: never who brought the dilemma in. */
export interface CardText {
  readonly title: string
  readonly description: string
}

const MARGIN_MM = 10
/** Room between cards for the cut marks and the scissors. */
const GUTTER_MM = 10
const PAD_MM = 6
const CUT_MARK_MM = 4
const TITLE = { maxMm: 6, minMm: 4, maxLines: 4, lineHeight: 1.15 } as const
/** 4.2 mm ≈ 12 pt; the floor 2.8 mm ≈ 8 pt is the smallest still comfortable on a card. */
const DESCRIPTION = { maxMm: 4.2, minMm: 2.8, maxLines: 60, lineHeight: 1.3 } as const
const TITLE_GAP_MM = 4

/** Card size in mm: a 2×2 or 2×3 grid on A4 portrait inside the margins. */
export function cardSize(perPage: DilemmaCardOptions['perPage']) {
  const { widthMm, heightMm } = PAPER['a4-portrait']
  const rows = perPage === 4 ? 2 : 3
  return {
    columns: 2,
    rows,
    widthMm: (widthMm - 2 * MARGIN_MM - GUTTER_MM) / 2,
    heightMm: (heightMm - 2 * MARGIN_MM - (rows - 1) * GUTTER_MM) / rows,
  }
}

/** The examples, then (if asked) the session's own dilemmas, in their order. */
export function cardTexts(session: Session, include: DilemmaCardOptions['include']): CardText[] {
  const examples = EXAMPLE_DILEMMAS.map(({ title, description }) => ({ title, description }))
  if (include === 'examples') return examples
  const own = session.dilemmas
    .filter((dilemma) => dilemma.source !== 'example')
    .map(({ title, description }) => ({ title, description }))
  return [...examples, ...own]
}

/** Font sizes for one card; `belowFloor` on the description means it may be clipped. */
export function fitCard(card: CardText, perPage: DilemmaCardOptions['perPage']) {
  const size = cardSize(perPage)
  const widthMm = size.widthMm - 2 * PAD_MM
  const innerHeightMm = size.heightMm - 2 * PAD_MM
  const title = fitWrapped(card.title, { widthMm, heightMm: innerHeightMm * 0.4, ...TITLE }, TITLE)
  const titleHeight = title.lines.length * title.sizeMm * TITLE.lineHeight + TITLE_GAP_MM
  const description = fitWrapped(
    card.description,
    { widthMm, heightMm: innerHeightMm - titleHeight, ...DESCRIPTION },
    DESCRIPTION,
  )
  return { title, description }
}

/** Cards whose title or description does not fit even at the floor size (by position, from 0). */
export function cardsTooLong(session: Session, options: DilemmaCardOptions): number[] {
  return cardTexts(session, options.include).flatMap((card, index) => {
    const fit = fitCard(card, options.perPage)
    return fit.title.belowFloor || fit.description.belowFloor ? [index] : []
  })
}

const MARKS = ['tl', 'tr', 'bl', 'br']
  .flatMap((corner) => [`${corner} h`, `${corner} v`])
  .map((names) => `<i class="cut ${names}"></i>`)
  .join('')

function cardHtml(card: CardText, index: number, perPage: DilemmaCardOptions['perPage']): string {
  const size = cardSize(perPage)
  const fit = fitCard(card, perPage)
  const column = index % size.columns
  const row = Math.floor(index / size.columns)
  const left = MARGIN_MM + column * (size.widthMm + GUTTER_MM)
  const top = MARGIN_MM + row * (size.heightMm + GUTTER_MM)
  const description =
    card.description.trim() === ''
      ? ''
      : `<p class="description keep-words" style="font-size:${fit.description.sizeMm}mm">` +
        `${escapeHtml(card.description)}</p>`
  return (
    `<article class="card" style="left:${left}mm;top:${top}mm;width:${size.widthMm}mm;` +
    `height:${size.heightMm}mm">${MARKS}<div class="body">` +
    `<h2 class="title keep-words" style="font-size:${fit.title.sizeMm}mm">${escapeHtml(card.title)}</h2>` +
    `${description}</div></article>`
  )
}

const CSS = `
.card { position: absolute; border: 0.2mm solid #c8ccd4; }
/* Only the text is clipped; the cut marks sit outside the card. */
.body { height: 100%; padding: ${PAD_MM}mm; overflow: hidden; }
.title { margin: 0 0 ${TITLE_GAP_MM}mm; font-weight: 700; line-height: ${TITLE.lineHeight}; }
.description { margin: 0; line-height: ${DESCRIPTION.lineHeight}; white-space: normal; }
.cut { position: absolute; background: #14213d; }
.cut.h { width: ${CUT_MARK_MM}mm; height: 0.2mm; }
.cut.v { width: 0.2mm; height: ${CUT_MARK_MM}mm; }
.cut.tl.h, .cut.bl.h { left: -${CUT_MARK_MM + 1}mm; }
.cut.tr.h, .cut.br.h { right: -${CUT_MARK_MM + 1}mm; }
.cut.tl.h, .cut.tr.h { top: -0.1mm; }
.cut.bl.h, .cut.br.h { bottom: -0.1mm; }
.cut.tl.v, .cut.tr.v { top: -${CUT_MARK_MM + 1}mm; }
.cut.bl.v, .cut.br.v { bottom: -${CUT_MARK_MM + 1}mm; }
.cut.tl.v, .cut.bl.v { left: -0.1mm; }
.cut.tr.v, .cut.br.v { right: -0.1mm; }
`

/** Cut-out dilemma cards on A4 portrait, 4 or 6 a page, with cut marks outside each corner. */
export function dilemmaCardsHtml(session: Session, options: DilemmaCardOptions): string {
  const cards = cardTexts(session, options.include)
  const pages: string[] = []
  for (let start = 0; start < cards.length; start += options.perPage) {
    const onPage = cards.slice(start, start + options.perPage)
    pages.push(onPage.map((card, index) => cardHtml(card, index, options.perPage)).join(''))
  }
  return printDocument({
    locale: session.locale,
    title: printTitle(printTexts(session.locale).cardsTitle, session.setup.title),
    paper: 'a4-portrait',
    marginMm: 0,
    css: CSS,
    pages,
  })
}
