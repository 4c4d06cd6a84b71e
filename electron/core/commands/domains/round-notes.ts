import { z } from 'zod'
import {
  idSchema,
  LIMITS,
  longTextSchema,
  type Dilemma,
  type RoundNotes,
  type Session,
} from '../../session/schema'
import { roundNotesOf } from '../../session/round-notes'
import { target, typed } from '../coalescing'
import { accept, reject, withDilemma, type ReduceResult } from '../helpers'

const roundSchema = z
  .number()
  .int()
  .min(0)
  .max(LIMITS.rounds - 1)

/** Variant 2, per round: what each speaker found good and hard, the observeerders' tops and tips. */
export const roundNoteCommandSchemas = [
  z.strictObject({
    type: z.literal('v2/set-round-text'),
    dilemmaId: target(idSchema),
    round: target(roundSchema),
    field: target(z.enum(['tops', 'tips'])),
    text: typed(longTextSchema),
  }),
  z.strictObject({
    type: z.literal('v2/set-speaker-note'),
    dilemmaId: target(idSchema),
    round: target(roundSchema),
    participantId: target(idSchema),
    field: target(z.enum(['good', 'hard'])),
    text: typed(longTextSchema),
  }),
  /** Puts a round's tops and tips on the beamer (null: back to the speakers). */
  z.strictObject({
    type: z.literal('v2/show-round-notes'),
    dilemmaId: idSchema,
    round: roundSchema.nullable(),
  }),
] as const

export type RoundNoteCommand = z.output<(typeof roundNoteCommandSchemas)[number]>

export { roundNotesOf }

function withRoundNotes(
  dilemma: Dilemma,
  round: number,
  change: (notes: RoundNotes) => RoundNotes,
): Dilemma | ReduceResult {
  if (round >= dilemma.variant2.rounds.length)
    return reject('invalid-state', `dilemma ${dilemma.id} has no round ${round + 1}`)
  // Rounds before this one that have no notes yet get empty ones: the list follows the rounds.
  const roundNotes = Array.from(
    { length: Math.max(dilemma.roundNotes.length, round + 1) },
    (_, i) => (i === round ? change(roundNotesOf(dilemma, i)) : roundNotesOf(dilemma, i)),
  )
  return { ...dilemma, roundNotes }
}

export function reduceRoundNotes(state: Session, command: RoundNoteCommand): ReduceResult {
  switch (command.type) {
    case 'v2/set-round-text':
      return withDilemma(state, command.dilemmaId, (d) =>
        withRoundNotes(d, command.round, (notes) => ({ ...notes, [command.field]: command.text })),
      )
    case 'v2/set-speaker-note': {
      const { participantId, field, text } = command
      if (!state.participants.some((p) => p.id === participantId))
        return reject('unknown-participant', participantId)
      return withDilemma(state, command.dilemmaId, (d) =>
        withRoundNotes(d, command.round, (notes) => {
          const note = notes.speakers[participantId] ?? { good: '', hard: '' }
          return {
            ...notes,
            speakers: { ...notes.speakers, [participantId]: { ...note, [field]: text } },
          }
        }),
      )
    }
    case 'v2/show-round-notes': {
      const { round } = command
      const shown = state.dilemmas.find((d) => d.id === command.dilemmaId)
      if (shown?.roundNotesShown === round) return accept(state)
      return withDilemma(state, command.dilemmaId, (d) =>
        round !== null && round >= d.variant2.rounds.length
          ? reject('invalid-state', `dilemma ${d.id} has no round ${round + 1}`)
          : { ...d, roundNotesShown: round },
      )
    }
    default:
      return command satisfies never
  }
}
