import { z } from 'zod'
import { target, typed } from '../coalescing'
import { isReadableBehindWhite } from '../../principles/contrast'
import { defaultPrinciples } from '../../session/default-session'
import { realignedRound } from '../../session/speakers'
import {
  colorSchema,
  idSchema,
  LIMITS,
  principleSchema,
  type Principle,
  type Session,
} from '../../session/schema'
import { accept, editById, moveById, reject, type ReduceResult } from '../helpers'

export const principleCommandSchemas = [
  z.strictObject({
    type: z.literal('principle/edit'),
    id: target(idSchema),
    name: typed(principleSchema.shape.name.optional()),
    summary: typed(principleSchema.shape.summary.optional()),
    explanation: typed(principleSchema.shape.explanation.optional()),
    color: typed(colorSchema.optional()),
  }),
  z.strictObject({
    type: z.literal('principle/move'),
    id: idSchema,
    toIndex: z.number().int().nonnegative(),
  }),
  z.strictObject({ type: z.literal('principle/reset-all') }),
  z.strictObject({
    type: z.literal('principle/replace-all'),
    principles: z.array(principleSchema).min(1).max(LIMITS.principles),
  }),
] as const

export type PrincipleCommand = z.output<(typeof principleCommandSchemas)[number]>

/**
 * After a deck changes, tallies, marked pairs, chosen principles and the projector forget removed
 * ones.
 */
export function withPrinciples(state: Session, principles: Principle[]): Session {
  const known = new Set(principles.map((p) => p.id))
  return {
    ...state,
    principles,
    dilemmas: state.dilemmas.map((dilemma) => {
      const before = dilemma.variant2.principleIds
      const after = before.filter((id) => known.has(id))
      return {
        ...dilemma,
        tally: Object.fromEntries(Object.entries(dilemma.tally).filter(([id]) => known.has(id))),
        firstTally: Object.fromEntries(
          Object.entries(dilemma.firstTally).filter(([id]) => known.has(id)),
        ),
        pairs: dilemma.pairs.filter((pair) => known.has(pair.a) && known.has(pair.b)),
        variant2: {
          principleIds: after,
          // Speakers stay on their principle when one before them leaves the deck.
          rounds: dilemma.variant2.rounds.map((round) => realignedRound(round, before, after)),
        },
      }
    }),
    projector: {
      ...state.projector,
      principleId:
        state.projector.principleId !== null && known.has(state.projector.principleId)
          ? state.projector.principleId
          : null,
    },
  }
}

function deckProblem(principles: readonly Principle[]): ReduceResult | null {
  const ids = principles.map((p) => p.id)
  if (new Set(ids).size !== ids.length) return reject('invalid-command', 'principle ids repeat')
  const unreadable = principles.find((p) => !isReadableBehindWhite(p.color))
  return unreadable ? reject('low-contrast', unreadable.id) : null
}

export function reducePrinciples(state: Session, command: PrincipleCommand): ReduceResult {
  switch (command.type) {
    case 'principle/edit': {
      if (command.color !== undefined && !isReadableBehindWhite(command.color))
        return reject('low-contrast', command.color)
      const { type, id, ...changes } = command
      const principles = editById(state.principles, id, changes)
      return principles ? accept({ ...state, principles }) : reject('unknown-principle', id)
    }
    case 'principle/move': {
      const principles = moveById(state.principles, command.id, command.toIndex)
      return principles ? accept({ ...state, principles }) : reject('unknown-principle', command.id)
    }
    case 'principle/reset-all':
      return accept(withPrinciples(state, defaultPrinciples()))
    case 'principle/replace-all':
      return deckProblem(command.principles) ?? accept(withPrinciples(state, command.principles))
    default:
      return command satisfies never
  }
}
