import { z } from 'zod'
import { idSchema, type Session } from '../../session/schema'
import { accept, reject, type ReduceResult } from '../helpers'

export const projectorCommandSchemas = [
  z.strictObject({ type: z.literal('projector/show-principle'), principleId: idSchema.nullable() }),
] as const

export type ProjectorCommand = z.output<(typeof projectorCommandSchemas)[number]>

export function reduceProjector(state: Session, command: ProjectorCommand): ReduceResult {
  // One command so far; a switch comes back when the projector gets more of its own.
  const { principleId } = command
  if (principleId !== null && !state.principles.some((p) => p.id === principleId))
    return reject('unknown-principle', principleId)
  return accept({ ...state, projector: { ...state.projector, principleId } })
}
