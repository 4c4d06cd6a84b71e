import type { z } from 'zod'
import type { Session } from '../../session/schema'
import type { ReduceResult } from '../helpers'
import { dilemmaCommandSchemas, reduceDilemmas } from './dilemmas'
import { harvestCommandSchemas, reduceHarvest } from './harvest'
import { lookBackCommandSchemas, reduceLookBack } from './look-back'
import { participantCommandSchemas, reduceParticipants } from './participants'
import { pairCommandSchemas, reducePairs } from './pairs'
import { principleCommandSchemas, reducePrinciples } from './principles'
import { programmeCommandSchemas, reduceProgramme } from './programme'
import { projectorCommandSchemas, reduceProjector } from './projector'
import { reduceReport, reportCommandSchemas } from './report'
import { reduceSetup, setupCommandSchemas } from './setup'
import { reduceStarter, starterCommandSchemas } from './starter'
import { reduceTally, tallyCommandSchemas } from './tally'
import { reduceTimers, timerCommandSchemas } from './timers'
import { reduceVariant2, variant2CommandSchemas } from './variant2'

/** What every command schema is: a strict object whose `type` is a literal. */
type CommandSchemaShape = z.ZodObject<{ type: z.ZodLiteral<string> }, z.core.$strict>

type Reducer<C> = (state: Session, command: C, now: number) => ReduceResult

/**
 * One domain: its commands (all with the domain's own prefix) and the reducer that applies
 * them. The reducer's command type is tied to the schemas, so a reducer can only be given the
 * commands it knows.
 */
export interface Domain<S extends readonly CommandSchemaShape[] = readonly CommandSchemaShape[]> {
  readonly prefix: string
  readonly schemas: S
  readonly reduce: Reducer<OutputOf<S>>
}

type OutputOf<S extends readonly CommandSchemaShape[]> = z.output<S[number]>

const domain = <const S extends readonly CommandSchemaShape[]>(
  prefix: string,
  schemas: S,
  reduce: Reducer<OutputOf<S>>,
): Domain<S> => ({ prefix, schemas, reduce })

/** Every domain of the session, each with exactly one command prefix. */
export const DOMAINS = [
  domain('setup/', setupCommandSchemas, reduceSetup),
  domain('principle/', principleCommandSchemas, reducePrinciples),
  domain('participant/', participantCommandSchemas, reduceParticipants),
  domain('phase/', programmeCommandSchemas, reduceProgramme),
  domain('starter/', starterCommandSchemas, reduceStarter),
  domain('dilemma/', dilemmaCommandSchemas, reduceDilemmas),
  domain('tally/', tallyCommandSchemas, reduceTally),
  domain('v2/', variant2CommandSchemas, reduceVariant2),
  domain('pair/', pairCommandSchemas, reducePairs),
  domain('harvest/', harvestCommandSchemas, reduceHarvest),
  domain('lookback/', lookBackCommandSchemas, reduceLookBack),
  domain('projector/', projectorCommandSchemas, reduceProjector),
  domain('timer/', timerCommandSchemas, reduceTimers),
  domain('report/', reportCommandSchemas, reduceReport),
] as const

type SchemasOf<D extends readonly Domain[]> = D extends readonly [
  infer First extends Domain,
  ...infer Rest extends readonly Domain[],
]
  ? [...First['schemas'], ...SchemasOf<Rest>]
  : []

/** Every domain's command schemas in one tuple, for the command union. */
export function schemasOf<const D extends readonly Domain[]>(domains: D): SchemasOf<D> {
  // flatMap cannot keep a tuple's element types; SchemasOf states them.
  return domains.flatMap((domain) => domain.schemas) as SchemasOf<D>
}
