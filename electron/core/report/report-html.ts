import type { Session } from '../session/schema'
import { escapeHtml as e } from './html-escape'
import { dilemmaArticle, factList, note, userText } from './report-html-dilemma'
import { tensionMapHtml } from './report-html-tension'
import { buildReportModel, type ReportModelOptions } from './report-model'
import type {
  HarvestSection,
  ListSection,
  LookBackSection,
  OpenDilemmas,
  ProgrammeRow,
  ProgrammeSection,
  ReportFact,
  ReportModel,
} from './report-model-types'
import { REPORT_STYLES } from './report-styles'
import { webLink } from './web-link'

/**
 * The saved file must not run or fetch anything even if opened in a browser; its one
 * stylesheet is inline. (In the presenter's preview frame the presenter's own, stricter
 * policy applies as well, which allows this stylesheet by its hash.)
 */
const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'"

function programmeRow(row: ProgrammeRow): string {
  return (
    `<tr><th scope="row" dir="auto">${e(row.title)}</th><td class="num">${e(row.planned)}</td>` +
    `<td>${e(row.start)}</td><td>${e(row.end)}</td><td class="num">${e(row.duration)}</td></tr>`
  )
}

function programme(section: ProgrammeSection, starter: ReportModel['starter']): string {
  const { columns } = section
  const table =
    section.empty !== null
      ? note(section.empty)
      : `<table class="programme"><thead><tr><th scope="col">${e(columns.title)}</th>` +
        `<th scope="col" class="num">${e(columns.planned)}</th>` +
        `<th scope="col">${e(columns.start)}</th><th scope="col">${e(columns.end)}</th>` +
        `<th scope="col" class="num">${e(columns.duration)}</th></tr></thead>` +
        `<tbody>${section.rows.map(programmeRow).join('')}</tbody>` +
        (section.total === null ? '' : `<tfoot>${programmeRow(section.total)}</tfoot>`) +
        `</table>`
  const starterText =
    starter === null ? '' : `<h4>${e(starter.label)}</h4>${userText(starter.value)}`
  return `<section><h2>${e(section.heading)}</h2>${table}${starterText}</section>`
}

function list(section: ListSection): string {
  const items = section.items.map((item) => `<li dir="auto">${e(item)}</li>`).join('')
  return `<h3>${e(section.heading)}</h3>${section.empty === null ? `<ul>${items}</ul>` : note(section.empty)}`
}

function harvest(section: HarvestSection): string {
  const { followUps } = section
  const rows = followUps.rows
    .map(
      (row) =>
        `<tr><td class="text" dir="auto">${e(row.what)}</td><td dir="auto">${e(row.who)}</td>` +
        `<td>${e(row.due)}</td></tr>`,
    )
    .join('')
  const table =
    followUps.empty !== null
      ? note(followUps.empty)
      : `<table class="follow-ups"><thead><tr><th scope="col">${e(followUps.columns.what)}</th>` +
        `<th scope="col">${e(followUps.columns.who)}</th>` +
        `<th scope="col">${e(followUps.columns.due)}</th></tr></thead><tbody>${rows}</tbody></table>`
  return (
    `<section class="harvest"><h2>${e(section.heading)}</h2>` +
    (section.tensionMap === null ? '' : tensionMapHtml(section.tensionMap)) +
    `${list(section.threads)}${list(section.insights)}` +
    `<h3>${e(followUps.heading)}</h3>${table}</section>`
  )
}

/** "Terugblik": the previous session's follow-ups and where they stand. */
function lookBack(section: LookBackSection | null): string {
  if (section === null) return ''
  const { columns } = section
  const rows = section.rows
    .map(
      (row) =>
        `<tr><td class="text" dir="auto">${e(row.what)}</td><td dir="auto">${e(row.who)}</td>` +
        `<td>${e(row.due)}</td><td>${e(row.state)}</td></tr>`,
    )
    .join('')
  return (
    `<section class="look-back"><h2 dir="auto">${e(section.heading)}</h2><p>${e(section.intro)}</p>` +
    `<table class="follow-ups"><thead><tr><th scope="col">${e(columns.what)}</th>` +
    `<th scope="col">${e(columns.who)}</th><th scope="col">${e(columns.due)}</th>` +
    `<th scope="col">${e(columns.state)}</th></tr></thead><tbody>${rows}</tbody></table>` +
    `${note(section.summary)}</section>`
  )
}

/** The titles of the dilemmas not discussed, when the facilitator chose to list them. */
function openList(open: OpenDilemmas | null): string {
  if (open === null) return ''
  const groups = open.groups.map(
    (group) =>
      `<h4>${e(group.heading)}</h4>` +
      `<ul>${group.titles.map((title) => `<li dir="auto">${e(title)}</li>`).join('')}</ul>`,
  )
  return `<div class="open-dilemmas"><h3>${e(open.heading)}</h3>${groups.join('')}</div>`
}

/** "Meer informatie: …", a link when it is a web address (it opens outside, fetches nothing). */
function moreInfoLine(fact: ReportFact): string {
  const link = webLink(fact.value)
  const value =
    link === null ? e(fact.value) : `<a href="${e(link)}" rel="noreferrer">${e(fact.value)}</a>`
  return `<p>${e(fact.label)}: <span dir="auto">${value}</span></p>`
}

/**
 * The report of a session as one self-contained HTML5 document: inline CSS, inline SVG, no
 * script (the saved file, the preview, the PDF).
 */
export function reportHtml(
  session: Session,
  generatedAt: number,
  options: ReportModelOptions = {},
): string {
  const model = buildReportModel(session, generatedAt, options)
  const { dilemmas } = model
  const moreInfo = model.moreInfo === null ? '' : moreInfoLine(model.moreInfo)
  return [
    '<!doctype html>',
    `<html lang="${e(model.languageTag)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${FILE_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(model.title)}</title>`,
    `<style>${REPORT_STYLES}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    `<header class="masthead"><p class="kicker">${e(model.kicker)}</p>` +
      `<h1 dir="auto">${e(model.title)}</h1>${factList(model.facts, 'facts')}</header>`,
    lookBack(model.lookBack),
    programme(model.programme, model.starter),
    `<section><h2>${e(model.principles.heading)}</h2><p>${e(model.principles.intro)}</p>` +
      `${factList(model.principles.items, 'principles')}</section>`,
    `<section><h2>${e(dilemmas.heading)}</h2>${note(dilemmas.empty)}` +
      `${dilemmas.items.map(dilemmaArticle).join('')}${note(dilemmas.notDiscussed)}` +
      `${openList(dilemmas.open)}</section>`,
    harvest(model.harvest),
    `<footer class="colophon">${moreInfo}<p>${e(model.generated)}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
