import { z } from 'zod'
import { typed } from '../coalescing'
import { starterSchema, type Session } from '../../session/schema'
import { accept, definedFields, type ReduceResult } from '../helpers'

/** The opening exercise: a statement and two ends of the room, and what the facilitator saw. */
export const starterCommandSchemas = [
  z.strictObject({
    type: z.literal('starter/edit'),
    statement: typed(starterSchema.shape.statement.optional()),
    leftEnd: typed(starterSchema.shape.leftEnd.optional()),
    rightEnd: typed(starterSchema.shape.rightEnd.optional()),
    observation: typed(starterSchema.shape.observation.optional()),
  }),
] as const

export type StarterCommand = z.output<(typeof starterCommandSchemas)[number]>

export function reduceStarter(state: Session, command: StarterCommand): ReduceResult {
  const { type, ...changes } = command
  return accept({ ...state, starter: { ...state.starter, ...definedFields(changes) } })
}
