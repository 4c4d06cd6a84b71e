import type { Session } from '../session/schema'
import type { CommandError, CommandErrorCode } from './errors'

export type ReduceResult = { ok: true; session: Session } | { ok: false; error: CommandError }

export const accept = (session: Session): ReduceResult => ({ ok: true, session })

export const reject = (code: CommandErrorCode, detail: string): ReduceResult => ({
  ok: false,
  error: { code, detail },
})

/** A new id from the session's counter, and the session with the counter moved on. */
export function takeId(session: Session, prefix: string): [string, Session] {
  return [`${prefix}${session.nextSeq}`, { ...session, nextSeq: session.nextSeq + 1 }]
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items]
  const [item] = copy.splice(from, 1)
  if (item !== undefined) copy.splice(Math.min(Math.max(0, to), copy.length), 0, item)
  return copy
}

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

export function moveById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  toIndex: number,
): T[] | undefined {
  const from = items.findIndex((item) => item.id === id)
  return from < 0 ? undefined : moveItem(items, from, toIndex)
}

/** Keeps only the defined fields of a partial edit, so `undefined` never overwrites a value. */
export function definedFields<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}
