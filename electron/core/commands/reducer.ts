import type { Session } from '../session/schema'
import { DOMAINS } from './domains'
import type { ReduceResult } from './helpers'
import type { SessionCommand } from './schema'

export type { ReduceResult } from './helpers'

type Reducer = (state: Session, command: SessionCommand, now: number) => ReduceResult

/** Each command type to its domain's reducer, read from the domains' own schemas. */
export const ROUTES: ReadonlyMap<string, Reducer> = (() => {
  const routes = new Map<string, Reducer>()
  for (const domain of DOMAINS) {
    for (const schema of domain.schemas) {
      const type = schema.shape.type.value
      if (routes.has(type)) throw new Error(`${type} is a command of two domains`)
      // The map is keyed by the domain's own command types, so its reducer gets only those.
      routes.set(type, domain.reduce as Reducer)
    }
  }
  return routes
})()

/** Pure: the same state, command and time always give the same result. */
export function reduce(state: Session, command: SessionCommand, now: number): ReduceResult {
  const route = ROUTES.get(command.type)
  // Unreachable: the command schema is composed of the same domains.
  if (route === undefined) throw new Error(`${command.type} has no domain`)
  const result = route(state, command, now)
  if (!result.ok || result.session === state) return result
  return { ok: true, session: { ...result.session, updatedAt: now } }
}
