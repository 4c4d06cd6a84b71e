import { participantKey } from '../privacy/people'
import type { Pseudonyms } from '../privacy/pseudonyms'
import { roundNotesOf } from '../session/round-notes'
import type { Dilemma, Session } from '../session/schema'
import { cleanText } from './clean-text'
import type { RoundNotesSection, SpeakerNotesRow } from './report-model-types'
import type { ReportTexts } from './report-texts'

/**
 * How the report names a participant: by name when the facilitator allows it, otherwise by the
 * label that holds for the whole report, so "Deelnemer A" is one person in every table and text.
 */
export function speakerName(session: Session, id: string, pseudonyms: Pseudonyms): string | null {
  const participant = session.participants.find((p) => p.id === id)
  if (!session.report.includeNames) return pseudonyms.labelOf(participantKey(id))
  return participant ? cleanText(participant.name) : null
}

/** The rounds that have a row in the rounds table: those where someone stood. */
export function usedRounds(dilemma: Dilemma): number[] {
  return dilemma.variant2.rounds.flatMap((round, index) =>
    round.speakers.some((id) => id !== null) ? [index] : [],
  )
}

/**
 * Variant 2, round by round: the observeerders' tops and tips, and what each speaker found went
 * well and was hard, named as in the rounds table and with the principle they stood on. Rounds
 * and speakers with nothing written are left out; null when nothing was written at all.
 */
export function roundNotesSection(
  session: Session,
  dilemma: Dilemma,
  texts: ReportTexts,
  pseudonyms: Pseudonyms,
): RoundNotesSection | null {
  const words = texts.dilemma
  const { principleIds, rounds: allRounds } = dilemma.variant2
  const used = usedRounds(dilemma)
  const principleName = (slot: number): string | null => {
    const principle = session.principles.find((p) => p.id === principleIds[slot])
    return principle ? cleanText(principle.name) : null
  }
  const rounds = allRounds.flatMap((round, index) => {
    const notes = roundNotesOf(dilemma, index)
    const tops = cleanText(notes.tops)
    const tips = cleanText(notes.tips)
    // Those who stood in the round first, in slot order; then anyone with notes who has since
    // made way (notes follow the person, not the place).
    const standing = round.speakers.flatMap((id, slot) => (id === null ? [] : [{ id, slot }]))
    const others = Object.keys(notes.speakers)
      .filter((id) => !round.speakers.includes(id))
      .map((id) => ({ id, slot: -1 }))
    const speakers = [...standing, ...others].flatMap(({ id, slot }): SpeakerNotesRow[] => {
      const note = notes.speakers[id]
      const good = cleanText(note?.good ?? '')
      const hard = cleanText(note?.hard ?? '')
      if (good === '' && hard === '') return []
      const name = speakerName(session, id, pseudonyms) ?? words.nobody
      const principle = slot === -1 ? null : principleName(slot)
      return [{ speaker: principle === null ? name : words.speakerOn(name, principle), good, hard }]
    })
    if (tops === '' && tips === '' && speakers.length === 0) return []
    const position = used.indexOf(index)
    const label = words.round(position === -1 ? index + 1 : position + 1)
    return [{ index, label, tops, tips, speakers }]
  })
  if (rounds.length === 0) return null
  return {
    heading: words.roundNotes,
    labels: {
      tops: words.tops,
      tips: words.tips,
      speaker: words.speakerColumn,
      good: words.good,
      hard: words.hard,
    },
    rounds,
  }
}
