import { z } from 'zod'
import { idSchema, pairKindSchema, type PairMark, type Session } from '../../session/schema'
import { pairKey, pairKindOf } from '../../session/tension-map'
import { accept, reject, withDilemma, type ReduceResult } from '../helpers'

/** The tension map: which pairs of principles pulled against each other or met, per dilemma. */
export const pairCommandSchemas = [
  z.strictObject({
    type: z.literal('pair/mark'),
    dilemmaId: idSchema,
    a: idSchema,
    b: idSchema,
    /** null takes the mark off. */
    kind: pairKindSchema.nullable(),
  }),
] as const

export type PairCommand = z.output<(typeof pairCommandSchemas)[number]>

export function reducePairs(state: Session, command: PairCommand): ReduceResult {
  for (const id of [command.a, command.b])
    if (!state.principles.some((p) => p.id === id)) return reject('unknown-principle', id)
  if (command.a === command.b) return reject('invalid-command', 'a pair needs two principles')
  const { a, b } = pairKey(command.a, command.b)
  const marked = state.dilemmas.find((d) => d.id === command.dilemmaId)
  // Marking a pair as it already is changes nothing: no revision, no undo step.
  if (marked && pairKindOf(marked, a, b) === command.kind) return accept(state)
  return withDilemma(state, command.dilemmaId, (d) => {
    const current = d.pairs.find((pair) => pair.a === a && pair.b === b)
    const others = d.pairs.filter((pair) => pair !== current)
    const mark: PairMark[] = command.kind === null ? [] : [{ a, b, kind: command.kind }]
    return { ...d, pairs: [...others, ...mark] }
  })
}
