import type { Pseudonyms } from '../privacy/pseudonyms'
import { CASE_TEXT_FIELDS, type Dilemma, type Session, type TallyMoment } from '../session/schema'
import { momentCount } from '../session/selectors'
import { tallyMovement } from '../session/tally-movement'
import { cleanText } from './clean-text'
import type {
  DilemmaReport,
  DilemmaSection,
  PrincipleRef,
  OpenDilemmas,
  ReportFact,
  RoundsTable,
  TallyChart,
  Variant2Report,
} from './report-model-types'
import { roundNotesSection, speakerName, usedRounds } from './report-model-rounds'
import { pairFacts } from './report-tension-map'
import type { ReportTexts } from './report-texts'

function hasCasework(dilemma: Dilemma): boolean {
  return (
    [...Object.values(dilemma.tally), ...Object.values(dilemma.firstTally)].some((n) => n > 0) ||
    CASE_TEXT_FIELDS.some((field) => cleanText(dilemma[field]) !== '') ||
    dilemma.variant2.principleIds.length > 0 ||
    dilemma.variant2.rounds.some((round) => round.speakers.some((id) => id !== null)) ||
    dilemma.pairs.length > 0 ||
    dilemma.roundNotes.some((notes) =>
      [notes.tops, notes.tips, ...Object.values(notes.speakers).flatMap((n) => [n.good, n.hard])]
        .map(cleanText)
        .some((text) => text !== ''),
    )
  )
}

function principleRef(session: Session, id: string): PrincipleRef | null {
  const principle = session.principles.find((p) => p.id === id)
  return principle ? { name: cleanText(principle.name), color: principle.color } : null
}

/** The count the chart shows: after the conversation, or the first choice when that is all. */
function chartMoment(dilemma: Dilemma): TallyMoment {
  return Object.keys(dilemma.tally).length === 0 && Object.keys(dilemma.firstTally).length > 0
    ? 'first'
    : 'after'
}

function tallyChart(session: Session, dilemma: Dilemma, texts: ReportTexts): TallyChart | null {
  const moment = chartMoment(dilemma)
  const counts = session.principles.map((p) => ({
    principle: p,
    count: momentCount(dilemma, moment, p.id),
  }))
  const total = counts.reduce((sum, { count }) => sum + count, 0)
  if (dilemma.variant !== 'variant1' && total === 0) return null
  const most = Math.max(0, ...counts.map(({ count }) => count))
  const both = moment === 'after' && Object.keys(dilemma.firstTally).length > 0
  return {
    heading: both ? texts.dilemma.tallyAfter : texts.dilemma.tally,
    columns: { principle: texts.dilemma.principle, count: texts.dilemma.count },
    bars: counts.map(({ principle, count }) => {
      const name = cleanText(principle.name)
      return {
        name,
        color: principle.color,
        count,
        share: most === 0 ? 0 : count / most,
        label: texts.chartLabel(name, count),
      }
    }),
    total: texts.dilemma.tallyTotal(total),
    empty: total === 0 ? texts.dilemma.noTally : null,
  }
}

/**
 * Who stood on which principle, round by round. Without permission to name people, each
 * speaker gets the label that holds for the whole report, so "Deelnemer A" is one person, also
 * where a text names them.
 */
function roundsTable(
  session: Session,
  dilemma: Dilemma,
  texts: ReportTexts,
  pseudonyms: Pseudonyms,
): RoundsTable {
  const { principleIds, rounds } = dilemma.variant2
  const used = usedRounds(dilemma).flatMap((index) => rounds[index] ?? [])
  const lastOccupied = Math.max(
    -1,
    ...used.flatMap((round) => round.speakers.map((id, slot) => (id === null ? -1 : slot))),
  )
  const slots = Math.max(principleIds.length, lastOccupied + 1)
  const nameOf = (id: string | null | undefined): string =>
    id === null || id === undefined
      ? texts.dilemma.nobody
      : (speakerName(session, id, pseudonyms) ?? texts.dilemma.nobody)
  return {
    heading: texts.dilemma.rounds,
    corner: texts.dilemma.roundColumn,
    columns: Array.from({ length: slots }, (_, slot) => {
      const id = principleIds[slot]
      return id === undefined ? null : principleRef(session, id)
    }),
    noPrinciple: texts.dilemma.noPrinciple,
    rows: used.map((round, index) => ({
      label: texts.dilemma.round(index + 1),
      cells: Array.from({ length: slots }, (_, slot) => nameOf(round.speakers[slot])),
    })),
    empty: used.length === 0 ? texts.dilemma.noRounds : null,
  }
}

function variant2Report(
  session: Session,
  dilemma: Dilemma,
  texts: ReportTexts,
  pseudonyms: Pseudonyms,
): Variant2Report | null {
  const { principleIds, rounds } = dilemma.variant2
  const anySpeaker = rounds.some((round) => round.speakers.some((id) => id !== null))
  if (dilemma.variant !== 'variant2' && principleIds.length === 0 && !anySpeaker) return null
  const principles = principleIds
    .map((id) => principleRef(session, id))
    .filter((ref): ref is PrincipleRef => ref !== null)
  return {
    heading: texts.dilemma.chosen,
    principles,
    empty: principles.length === 0 ? texts.dilemma.noneChosen : null,
    rounds: roundsTable(session, dilemma, texts, pseudonyms),
    // After the table: its labels are handed out first, in the order people stood.
    notes: roundNotesSection(session, dilemma, texts, pseudonyms),
  }
}

/** Counted before and after the conversation: the first choice and the movement, in words. */
function movementFacts(session: Session, dilemma: Dilemma, texts: ReportTexts): ReportFact[] {
  const movement = tallyMovement(dilemma, session.principles)
  if (dilemma.variant !== 'variant1' || !movement.counted) return []
  const first = movement.rows
    .filter((row) => row.first > 0)
    .map((row) => `${cleanText(row.principle.name)} ${row.first}`)
    .join(', ')
  const moves = movement.moves.map((m) =>
    texts.dilemma.move(m.count, cleanText(m.from.name), cleanText(m.to.name)),
  )
  return [
    { label: texts.dilemma.firstChoice, value: first },
    { label: texts.dilemma.movement, value: texts.dilemma.moved(movement.moved, moves) },
  ]
}

function dilemmaReport(
  session: Session,
  dilemma: Dilemma,
  number: number,
  texts: ReportTexts,
  pseudonyms: Pseudonyms,
): DilemmaReport {
  const facts: ReportFact[] = [
    { label: texts.dilemma.variant, value: texts.variants[dilemma.variant] },
  ]
  facts.push(...movementFacts(session, dilemma, texts), ...pairFacts(session, dilemma, texts))
  const contributor = cleanText(dilemma.contributor)
  if (session.report.includeContributors && contributor !== '')
    facts.push({ label: texts.dilemma.contributor, value: contributor, names: true })
  return {
    number,
    title: cleanText(dilemma.title),
    description: cleanText(dilemma.description),
    facts,
    tally: tallyChart(session, dilemma, texts),
    variant2: variant2Report(session, dilemma, texts, pseudonyms),
    texts: CASE_TEXT_FIELDS.map((field) => ({
      label: texts.caseTexts[field],
      value: cleanText(dilemma[field]),
    })).filter((text) => text.value !== ''),
  }
}

/**
 * The titles of the dilemmas not discussed, skipped apart from not reached: material for a next
 * session. Only when the facilitator lists them (new sessions do by default; a title can be
 * private to whoever brought it in, so the tick box stays).
 */
function openDilemmas(
  session: Session,
  reported: readonly Dilemma[],
  texts: ReportTexts,
): OpenDilemmas | null {
  if (!session.report.includeOpenDilemmas) return null
  const open = session.dilemmas.filter((d) => !reported.includes(d))
  const words = texts.openDilemmas
  const groups = [
    { heading: words.skipped, titles: open.filter((d) => d.status === 'skipped') },
    { heading: words.notReached, titles: open.filter((d) => d.status !== 'skipped') },
  ]
    .map((group) => ({ ...group, titles: group.titles.map((d) => cleanText(d.title)) }))
    .filter((group) => group.titles.length > 0)
  return groups.length === 0 ? null : { heading: words.heading, groups }
}

/**
 * The dilemmas that were discussed, and the one on the floor if anything was recorded for it.
 * Skipped and unreached ones are counted, and listed by title when the facilitator chooses so.
 */
export function dilemmaSection(
  session: Session,
  texts: ReportTexts,
  pseudonyms: Pseudonyms,
): DilemmaSection {
  const reported = session.dilemmas.filter(
    (d) => d.status === 'discussed' || (d.id === session.currentDilemmaId && hasCasework(d)),
  )
  const skipped = session.dilemmas.filter((d) => d.status === 'skipped').length
  const notReached = session.dilemmas.length - reported.length - skipped
  return {
    heading: texts.dilemmas.heading,
    items: reported.map((dilemma, index) =>
      dilemmaReport(session, dilemma, index + 1, texts, pseudonyms),
    ),
    empty: reported.length === 0 ? texts.dilemmas.empty : null,
    open: openDilemmas(session, reported, texts),
    notDiscussed:
      skipped + notReached > 0 ? texts.dilemmas.notDiscussed(skipped, notReached) : null,
  }
}
