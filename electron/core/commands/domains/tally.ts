import { z } from 'zod'
import { idSchema, LIMITS, type Dilemma, type Session } from '../../session/schema'
import { tallyCount } from '../../session/selectors'
import { reject, withDilemma, type ReduceResult } from '../helpers'

/** How many stood at each principle, per dilemma (variant 1). */
export const tallyCommandSchemas = [
  z.strictObject({
    type: z.literal('tally/adjust'),
    dilemmaId: idSchema,
    principleId: idSchema,
    delta: z.number().int().min(-LIMITS.tally).max(LIMITS.tally),
  }),
  z.strictObject({
    type: z.literal('tally/set'),
    dilemmaId: idSchema,
    principleId: idSchema,
    count: z.number().int().min(0).max(LIMITS.tally),
  }),
  z.strictObject({ type: z.literal('tally/reset'), dilemmaId: idSchema }),
] as const

export type TallyCommand = z.output<(typeof tallyCommandSchemas)[number]>

function setCount(dilemma: Dilemma, principleId: string, count: number): Dilemma {
  const others = Object.entries(dilemma.tally).filter(([id]) => id !== principleId)
  const entries = count > 0 ? [...others, [principleId, Math.min(count, LIMITS.tally)]] : others
  return { ...dilemma, tally: Object.fromEntries(entries) }
}

export function reduceTally(state: Session, command: TallyCommand): ReduceResult {
  switch (command.type) {
    case 'tally/adjust':
    case 'tally/set': {
      if (!state.principles.some((p) => p.id === command.principleId))
        return reject('unknown-principle', command.principleId)
      return withDilemma(state, command.dilemmaId, (d) => {
        const count =
          command.type === 'tally/set'
            ? command.count
            : tallyCount(d, command.principleId) + command.delta
        return setCount(d, command.principleId, Math.max(0, count))
      })
    }
    case 'tally/reset':
      return withDilemma(state, command.dilemmaId, (d) => ({ ...d, tally: {} }))
    default:
      return command satisfies never
  }
}
