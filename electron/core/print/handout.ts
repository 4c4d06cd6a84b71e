import { cleanText } from '../report/clean-text'
import { escapeHtml as e } from '../report/html-escape'
import type { Phase, Principle, Session } from '../session/schema'
import { largestPt, textHeightMm } from './fit-text'
import { sessionDate } from './flyer'
import { principleInk } from './print-colours'
import { printDocument } from './print-document'
import { flyerTexts, type FlyerTexts } from './print-texts-flyer'

/** A4 portrait with 15 mm margins leaves 180 × 267 mm. */
export const HANDOUT = {
  marginMm: 15,
  headerMm: 26,
  programmeMm: 72,
  principlesMm: 102,
  columnGapMm: 6,
  dilemmaMm: 80,
  gapMm: 5,
  headingMm: 9,
  itemGapMm: 1.5,
  startColMm: 13,
  minutesColMm: 14,
  chipMm: 3.5,
  writingLines: 7,
} as const

/** The height the two columns share, between the header and the dilemma box. */
export const HANDOUT_BODY_MM = 267 - HANDOUT.headerMm - HANDOUT.dilemmaMm - 2 * HANDOUT.gapMm

const MAX_PT = 10

/**
 * When each phase would start if the programme ran as planned from the session's start time
 * ("13:30"); null without a start time. Wraps past midnight rather than printing "25:10".
 */
export function plannedStarts(
  startTime: string,
  phases: readonly Pick<Phase, 'plannedMinutes'>[],
): { hours: string; minutes: string }[] | null {
  const match = /^(\d{2}):(\d{2})$/.exec(startTime)
  if (!match) return null
  let clock = Number(match[1]) * 60 + Number(match[2])
  return phases.map((phase) => {
    const at = clock % (24 * 60)
    clock += phase.plannedMinutes
    const two = (value: number) => String(value).padStart(2, '0')
    return { hours: two(Math.floor(at / 60)), minutes: two(at % 60) }
  })
}

/** One size for the whole programme: the largest at which every title fits the column. */
export function programmePt(titles: readonly string[], withStarts: boolean): number {
  const width =
    HANDOUT.programmeMm - HANDOUT.minutesColMm - (withStarts ? HANDOUT.startColMm : 0) - 2
  const room = HANDOUT_BODY_MM - HANDOUT.headingMm
  return largestPt(MAX_PT, (mm) => {
    const rows = titles.map((title) => textHeightMm(title, width, mm) + 1)
    return rows.reduce((sum, height) => sum + height, 0) <= room
  })
}

/** One size for the whole list of principles: names and summaries all fit the column. */
export function principlesPt(principles: readonly Pick<Principle, 'name' | 'summary'>[]): number {
  const width = HANDOUT.principlesMm - HANDOUT.chipMm - 2
  const room = HANDOUT_BODY_MM - HANDOUT.headingMm
  return largestPt(MAX_PT, (mm) => {
    const items = principles.map(
      (p) =>
        textHeightMm(p.name, width, mm) +
        textHeightMm(cleanText(p.summary), width, mm) +
        HANDOUT.itemGapMm,
    )
    return items.reduce((sum, height) => sum + height, 0) <= room
  })
}

function programme(session: Session, texts: FlyerTexts): string {
  const starts = plannedStarts(session.setup.startTime, session.phases)
  const rows = session.phases.map((phase, i) => {
    const start = starts?.[i]
    const when =
      start === undefined
        ? ''
        : `<td class="start">${e(texts.clock(start.hours, start.minutes))}</td>`
    return (
      `<tr>${when}<td class="phase" dir="auto">${e(cleanText(phase.title))}</td>` +
      `<td class="minutes">${e(texts.minutes(phase.plannedMinutes))}</td></tr>`
    )
  })
  return (
    `<section class="programme"><h2>${e(texts.programmeHeading)}</h2>` +
    `<table>${rows.join('')}</table></section>`
  )
}

function principles(session: Session, texts: FlyerTexts): string {
  const items = session.principles.map(
    (p, i) =>
      `<li class="p${i}"><span class="chip"></span><div><strong class="keep-words" dir="auto">` +
      `${e(p.name)}</strong><p dir="auto">${e(cleanText(p.summary))}</p></div></li>`,
  )
  return (
    `<section class="principles"><h2>${e(texts.principlesHeading)}</h2>` +
    `<ul>${items.join('')}</ul></section>`
  )
}

function handoutCss(session: Session): string {
  const withStarts = plannedStarts(session.setup.startTime, session.phases) !== null
  const phasePt = programmePt(
    session.phases.map((phase) => cleanText(phase.title)),
    withStarts,
  )
  const principlePt = principlesPt(session.principles)
  const chips = session.principles.map(
    (p, i) => `.p${i} .chip { background: ${principleInk(p.color)}; }`,
  )
  const h = HANDOUT
  return `
header { height: ${h.headerMm}mm; overflow: hidden; }
.kicker { font-size: 9pt; letter-spacing: 0.04em; text-transform: uppercase; margin: 0 0 1mm; color: #4a5568; }
h1 { font-size: 18pt; line-height: 1.15; margin: 0; max-height: 14mm; overflow: hidden; }
.date { font-size: 11pt; margin: 1.5mm 0 0; }
h2 { font-size: 12pt; height: ${h.headingMm}mm; margin: 0; }
.body { display: flex; gap: ${h.columnGapMm}mm; height: ${HANDOUT_BODY_MM}mm; margin: ${h.gapMm}mm 0; }
.programme { width: ${h.programmeMm}mm; overflow: hidden; }
.principles { width: ${h.principlesMm}mm; overflow: hidden; }
table { border-collapse: collapse; width: 100%; font-size: ${phasePt.toFixed(2)}pt; line-height: 1.2; }
td { vertical-align: top; padding: 0.5mm 0; }
.start { width: ${h.startColMm}mm; font-variant-numeric: tabular-nums; }
.minutes { width: ${h.minutesColMm}mm; text-align: right; white-space: nowrap; }
ul { list-style: none; margin: 0; padding: 0; font-size: ${principlePt.toFixed(2)}pt; line-height: 1.2; }
li { display: flex; gap: 2mm; margin-bottom: ${h.itemGapMm}mm; }
li p { margin: 0; }
.chip { flex: none; width: ${h.chipMm}mm; height: ${h.chipMm}mm; border-radius: 50%; margin-top: 0.5mm; }
.dilemma { height: ${h.dilemmaMm}mm; border: 0.4mm solid #14213d; border-radius: 2mm; padding: 4mm 5mm; }
.dilemma p { font-size: 9.5pt; margin: 0 0 2mm; color: #4a5568; }
.line { height: 7.5mm; border-bottom: 0.25mm solid #9aa3b2; }
${chips.join('\n')}
`
}

/** The hand-out: programme, principles and room to write down one's own dilemma, on one A4. */
export function handoutHtml(session: Session): string {
  const texts = flyerTexts(session.locale)
  const title = cleanText(session.setup.title) || texts.untitled
  const date = sessionDate(session, texts)
  const start = plannedStarts(session.setup.startTime, [{ plannedMinutes: 0 }])?.[0]
  const when = [
    date,
    start === undefined ? '' : texts.startsAt(texts.clock(start.hours, start.minutes)),
  ]
    .filter((part) => part !== '')
    .join(' · ')
  const lines = '<div class="line"></div>'.repeat(HANDOUT.writingLines)
  const page =
    `<header><p class="kicker">${e(texts.kicker)}</p><h1 class="keep-words" dir="auto">` +
    `${e(title)}</h1>${when === '' ? '' : `<p class="date">${e(when)}</p>`}</header>` +
    `<div class="body">${programme(session, texts)}${principles(session, texts)}</div>` +
    `<section class="dilemma"><h2>${e(texts.dilemmaHeading)}</h2>` +
    `<p>${e(texts.dilemmaPrompt)}</p>${lines}</section>`
  return printDocument({
    locale: session.locale,
    title: texts.handoutTitle(title),
    paper: 'a4-portrait',
    marginMm: HANDOUT.marginMm,
    css: handoutCss(session),
    pages: [page],
  })
}
