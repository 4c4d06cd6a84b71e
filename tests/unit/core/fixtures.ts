import { createSession } from '@core/session/default-session'
import type { Dilemma, Session, Snapshot } from '@core/session/schema'

export const T0 = Date.UTC(2026, 10, 29, 14, 0, 0)

/** Freezes an object graph so any mutation by the code under test throws (ESM is strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key])
    }
  }
  return value
}

/** A structural copy for before/after comparisons. */
export function clone<T>(value: T): T {
  return structuredClone(value)
}

/** A fresh default session with the given dilemmas (ids d1..dn) and nextSeq after them. */
export function sessionWith(count: number, overrides: Partial<Session> = {}): Session {
  const base = createSession(T0)
  const dilemmas: Dilemma[] = Array.from({ length: count }, (_, i) => ({
    id: `d${i + 1}`,
    title: `Dilemma ${i + 1}`,
    description: i % 2 === 0 ? '' : `Beschrijving ${i + 1}`,
  }))
  return { ...base, dilemmas, nextSeq: count + 1, ...overrides }
}

export function snapshotOf(session: Session, revision = 1): Snapshot {
  return { revision, session }
}
