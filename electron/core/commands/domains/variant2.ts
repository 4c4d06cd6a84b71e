import { z } from 'zod'
import {
  assignedRound,
  currentRound,
  proposeSpeakers,
  realignedRound,
  rotatedRound,
} from '../../session/speakers'
import { idSchema, LIMITS, type Dilemma, type Session } from '../../session/schema'
import { accept, reject, withDilemma, type ReduceResult } from '../helpers'
import { roundNoteCommandSchemas, reduceRoundNotes, type RoundNoteCommand } from './round-notes'
import { withNewRound } from './timers'

const slotSchema = z
  .number()
  .int()
  .min(0)
  .max(LIMITS.speakers - 1)

/** Variant 2: the principles in play, who speaks for which, and the rounds. */
export const variant2CommandSchemas = [
  z.strictObject({
    type: z.literal('v2/set-principles'),
    dilemmaId: idSchema,
    principleIds: z.array(idSchema).max(LIMITS.speakers),
  }),
  z.strictObject({
    type: z.literal('v2/assign'),
    dilemmaId: idSchema,
    slot: slotSchema,
    participantId: idSchema.nullable(),
  }),
  z.strictObject({
    type: z.literal('v2/pick-speakers'),
    dilemmaId: idSchema,
    /** Chosen by the window, so the reducer stays pure and the pick can be replayed. */
    seed: z
      .number()
      .int()
      .nonnegative()
      .max(2 ** 32 - 1),
  }),
  z.strictObject({ type: z.literal('v2/rotate'), dilemmaId: idSchema }),
  ...roundNoteCommandSchemas,
] as const

export type Variant2Command = z.output<(typeof variant2CommandSchemas)[number]>

function replaceCurrentRound(dilemma: Dilemma, speakers: (string | null)[]): Dilemma {
  const rounds = [...dilemma.variant2.rounds.slice(0, -1), { speakers }]
  return { ...dilemma, variant2: { ...dilemma.variant2, rounds } }
}

export function reduceVariant2(
  state: Session,
  command: Variant2Command,
  now: number,
): ReduceResult {
  const knownPrinciple = (id: string) => state.principles.some((p) => p.id === id)
  switch (command.type) {
    case 'v2/set-principles': {
      const ids = command.principleIds
      const unknown = ids.find((id) => !knownPrinciple(id))
      if (unknown) return reject('unknown-principle', unknown)
      if (new Set(ids).size !== ids.length)
        return reject('invalid-command', 'a principle is chosen twice')
      return withDilemma(state, command.dilemmaId, (d) => ({
        ...d,
        variant2: {
          principleIds: ids,
          // Speakers stay on their principle when the choice changes around them.
          rounds: d.variant2.rounds.map((r) => realignedRound(r, d.variant2.principleIds, ids)),
        },
      }))
    }
    case 'v2/assign': {
      const { participantId } = command
      if (participantId !== null && !state.participants.some((p) => p.id === participantId))
        return reject('unknown-participant', participantId)
      return withDilemma(state, command.dilemmaId, (d) =>
        replaceCurrentRound(
          d,
          assignedRound(currentRound(d), command.slot, participantId).speakers,
        ),
      )
    }
    case 'v2/pick-speakers':
      return withDilemma(state, command.dilemmaId, (d) => {
        const picked = proposeSpeakers(state, d.id, command.seed)
        const speakers = Array.from({ length: LIMITS.speakers }, (_, i) => picked[i] ?? null)
        return replaceCurrentRound(d, speakers)
      })
    case 'v2/rotate': {
      const rotated = withDilemma(state, command.dilemmaId, (d) => {
        const inUse = d.variant2.principleIds.length
        if (inUse < 2) return reject('invalid-state', 'rotating needs at least two principles')
        if (d.variant2.rounds.length >= LIMITS.rounds)
          return reject('limit-reached', `at most ${LIMITS.rounds} rounds`)
        const rounds = [...d.variant2.rounds, rotatedRound(currentRound(d), inUse)]
        // The beamer moves on with the round: the new speakers, not the last round's notes.
        return { ...d, variant2: { ...d.variant2, rounds }, roundNotesShown: null }
      })
      // Each new round gets its own countdown.
      return rotated.ok ? accept(withNewRound(rotated.session, now)) : rotated
    }
    case 'v2/set-round-text':
    case 'v2/set-speaker-note':
    case 'v2/show-round-notes':
      return reduceRoundNotes(state, command satisfies RoundNoteCommand)
    default:
      return command satisfies never
  }
}
