import { escapeHtml as e } from '../report/html-escape'
import { swatchSvg, tallyBarSvg } from '../report/report-svg'
import type { TeamOverview } from './team-contract'
import {
  teamSummaryModel,
  type SummaryList,
  type SummaryPrinciple,
  type TeamSummaryModel,
  type TeamSummaryOptions,
} from './team-summary-model'
import { TEAM_SUMMARY_STYLES } from './team-summary-styles'

/** The saved file runs and fetches nothing, even opened in a browser; its one stylesheet is inline. */
const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'"

const note = (text: string | null) => (text === null ? '' : `<p class="note">${e(text)}</p>`)

function bar(principle: SummaryPrinciple, count: number, share: number): string {
  const label = `${principle.name}: ${count}`
  const svg = tallyBarSvg({ name: principle.name, color: principle.colour, count, share, label })
  return `<td class="bar">${svg}</td><td class="num">${count}</td>`
}

function principles(model: TeamSummaryModel): string {
  const words = model.texts.principles
  const { items, more } = model.principles
  if (items.length === 0) return `<h2>${e(words.heading)}</h2>${note(words.empty)}`
  const rows = items
    .map(
      (p) =>
        `<tr><th scope="row" dir="auto">${swatchSvg(p.colour)}${e(p.name)}</th>` +
        `${bar(p, p.first, p.firstShare)}${bar(p, p.after, p.afterShare)}</tr>`,
    )
    .join('')
  return (
    `<h2>${e(words.heading)}</h2><p>${e(words.intro)}</p>` +
    `<table class="tally"><thead><tr><th scope="col">${e(words.principle)}</th>` +
    `<th scope="col" colspan="2">${e(words.first)}</th><th scope="col" colspan="2">${e(words.after)}</th>` +
    `</tr></thead><tbody>${rows}</tbody></table>${note(more)}`
  )
}

function pairs(model: TeamSummaryModel): string {
  const words = model.texts.pairs
  const { items, more } = model.pairs
  if (items.length === 0) return `<h2>${e(words.heading)}</h2>${note(words.empty)}`
  const rows = items
    .map(
      (item) =>
        `<tr><th scope="row" dir="auto">${e(item.pair)}</th><td>${e(item.kind)}</td>` +
        `<td class="num">${item.sessions}</td></tr>`,
    )
    .join('')
  return (
    `<h2>${e(words.heading)}</h2><p>${e(words.intro)}</p>` +
    `<table class="pairs"><thead><tr><th scope="col">${e(words.pair)}</th>` +
    `<th scope="col">${e(words.kind)}</th><th scope="col" class="num">${e(words.sessions)}</th>` +
    `</tr></thead><tbody>${rows}</tbody></table>${note(more)}`
  )
}

function threads(model: TeamSummaryModel): string {
  const words = model.texts.threads
  const { items, more } = model.threads
  const list = items
    .map(
      (item) => `<li dir="auto"><span class="date">${e(item.date)}</span> · ${e(item.text)}</li>`,
    )
    .join('')
  return `<h2>${e(words.heading)}</h2>${items.length === 0 ? note(words.empty) : `<ul>${list}</ul>`}${note(more)}`
}

function followUps(model: TeamSummaryModel): string {
  const words = model.texts.followUps
  const { items, more } = model.followUps
  if (items.length === 0) return `<h2>${e(words.heading)}</h2>${note(words.empty)}`
  const rows = items
    .map(
      (item) =>
        `<tr><td class="date">${e(item.date)}</td><td dir="auto">${e(item.what)}</td>` +
        `<td class="state">${e(item.state)}</td></tr>`,
    )
    .join('')
  return (
    `<h2>${e(words.heading)}</h2><p>${e(words.intro)}</p>` +
    `<table class="follow-ups"><thead><tr><th scope="col">${e(words.date)}</th>` +
    `<th scope="col">${e(words.what)}</th><th scope="col">${e(words.state)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>${note(more)}`
  )
}

function skipped(
  model: TeamSummaryModel,
  list: SummaryList<{ name: string; reason: string }>,
): string {
  if (list.items.length === 0) return ''
  const words = model.texts.skipped
  const items = list.items
    .map((item) => `<li><span dir="auto">${e(item.name)}</span>: ${e(item.reason)}</li>`)
    .join('')
  return `<section class="skipped"><h2>${e(words.heading)}</h2><p>${e(words.intro)}</p><ul>${items}</ul>${note(list.more)}</section>`
}

/**
 * The team overview as one self-contained HTML5 page (the saved file and the PDF): inline CSS,
 * inline SVG bars, no script, every text of the facilitator's escaped.
 */
export function teamSummaryHtml(
  overview: TeamOverview,
  generatedAt: number,
  options: TeamSummaryOptions = {},
): string {
  const model = teamSummaryModel(overview, generatedAt, options)
  return [
    '<!doctype html>',
    `<html lang="${e(model.texts.tag)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${FILE_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${model.texts.fileLabel} – ${model.title}`)}</title>`,
    `<style>${TEAM_SUMMARY_STYLES}</style>`,
    '</head>',
    '<body>',
    '<main class="summary">',
    `<header class="masthead"><p class="kicker">${e(model.texts.kicker)}</p>` +
      `<h1 dir="auto">${e(model.title)}</h1><p>${e(model.span)}</p>` +
      `${model.discussed === null ? '' : `<p>${e(model.discussed)}</p>`}</header>`,
    `<section>${principles(model)}</section>`,
    `<section>${pairs(model)}</section>`,
    `<div class="columns"><section>${threads(model)}</section>` +
      `<section>${followUps(model)}</section></div>`,
    skipped(model, model.skipped),
    `<footer class="colophon"><p>${e([model.hidden, model.generated].filter((t) => t !== null).join(' '))}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
