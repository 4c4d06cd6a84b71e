import { z } from 'zod'
import {
  idSchema,
  LIMITS,
  tallyMomentSchema,
  type Dilemma,
  type Session,
  type TallyMoment,
} from '../../session/schema'
import { countsOf, momentCount } from '../../session/selectors'
import { reject, withDilemma, type ReduceResult } from '../helpers'

/**
 * How many stood at each principle, per dilemma (variant 1), at the moment being counted:
 * "eerste keuze" before the conversation or "na het gesprek" after it.
 */
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
  /** Counts from now on at this moment; the first time "na het gesprek" starts from the first. */
  z.strictObject({
    type: z.literal('tally/moment'),
    dilemmaId: idSchema,
    moment: tallyMomentSchema,
  }),
  /** Shows (or hides again) a moment's count on the beamer. */
  z.strictObject({
    type: z.literal('tally/reveal'),
    dilemmaId: idSchema,
    moment: tallyMomentSchema,
    revealed: z.boolean(),
  }),
] as const

export type TallyCommand = z.output<(typeof tallyCommandSchemas)[number]>

const FIELD: Readonly<Record<TallyMoment, 'firstTally' | 'tally'>> = {
  first: 'firstTally',
  after: 'tally',
}

function setCount(dilemma: Dilemma, principleId: string, count: number): Dilemma {
  const field = FIELD[dilemma.tallyMoment]
  const others = Object.entries(dilemma[field]).filter(([id]) => id !== principleId)
  const entries = count > 0 ? [...others, [principleId, Math.min(count, LIMITS.tally)]] : others
  return { ...dilemma, [field]: Object.fromEntries(entries) }
}

function toMoment(dilemma: Dilemma, moment: TallyMoment): Dilemma {
  if (dilemma.tallyMoment === moment) return dilemma
  // People stay where they stood until they move: the second count starts from the first.
  const startsFromFirst = moment === 'after' && Object.keys(dilemma.tally).length === 0
  return {
    ...dilemma,
    tallyMoment: moment,
    ...(startsFromFirst ? { tally: { ...countsOf(dilemma, 'first') } } : {}),
  }
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
            : momentCount(d, d.tallyMoment, command.principleId) + command.delta
        return setCount(d, command.principleId, Math.max(0, count))
      })
    }
    case 'tally/reset':
      return withDilemma(state, command.dilemmaId, (d) => ({ ...d, [FIELD[d.tallyMoment]]: {} }))
    case 'tally/moment':
      return withDilemma(state, command.dilemmaId, (d) => toMoment(d, command.moment))
    case 'tally/reveal':
      return withDilemma(state, command.dilemmaId, (d) =>
        d.revealed[command.moment] === command.revealed
          ? d
          : { ...d, revealed: { ...d.revealed, [command.moment]: command.revealed } },
      )
    default:
      return command satisfies never
  }
}
