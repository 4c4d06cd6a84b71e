import type { Dilemma, RoundNotes } from './schema'

export const EMPTY_ROUND_NOTES: RoundNotes = { speakers: {}, tops: '', tips: '' }

/** A variant-2 round's notes; rounds nobody wrote about yet have empty ones. */
export function roundNotesOf(dilemma: Dilemma, round: number): RoundNotes {
  return dilemma.roundNotes[round] ?? EMPTY_ROUND_NOTES
}
