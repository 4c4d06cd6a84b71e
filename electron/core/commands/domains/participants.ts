import { z } from 'zod'
import {
  idSchema,
  LIMITS,
  participantNameSchema,
  type Participant,
  type Session,
} from '../../session/schema'
import { accept, editById, noIdsLeft, reject, takeId, type ReduceResult } from '../helpers'

export const participantCommandSchemas = [
  z.strictObject({
    type: z.literal('participant/add-many'),
    names: z.array(participantNameSchema).min(1).max(LIMITS.participants),
  }),
  z.strictObject({
    type: z.literal('participant/rename'),
    id: idSchema,
    name: participantNameSchema,
  }),
  z.strictObject({ type: z.literal('participant/remove'), id: idSchema }),
  z.strictObject({
    type: z.literal('participant/set-present'),
    id: idSchema,
    present: z.boolean(),
  }),
] as const

export type ParticipantCommand = z.output<(typeof participantCommandSchemas)[number]>

const sameName = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0

/** Names not yet in the session (ignoring case and accents), each once. */
export function newNames(session: Session, names: readonly string[]): string[] {
  const result: string[] = []
  for (const name of names.map((n) => n.trim()).filter((n) => n !== '')) {
    const known = [...session.participants.map((p) => p.name), ...result]
    if (!known.some((existing) => sameName(existing, name))) result.push(name)
  }
  return result
}

export function reduceParticipants(state: Session, command: ParticipantCommand): ReduceResult {
  switch (command.type) {
    case 'participant/add-many': {
      const names = newNames(state, command.names)
      // Only names already there: nothing changes, so no revision and no empty undo step.
      if (names.length === 0) return accept(state)
      if (state.participants.length + names.length > LIMITS.participants)
        return reject('limit-reached', `at most ${LIMITS.participants} participants`)
      let session = state
      const added: Participant[] = []
      for (const name of names) {
        const taken = takeId(session, 'pp')
        if (!taken) return noIdsLeft()
        session = taken.session
        added.push({ id: taken.id, name, present: true })
      }
      return accept({ ...session, participants: [...state.participants, ...added] })
    }
    case 'participant/rename':
    case 'participant/set-present': {
      const { type, id, ...changes } = command
      const participants = editById(state.participants, id, changes)
      return participants ? accept({ ...state, participants }) : reject('unknown-participant', id)
    }
    case 'participant/remove': {
      if (!state.participants.some((p) => p.id === command.id))
        return reject('unknown-participant', command.id)
      // Their places in variant-2 rounds become empty and their notes go; the rounds stay.
      const dilemmas = state.dilemmas.map((dilemma) => ({
        ...dilemma,
        roundNotes: dilemma.roundNotes.map((notes) => ({
          ...notes,
          speakers: Object.fromEntries(
            Object.entries(notes.speakers).filter(([id]) => id !== command.id),
          ),
        })),
        variant2: {
          ...dilemma.variant2,
          rounds: dilemma.variant2.rounds.map((round) => ({
            speakers: round.speakers.map((id) => (id === command.id ? null : id)),
          })),
        },
      }))
      return accept({
        ...state,
        dilemmas,
        participants: state.participants.filter((p) => p.id !== command.id),
      })
    }
    default:
      return command satisfies never
  }
}
