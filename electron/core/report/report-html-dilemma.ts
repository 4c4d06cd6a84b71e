import { escapeHtml as e } from './html-escape'
import type {
  DilemmaReport,
  ReportFact,
  RoundNotesSection,
  RoundsTable,
  TallyChart,
  Variant2Report,
} from './report-model-types'
import { swatchSvg, tallyBarSvg } from './report-svg'

/** A labelled list of short facts; the values are user text. */
export function factList(facts: readonly ReportFact[], className: string): string {
  if (facts.length === 0) return ''
  const items = facts
    .map(
      (f) =>
        `<div${f.wide === true ? ' class="wide"' : ''}><dt>${e(f.label)}</dt>` +
        `<dd dir="auto">${e(f.value)}</dd></div>`,
    )
    .join('')
  return `<dl class="${className}">${items}</dl>`
}

/** A paragraph of user text whose line breaks are kept by the stylesheet. */
export function userText(text: string): string {
  return `<p class="text" dir="auto">${e(text)}</p>`
}

export function note(text: string | null): string {
  return text === null ? '' : `<p class="note">${e(text)}</p>`
}

function tallyTable(chart: TallyChart): string {
  const rows = chart.bars
    .map(
      (bar) =>
        `<tr><th scope="row" dir="auto">${e(bar.name)}</th>` +
        `<td class="bar">${tallyBarSvg(bar)}</td><td class="num">${bar.count}</td></tr>`,
    )
    .join('')
  return (
    `<h4>${e(chart.heading)}</h4>` +
    `<table class="tally"><thead><tr><th scope="col">${e(chart.columns.principle)}</th>` +
    `<td></td><th scope="col" class="num">${e(chart.columns.count)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>` +
    (chart.empty === null ? `<p class="note">${e(chart.total)}</p>` : note(chart.empty))
  )
}

function roundsTable(table: RoundsTable): string {
  if (table.empty !== null) return `<h4>${e(table.heading)}</h4>${note(table.empty)}`
  const head = table.columns
    .map((column) =>
      column === null
        ? `<th scope="col" class="note">${e(table.noPrinciple)}</th>`
        : `<th scope="col">${swatchSvg(column.color)}<span dir="auto">${e(column.name)}</span></th>`,
    )
    .join('')
  const rows = table.rows
    .map(
      (row) =>
        `<tr><th scope="row">${e(row.label)}</th>` +
        row.cells.map((cell) => `<td dir="auto">${e(cell)}</td>`).join('') +
        '</tr>',
    )
    .join('')
  return (
    `<h4>${e(table.heading)}</h4><table class="rounds"><thead><tr>` +
    `<th scope="col">${e(table.corner)}</th>${head}</tr></thead><tbody>${rows}</tbody></table>`
  )
}

/** Per round: the observeerders' tops and tips, then a table of what each speaker said. */
function roundNotes(notes: RoundNotesSection): string {
  const { labels } = notes
  const rounds = notes.rounds.map((round) => {
    const said = [
      { label: labels.tops, value: round.tops },
      { label: labels.tips, value: round.tips },
    ].filter((fact) => fact.value !== '')
    const rows = round.speakers
      .map(
        (row) =>
          `<tr><th scope="row" dir="auto">${e(row.speaker)}</th>` +
          `<td class="text" dir="auto">${e(row.good)}</td>` +
          `<td class="text" dir="auto">${e(row.hard)}</td></tr>`,
      )
      .join('')
    const table =
      rows === ''
        ? ''
        : `<table class="speaker-notes"><thead><tr><th scope="col">${e(labels.speaker)}</th>` +
          `<th scope="col">${e(labels.good)}</th><th scope="col">${e(labels.hard)}</th></tr>` +
          `</thead><tbody>${rows}</tbody></table>`
    return `<h5>${e(round.label)}</h5>${factList(said, 'round-notes')}${table}`
  })
  return `<h4>${e(notes.heading)}</h4>${rounds.join('')}`
}

function variant2(report: Variant2Report): string {
  const chosen = report.principles
    .map((p) => `<li>${swatchSvg(p.color)}<span dir="auto">${e(p.name)}</span></li>`)
    .join('')
  return (
    `<h4>${e(report.heading)}</h4>` +
    (report.empty === null ? `<ul class="chosen">${chosen}</ul>` : note(report.empty)) +
    roundsTable(report.rounds) +
    (report.notes === null ? '' : roundNotes(report.notes))
  )
}

/** One discussed dilemma: what it was, how it was worked on, and what was said. */
export function dilemmaArticle(dilemma: DilemmaReport): string {
  return (
    `<article class="dilemma">` +
    `<h3><span class="number">${dilemma.number}.</span><span dir="auto">${e(dilemma.title)}</span></h3>` +
    factList(dilemma.facts, 'meta') +
    (dilemma.description === '' ? '' : userText(dilemma.description)) +
    (dilemma.tally === null ? '' : tallyTable(dilemma.tally)) +
    (dilemma.variant2 === null ? '' : variant2(dilemma.variant2)) +
    dilemma.texts.map((t) => `<h4>${e(t.label)}</h4>${userText(t.value)}`).join('') +
    `</article>`
  )
}
