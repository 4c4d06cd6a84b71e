import { reportDates } from '../report/report-dates'
import type { Locale } from '../session/schema'
import type { TeamOverview } from './team-contract'
import { teamTexts, type TeamTexts } from './team-texts'
import {
  firstItems,
  latestFitting,
  shortened,
  SUMMARY_LIMITS,
  type SummaryList,
  withSpare,
} from './team-summary-fit'

export type { SummaryList }

export interface SummaryPrinciple {
  readonly name: string
  readonly colour: string
  readonly first: number
  readonly after: number
  /** Against the largest count of either moment, for the bars. */
  readonly firstShare: number
  readonly afterShare: number
}

/** The summary in the words of one language, ready for HTML or Markdown; all text is plain. */
export interface TeamSummaryModel {
  readonly texts: TeamTexts
  readonly title: string
  readonly span: string
  readonly discussed: string | null
  readonly hidden: string | null
  readonly principles: SummaryList<SummaryPrinciple>
  readonly pairs: SummaryList<{
    readonly pair: string
    readonly kind: string
    readonly sessions: number
  }>
  readonly threads: SummaryList<{ readonly date: string; readonly text: string }>
  readonly followUps: SummaryList<{
    readonly date: string
    readonly what: string
    readonly state: string
  }>
  readonly skipped: SummaryList<{ readonly name: string; readonly reason: string }>
  readonly generated: string
}

export interface TeamSummaryOptions {
  readonly locale?: Locale
  /** For tests; undefined: the computer's own zone, as the facilitator saw the clock. */
  readonly timeZone?: string
}

/** "14 sep 2026": short enough for a narrow column on a full page. */
function compactDate(tag: string): (isoDate: string) => string {
  const format = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return (isoDate) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
    if (!match) return isoDate
    return format.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  }
}

export function teamSummaryModel(
  overview: TeamOverview,
  generatedAt: number,
  options: TeamSummaryOptions = {},
): TeamSummaryModel {
  const texts = teamTexts(options.locale ?? 'nl')
  const dates = reportDates(texts.tag, options.timeZone)
  const compact = compactDate(texts.tag)
  const { sessions } = overview
  const from = sessions[0]?.date ?? ''
  const to = sessions.at(-1)?.date ?? ''
  const discussed = sessions.reduce((sum, s) => sum + s.discussed, 0)
  const hidden = overview.hidden ?? 0
  const principles = principleRows(overview, texts)
  const pairs = firstItems(overview.pairs, SUMMARY_LIMITS.pairs, texts.pairs.more, (pair) => ({
    pair: `${pair.a} – ${pair.b}`,
    kind: texts.pairs.kinds[pair.kind],
    sessions: pair.sessions,
  }))
  const skipped = firstItems(
    overview.skipped,
    SUMMARY_LIMITS.skipped,
    texts.skipped.more,
    (file) => ({
      name: file.name,
      reason: texts.skipped.reasons[file.reason],
    }),
  )
  // Rows the tables above do not take are room for more rode draden and follow-ups.
  const spare =
    SUMMARY_LIMITS.principles -
    principles.items.length +
    (SUMMARY_LIMITS.pairs - pairs.items.length) +
    (SUMMARY_LIMITS.skipped - skipped.items.length)
  return {
    texts,
    title: overview.folderName,
    span:
      sessions.length === 0
        ? texts.noSessions
        : texts.span(sessions.length, dates.shortDate(from), dates.shortDate(to)),
    discussed: sessions.length === 0 ? null : texts.discussed(discussed),
    hidden: hidden > 0 ? texts.hidden(hidden) : null,
    principles,
    pairs,
    threads: latestFitting(
      overview.threads,
      withSpare(SUMMARY_LIMITS.threads, spare),
      (thread) => `${thread.date} · ${thread.text}`,
      texts.threads.more,
      (thread) => ({ date: compact(thread.date), text: shortened(thread.text) }),
    ),
    followUps: latestFitting(
      overview.followUps,
      withSpare(SUMMARY_LIMITS.followUps, spare),
      (item) => item.what,
      texts.followUps.more,
      (item) => ({
        date: compact(item.date),
        what: shortened(item.what),
        state: texts.followUps.states[item.state],
      }),
    ),
    skipped,
    generated: texts.generated(dates.moment(generatedAt)),
  }
}

/** The most chosen principles, with their bars; none when nothing was counted. */
function principleRows(overview: TeamOverview, texts: TeamTexts): SummaryList<SummaryPrinciple> {
  const counted = overview.principles.some((p) => p.first + p.after > 0)
  if (!counted) return { items: [], more: null }
  const most = Math.max(0, ...overview.principles.flatMap((p) => [p.first, p.after]))
  const share = (count: number) => (most === 0 ? 0 : count / most)
  return firstItems(overview.principles, SUMMARY_LIMITS.principles, texts.principles.more, (p) => ({
    ...p,
    firstShare: share(p.first),
    afterShare: share(p.after),
  }))
}
