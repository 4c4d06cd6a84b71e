import { reportPeople } from '../privacy/people'
import { publishReport, type Publication } from '../privacy/publication'
import { Pseudonyms } from '../privacy/pseudonyms'
import type { Phase, Session } from '../session/schema'
import { cleanText } from './clean-text'
import { reportDates, type ReportDates } from './report-dates'
import { dilemmaSection } from './report-model-dilemmas'
import { lookBackSection } from './report-model-look-back'
import type {
  FollowUpRow,
  HarvestSection,
  ProgrammeRow,
  ProgrammeSection,
  ReportFact,
  ReportModel,
} from './report-model-types'
import { tensionMapReport } from './report-tension-map'
import { reportTexts, type ReportTexts } from './report-texts'

export type * from './report-model-types'

export interface ReportModelOptions {
  /** The zone clock times are written in; the computer's own when left out. */
  readonly timeZone?: string
}

const MINUTE = 60_000

function listOf(texts: ReportTexts, items: readonly string[]): string {
  return new Intl.ListFormat(texts.tag, { type: 'conjunction' }).format(items)
}

function facts(session: Session, texts: ReportTexts, dates: ReportDates): ReportFact[] {
  const { setup, participants } = session
  const present = participants.filter((p) => p.present)
  const facilitators = setup.facilitators.map(cleanText).filter((name) => name !== '')
  const names = present.map((p) => cleanText(p.name))
  const candidates: [string, string][] = [
    [texts.facts.date, setup.date === '' ? '' : dates.longDate(setup.date)],
    [texts.facts.time, setup.startTime],
    [texts.facts.place, cleanText(setup.location)],
    [texts.facts.team, cleanText(setup.team)],
    [
      texts.facts.facilitators,
      facilitators.length === 0 || session.report.includeNames
        ? listOf(texts, facilitators)
        : texts.facilitatorCount(facilitators.length),
    ],
    [texts.facts.participants, participants.length === 0 ? '' : texts.present(present.length)],
  ]
  const attendees = session.report.includeNames ? listOf(texts, names) : ''
  const named = (label: string) =>
    session.report.includeNames && label === texts.facts.facilitators ? { names: true } : {}
  return [
    ...candidates
      .filter(([, value]) => value !== '')
      .map(([label, value]) => ({ label, value, ...named(label) })),
    ...(attendees === ''
      ? []
      : [{ label: texts.facts.attendees, value: attendees, wide: true, names: true }]),
  ]
}

function span(start: number | null, end: number | null, texts: ReportTexts): string {
  return start === null || end === null
    ? ''
    : texts.minutes(Math.round(Math.max(0, end - start) / MINUTE))
}

function phaseRow(phase: Phase, current: boolean, texts: ReportTexts, dates: ReportDates) {
  const { startedAt, endedAt } = phase
  let end = ''
  if (startedAt !== null)
    end =
      endedAt !== null
        ? dates.time(endedAt)
        : current
          ? texts.programme.running
          : texts.programme.notEnded
  return {
    title: cleanText(phase.title),
    planned: texts.minutes(phase.plannedMinutes),
    start: startedAt === null ? texts.programme.notStarted : dates.time(startedAt),
    end,
    duration: span(startedAt, endedAt, texts),
  }
}

function totalRow(phases: readonly Phase[], texts: ReportTexts, dates: ReportDates): ProgrammeRow {
  const starts = phases.flatMap((p) => (p.startedAt === null ? [] : [p.startedAt]))
  const ends = phases.flatMap((p) => (p.endedAt === null ? [] : [p.endedAt]))
  const first = starts.length === 0 ? null : Math.min(...starts)
  const last = ends.length === 0 ? null : Math.max(...ends)
  return {
    title: texts.programme.total,
    planned: texts.minutes(phases.reduce((sum, p) => sum + p.plannedMinutes, 0)),
    start: first === null ? texts.programme.notStarted : dates.time(first),
    end: last === null ? '' : dates.time(last),
    duration: span(first, last, texts),
  }
}

function programmeSection(
  session: Session,
  texts: ReportTexts,
  dates: ReportDates,
): ProgrammeSection {
  const { phases } = session
  const words = texts.programme
  return {
    heading: words.heading,
    columns: {
      title: words.phase,
      planned: words.planned,
      start: words.start,
      end: words.end,
      duration: words.duration,
    },
    rows: phases.map((p) => phaseRow(p, p.id === session.currentPhaseId, texts, dates)),
    total: phases.length === 0 ? null : totalRow(phases, texts, dates),
    empty: phases.length === 0 ? words.empty : null,
  }
}

/** The line-up's statement, once the starter was actually done; the observation stays private. */
function starterFact(session: Session, texts: ReportTexts): ReportFact | null {
  const started = session.phases.some((p) => p.kind === 'starter' && p.startedAt !== null)
  const statement = cleanText(session.starter.statement)
  if (!started || statement === '') return null
  const left = cleanText(session.starter.leftEnd)
  const right = cleanText(session.starter.rightEnd)
  const ends = left !== '' && right !== '' ? ` (${texts.starter.ends(left, right)})` : ''
  return { label: texts.starter.label, value: `${statement}${ends}` }
}

function harvestSection(session: Session, texts: ReportTexts, dates: ReportDates): HarvestSection {
  const words = texts.harvest
  const list = (heading: string, from: readonly { text: string }[], empty: string) => {
    const items = from.map((item) => cleanText(item.text)).filter((text) => text !== '')
    return { heading, items, empty: items.length === 0 ? empty : null }
  }
  const rows: FollowUpRow[] = session.harvest.followUps
    .map((f) => ({
      what: cleanText(f.what),
      who: cleanText(f.who),
      due: f.due === '' ? '' : dates.shortDate(f.due),
    }))
    .filter((row) => row.what !== '' || row.who !== '' || row.due !== '')
  return {
    heading: words.heading,
    tensionMap: tensionMapReport(session, texts),
    threads: list(words.threads, session.harvest.threads, words.noThreads),
    insights: list(words.insights, session.harvest.insights, words.noInsights),
    followUps: {
      heading: words.followUps,
      columns: { what: words.what, who: words.who, due: words.due },
      rows,
      empty: rows.length === 0 ? words.noFollowUps : null,
    },
  }
}

/**
 * Everything the feedback report says, resolved in the session's language, as it will be
 * written: every choice of the publication check applied. Phase notes and the starter's
 * observation are the facilitator's own and never appear; names and contributors only when the
 * session's report options allow them.
 */
export function buildReportModel(
  session: Session,
  generatedAt: number,
  options: ReportModelOptions = {},
): ReportModel {
  return publicationOf(session, generatedAt, options).model
}

/** The report as it will be written and what the publication check found in what was typed. */
export function publicationOf(
  session: Session,
  generatedAt: number,
  options: ReportModelOptions = {},
): Publication {
  const texts = reportTexts(session.locale)
  const pseudonyms = new Pseudonyms(texts)
  const raw = rawReportModel(session, generatedAt, options, texts, pseudonyms)
  return publishReport(raw, reportPeople(session), session.report, texts, pseudonyms)
}

function rawReportModel(
  session: Session,
  generatedAt: number,
  options: ReportModelOptions,
  texts: ReportTexts,
  pseudonyms: Pseudonyms,
): ReportModel {
  const dates = reportDates(texts.tag, options.timeZone)
  const moreInfo = cleanText(session.setup.moreInfo)
  return {
    locale: session.locale,
    languageTag: texts.tag,
    kicker: texts.kicker,
    title: cleanText(session.setup.title) || texts.untitled,
    facts: facts(session, texts, dates),
    lookBack: lookBackSection(session, texts, dates),
    programme: programmeSection(session, texts, dates),
    starter: starterFact(session, texts),
    principles: {
      ...texts.principles,
      items: session.principles.map((p) => ({
        label: cleanText(p.name),
        value: cleanText(p.summary),
      })),
    },
    dilemmas: dilemmaSection(session, texts, pseudonyms),
    harvest: harvestSection(session, texts, dates),
    moreInfo: moreInfo === '' ? null : { label: texts.moreInfo, value: moreInfo },
    generated: texts.generated(dates.moment(generatedAt)),
  }
}
