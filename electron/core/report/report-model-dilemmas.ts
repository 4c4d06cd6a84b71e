import { participantKey } from '../privacy/people'
import type { Pseudonyms } from '../privacy/pseudonyms'
import { CASE_TEXT_FIELDS, type Dilemma, type Session, type TallyMoment } from '../session/schema'
import { momentCount } from '../session/selectors'
import { tallyMovement } from '../session/tally-movement'
import { cleanText } from './clean-text'
import type {
  DilemmaReport,
  DilemmaSection,
  PrincipleRef,
  ReportFact,
  RoundsTable,
  TallyChart,
  Variant2Report,
} from './report-model-types'
import type { ReportTexts } from './report-texts'

function hasCasework(dilemma: Dilemma): boolean {
  return (
    [...Object.values(dilemma.tally), ...Object.values(dilemma.firstTally)].some((n) => n > 0) ||
    CASE_TEXT_FIELDS.some((field) => cleanText(dilemma[field]) !== '') ||
    dilemma.variant2.principleIds.length > 0 ||
    dilemma.variant2.rounds.some((round) => round.speakers.some((id) => id !== null))
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
  const used = rounds.filter((round) => round.speakers.some((id) => id !== null))
  const lastOccupied = Math.max(
    -1,
    ...used.flatMap((round) => round.speakers.map((id, slot) => (id === null ? -1 : slot))),
  )
  const slots = Math.max(principleIds.length, lastOccupied + 1)
  const nameOf = (id: string | null | undefined): string => {
    if (id === null || id === undefined) return texts.dilemma.nobody
    if (session.report.includeNames) {
      const participant = session.participants.find((p) => p.id === id)
      return participant ? cleanText(participant.name) : texts.dilemma.nobody
    }
    return pseudonyms.labelOf(participantKey(id))
  }
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
  facts.push(...movementFacts(session, dilemma, texts))
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
 * The dilemmas that were discussed, and the one on the floor if anything was recorded for it.
 * Skipped and unreached ones are only counted: their titles may be private to the contributor.
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
  const open = session.report.includeOpenDilemmas
    ? session.dilemmas.filter((d) => !reported.includes(d)).map((d) => cleanText(d.title))
    : []
  return {
    heading: texts.dilemmas.heading,
    items: reported.map((dilemma, index) =>
      dilemmaReport(session, dilemma, index + 1, texts, pseudonyms),
    ),
    empty: reported.length === 0 ? texts.dilemmas.empty : null,
    open,
    notDiscussed:
      skipped + notReached > 0 ? texts.dilemmas.notDiscussed(skipped, notReached) : null,
  }
}
