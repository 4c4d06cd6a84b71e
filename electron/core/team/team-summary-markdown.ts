import { markdownInline, markdownItem, markdownTable } from '../report/markdown-escape'
import type { TeamOverview } from './team-contract'
import {
  teamSummaryModel,
  type TeamSummaryModel,
  type TeamSummaryOptions,
} from './team-summary-model'

const italic = (text: string | null) => (text === null ? [] : [`_${markdownInline(text)}_`])

function principles(model: TeamSummaryModel): string[] {
  const words = model.texts.principles
  const { items, more } = model.principles
  if (items.length === 0) return [`## ${markdownInline(words.heading)}`, ...italic(words.empty)]
  const rows = items.map((p) => [p.name, String(p.first), String(p.after)])
  return [
    `## ${markdownInline(words.heading)}`,
    markdownInline(words.intro),
    markdownTable([words.principle, words.first, words.after], rows, [1, 2]),
    ...italic(more),
  ]
}

function pairs(model: TeamSummaryModel): string[] {
  const words = model.texts.pairs
  const { items, more } = model.pairs
  if (items.length === 0) return [`## ${markdownInline(words.heading)}`, ...italic(words.empty)]
  const rows = items.map((item) => [item.pair, item.kind, String(item.sessions)])
  return [
    `## ${markdownInline(words.heading)}`,
    markdownInline(words.intro),
    markdownTable([words.pair, words.kind, words.sessions], rows, [2]),
    ...italic(more),
  ]
}

function threads(model: TeamSummaryModel): string[] {
  const words = model.texts.threads
  const { items, more } = model.threads
  const list = items.map((item) => markdownItem(`${item.date} · ${item.text}`)).join('\n')
  return [
    `## ${markdownInline(words.heading)}`,
    ...(items.length === 0 ? italic(words.empty) : [list]),
    ...italic(more),
  ]
}

function followUps(model: TeamSummaryModel): string[] {
  const words = model.texts.followUps
  const { items, more } = model.followUps
  if (items.length === 0) return [`## ${markdownInline(words.heading)}`, ...italic(words.empty)]
  const rows = items.map((item) => [item.date, item.what, item.state])
  return [
    `## ${markdownInline(words.heading)}`,
    markdownInline(words.intro),
    markdownTable([words.date, words.what, words.state], rows),
    ...italic(more),
  ]
}

function skipped(model: TeamSummaryModel): string[] {
  const { items, more } = model.skipped
  if (items.length === 0) return []
  const words = model.texts.skipped
  const list = items.map((item) => markdownItem(`${item.name}: ${item.reason}`)).join('\n')
  return [`## ${markdownInline(words.heading)}`, markdownInline(words.intro), list, ...italic(more)]
}

/** The team overview as Markdown: the same page as the HTML, every text of the facilitator escaped. */
export function teamSummaryMarkdown(
  overview: TeamOverview,
  generatedAt: number,
  options: TeamSummaryOptions = {},
): string {
  const model = teamSummaryModel(overview, generatedAt, options)
  const blocks = [
    markdownInline(model.texts.kicker),
    `# ${markdownInline(model.title)}`,
    markdownInline(model.span),
    ...(model.discussed === null ? [] : [markdownInline(model.discussed)]),
    ...principles(model),
    ...pairs(model),
    ...threads(model),
    ...followUps(model),
    ...skipped(model),
    '---',
    ...italic(model.hidden),
    ...italic(model.generated),
  ]
  return `${blocks.join('\n\n')}\n`
}
