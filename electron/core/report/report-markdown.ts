import type { Session } from '../session/schema'
import {
  markdownBlock as block,
  markdownInline as inline,
  markdownItem,
  markdownTable as table,
} from './markdown-escape'
import { roundNotesMarkdown } from './report-markdown-rounds'
import { tensionMapMarkdown } from './report-markdown-tension'
import { buildReportModel, type ReportModelOptions } from './report-model'
import { webLink } from './web-link'
import type {
  DilemmaReport,
  ListSection,
  LookBackSection,
  OpenDilemmas,
  ReportFact,
  TallyChart,
  Variant2Report,
} from './report-model-types'

/** The longest text bar, in characters. */
const BAR_LENGTH = 20
const BAR = '█'

function facts(list: readonly ReportFact[]): string {
  return list.map((f) => `- **${inline(f.label)}:** ${inline(f.value)}`).join('\n')
}

function labelled(label: string, text: string): string {
  return `**${inline(label)}**\n\n${block(text)}`
}

function tally(chart: TallyChart): string {
  const rows = chart.bars.map((bar) => [
    bar.name,
    String(bar.count),
    bar.count === 0 ? '' : BAR.repeat(Math.max(1, Math.round(bar.share * BAR_LENGTH))),
  ])
  const summary = inline(chart.empty ?? chart.total)
  return `**${inline(chart.heading)}**\n\n${table([chart.columns.principle, chart.columns.count, ''], rows, [1])}\n\n_${summary}_`
}

function variant2(report: Variant2Report): string {
  const chosen = report.empty ?? report.principles.map((p) => p.name).join(', ')
  const { rounds } = report
  const header = [
    rounds.corner,
    ...rounds.columns.map((column) => column?.name ?? rounds.noPrinciple),
  ]
  const roundsText =
    rounds.empty === null
      ? table(
          header,
          rounds.rows.map((row) => [row.label, ...row.cells]),
          [],
        )
      : `_${inline(rounds.empty)}_`
  return [
    `**${inline(report.heading)}:** ${inline(chosen)}`,
    `**${inline(rounds.heading)}**`,
    roundsText,
    ...(report.notes === null ? [] : [roundNotesMarkdown(report.notes)]),
  ].join('\n\n')
}

function dilemma(item: DilemmaReport): string {
  return [
    `### ${item.number}. ${inline(item.title)}`,
    facts(item.facts),
    item.description === '' ? '' : block(item.description),
    item.tally === null ? '' : tally(item.tally),
    item.variant2 === null ? '' : variant2(item.variant2),
    ...item.texts.map((t) => labelled(t.label, t.value)),
  ]
    .filter((part) => part !== '')
    .join('\n\n')
}

function list(section: ListSection): string {
  const body =
    section.empty === null
      ? section.items.map((item) => markdownItem(item)).join('\n')
      : `_${inline(section.empty)}_`
  return `### ${inline(section.heading)}\n\n${body}`
}

/** The titles of the dilemmas not discussed, skipped apart from not reached. */
function openList(open: OpenDilemmas | null): string {
  if (open === null) return ''
  const groups = open.groups.map(
    (group) =>
      `**${inline(group.heading)}**\n\n${group.titles.map((title) => markdownItem(title)).join('\n')}`,
  )
  return [`### ${inline(open.heading)}`, ...groups].join('\n\n')
}

/** "Terugblik": the previous session's follow-ups and where they stand. */
function lookBack(section: LookBackSection | null): string {
  if (section === null) return ''
  const { columns } = section
  return [
    `## ${inline(section.heading)}`,
    inline(section.intro),
    table(
      [columns.what, columns.who, columns.due, columns.state],
      section.rows.map((r) => [r.what, r.who, r.due, r.state]),
      [],
    ),
    `_${inline(section.summary)}_`,
  ].join('\n\n')
}

/** "Meer informatie: …", a link when it is a web address. */
function moreInfoLine(fact: ReportFact): string {
  const link = webLink(fact.value)
  const value = inline(fact.value)
  // Parentheses would end the link target early: written escaped.
  const target = link?.replace(/\(/g, '%28').replace(/\)/g, '%29')
  return `${inline(fact.label)}: ${target === undefined ? value : `[${value}](${target})`}`
}

/** The report as Markdown: headings, lists and tables; user text escaped so it stays text. */
export function reportMarkdown(
  session: Session,
  generatedAt: number,
  options: ReportModelOptions = {},
): string {
  const model = buildReportModel(session, generatedAt, options)
  const { programme, dilemmas, harvest } = model
  const { columns } = programme
  const programmeRows = [...programme.rows, ...(programme.total ? [programme.total] : [])]
  const { followUps } = harvest
  const parts = [
    `# ${inline(model.title)}`,
    `_${inline(model.kicker)}_`,
    facts(model.facts),
    lookBack(model.lookBack),
    `## ${inline(programme.heading)}`,
    programme.empty === null
      ? table(
          [columns.title, columns.planned, columns.start, columns.end, columns.duration],
          programmeRows.map((r) => [r.title, r.planned, r.start, r.end, r.duration]),
          [1, 4],
        )
      : `_${inline(programme.empty)}_`,
    model.starter === null ? '' : labelled(model.starter.label, model.starter.value),
    `## ${inline(model.principles.heading)}`,
    inline(model.principles.intro),
    facts(model.principles.items),
    `## ${inline(dilemmas.heading)}`,
    dilemmas.empty === null ? '' : `_${inline(dilemmas.empty)}_`,
    ...dilemmas.items.map(dilemma),
    dilemmas.notDiscussed === null ? '' : `_${inline(dilemmas.notDiscussed)}_`,
    openList(dilemmas.open),
    `## ${inline(harvest.heading)}`,
    harvest.tensionMap === null ? '' : tensionMapMarkdown(harvest.tensionMap),
    list(harvest.threads),
    list(harvest.insights),
    `### ${inline(followUps.heading)}`,
    followUps.empty === null
      ? table(
          [followUps.columns.what, followUps.columns.who, followUps.columns.due],
          followUps.rows.map((r) => [r.what, r.who, r.due]),
          [],
        )
      : `_${inline(followUps.empty)}_`,
    '---',
    model.moreInfo === null ? '' : moreInfoLine(model.moreInfo),
    `_${inline(model.generated)}_`,
  ]
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`
}
