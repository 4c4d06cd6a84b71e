import { LIMITS, type Dilemma, type Session } from '../session/schema'
import type { CommandError, CommandErrorCode } from './errors'

export type ReduceResult = { ok: true; session: Session } | { ok: false; error: CommandError }

export const accept = (session: Session): ReduceResult => ({ ok: true, session })

export const reject = (code: CommandErrorCode, detail: string): ReduceResult => ({
  ok: false,
  error: { code, detail },
})

/** Every id the session uses, in any collection. */
function idsInUse(session: Session): Set<string> {
  const { principles, participants, phases, dilemmas, harvest } = session
  const items = [principles, participants, phases, dilemmas, ...Object.values(harvest)].flat()
  return new Set(items.map((item) => item.id))
}

export interface TakenId {
  readonly id: string
  /** The session with its counter moved past the new id. */
  readonly session: Session
}

/**
 * A new id from the session's counter. A number already in use (a file whose counter lags
 * behind its ids) is skipped, so a new id never repeats one. Null when the counter is used up:
 * past LIMITS.nextSeq a number in JSON is no longer exact and the session would not load.
 */
export function takeId(session: Session, prefix: string): TakenId | null {
  const inUse = idsInUse(session)
  let seq = session.nextSeq
  while (seq < LIMITS.nextSeq && inUse.has(`${prefix}${seq}`)) seq++
  if (seq >= LIMITS.nextSeq) return null
  return { id: `${prefix}${seq}`, session: { ...session, nextSeq: seq + 1 } }
}

/** What a command that needs a new id gets when there is none left. */
export const noIdsLeft = (): ReduceResult => reject('limit-reached', 'the id counter is used up')

/** Replaces the item with `id` by `change(item)`; undefined when there is no such item. */
export function updateById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  change: (item: T) => T,
): T[] | undefined {
  const index = items.findIndex((item) => item.id === id)
  if (index < 0) return undefined
  return items.map((item, i) => (i === index ? change(item) : item))
}

/** Merges the defined fields of `changes` into the item with `id`; undefined when there is none. */
export function editById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  changes: Partial<T>,
): T[] | undefined {
  return updateById(items, id, (item) => ({ ...item, ...definedFields(changes) }))
}

export function moveById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  toIndex: number,
): T[] | undefined {
  const copy = [...items]
  const from = copy.findIndex((item) => item.id === id)
  if (from < 0) return undefined
  const [item] = copy.splice(from, 1)
  if (item !== undefined) copy.splice(Math.min(Math.max(0, toIndex), copy.length), 0, item)
  return copy
}

/** Keeps only the defined fields of a partial edit, so `undefined` never overwrites a value. */
export function definedFields<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

/** Applies a change to one dilemma; the change may refuse with its own result. */
export function withDilemma(
  state: Session,
  id: string,
  change: (dilemma: Dilemma) => Dilemma | ReduceResult,
): ReduceResult {
  const dilemma = state.dilemmas.find((d) => d.id === id)
  if (!dilemma) return reject('unknown-dilemma', id)
  const changed = change(dilemma)
  if ('ok' in changed) return changed
  return accept({ ...state, dilemmas: updateById(state.dilemmas, id, () => changed) ?? [] })
}
