import { expect } from 'vitest'
import { sessionSchema, type Session } from '@core/session/schema'
import type { ParsedSessionFile } from '@core/session-file/session-file-format'
import { changeDilemma, sessionWith, withParticipants } from '../core/fixtures'

export type JsonPath = readonly (string | number)[]

export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** A small session with every kind of part filled in, so mutations reach every schema. */
export function fuzzSession(): Session {
  const base = withParticipants(sessionWith(3, { currentDilemmaId: 'd2' }), ['Anna', 'Bram'])
  const session: Session = {
    ...base,
    setup: { ...base.setup, title: 'Team Zuid 🙂', facilitators: ['Chris'] },
    harvest: {
      threads: [{ id: 'h1', text: 'Een rode draad' }],
      insights: [{ id: 'h2', text: 'Een inzicht' }],
      followUps: [{ id: 'h3', what: 'Nabellen', who: 'Anna', due: '2026-12-01' }],
    },
    nextSeq: base.nextSeq + 3,
  }
  return changeDilemma(session, 'd1', (d) => ({
    ...d,
    tally: { integer: 3, open: 1 },
    variant2: {
      principleIds: ['integer', 'open'],
      rounds: [{ speakers: [base.participants[0]?.id ?? null, null, null, null] }],
    },
  }))
}

/** Every path in a JSON value, the root (empty path) included. */
export function allPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  const found: JsonPath[] = [at]
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...allPaths(item, [...at, i])))
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) found.push(...allPaths(child, [...at, key]))
  return found
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    root,
  )
}

/**
 * A copy of `root` with `key` set to `value` in the node at `path`. defineProperty makes even
 * "__proto__" an own, serialisable key, as JSON.parse would.
 */
export function withKeyAt(root: unknown, path: JsonPath, key: string, value: unknown): unknown {
  const copy = structuredClone(root)
  const node = path.length === 0 ? copy : valueAt(copy, path)
  if (typeof node !== 'object' || node === null) return copy
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/** A copy of `root` with the value at `path` (not the root) replaced. */
export function replacedAt(root: unknown, path: JsonPath, value: unknown): unknown {
  const parentPath = path.slice(0, -1)
  const key = path.at(-1)
  if (key === undefined) return value
  return withKeyAt(root, parentPath, String(key), value)
}

/** Own keys named like prototype machinery, anywhere in a value. */
export function forbiddenKeysIn(value: unknown): string[] {
  const found: string[] = []
  const stack: unknown[] = [value]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue
    for (const key of Object.keys(node))
      if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) found.push(key)
    stack.push(...Object.values(node))
  }
  return found
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort()

/** Object.prototype has exactly the properties it started with, and {} has nothing extra. */
export function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES)
  const probe: Record<string, unknown> = {}
  expect(probe['polluted']).toBeUndefined()
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype)
}

/**
 * What every parse must satisfy: an accepted session passes the full schema and carries no
 * prototype keys, and nothing leaked into Object.prototype.
 */
export function expectSafe(result: ParsedSessionFile): void {
  if (result.ok) {
    const check = sessionSchema.safeParse(result.session)
    expect(check.success, check.error?.message).toBe(true)
    expect(forbiddenKeysIn(result.session)).toEqual([])
  } else {
    expect(typeof result.problem).toBe('string')
  }
  expectPrototypeClean()
}
