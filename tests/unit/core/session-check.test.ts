import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import { LIMITS, sessionSchema, type Session } from '@core/session/schema'
import { checkSession } from '@core/session/session-check'
import { largeSession } from '../../support/large-session'
import { makeDilemma, sessionWith, T0 } from './fixtures'

type Path = readonly (string | number)[]

/** Every place in a session's JSON that holds a value, objects and arrays included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at]
  const children = Array.isArray(value)
    ? value.map((child, index) => pathsOf(child, [...at, index]))
    : Object.entries(value).map(([key, child]) => pathsOf(child, [...at, key]))
  return [at, ...children.flat()]
}

/** A copy of `session` with the value at `path` replaced (the root itself is never replaced). */
function withValueAt(session: Session, path: Path, value: unknown): unknown {
  const copy: unknown = structuredClone(session)
  let parent: unknown = copy
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key]
  const last = path.at(-1)
  if (last !== undefined) (parent as Record<string | number, unknown>)[last] = value
  return copy
}

/** Values that break some part of a session and leave others fine. */
const ODD_VALUES: readonly unknown[] = [
  -1,
  0,
  0.5,
  2 ** 53,
  LIMITS.tally + 1,
  Number.NaN,
  '',
  ' ',
  'x',
  'x'.repeat(LIMITS.shortText + 1),
  'x'.repeat(LIMITS.longText + 1),
  'constructor',
  'd1',
  'open',
  '#12345',
  null,
  true,
  {},
  [],
  [null, null, null, null],
]

const large = largeSession()
const small = sessionWith(3, { currentDilemmaId: 'd2' })
const bases: readonly Session[] = [large, small, createSession(T0)]
const basePaths = bases.map((session) => pathsOf(session).filter((path) => path.length > 0))

/** Agrees with the full schema on `value`, whatever it is. */
function expectAgreement(value: unknown): void {
  const expected = sessionSchema.safeParse(value).success
  const check = checkSession(value as Session)
  expect(check.ok, check.ok ? 'passed' : check.detail).toBe(expected)
}

describe('checkSession', () => {
  it('passes what the schema passes', () => {
    for (const session of bases) expect(checkSession(session)).toEqual({ ok: true })
  })

  it.each<[string, (s: Session) => unknown]>([
    ['a title too long', (s) => ({ ...s, setup: { ...s.setup, title: 'x'.repeat(201) } })],
    ['a dilemma text too long', (s) => ({ ...s, dilemmas: [makeDilemma('d1', 'x'.repeat(2001))] })],
    ['too many dilemmas', (s) => ({ ...s, dilemmas: Array(LIMITS.dilemmas + 1).fill(null) })],
    ['an id twice', (s) => ({ ...s, dilemmas: [makeDilemma('d1', 'a'), makeDilemma('d1', 'b')] })],
    ['a current dilemma that is gone', (s) => ({ ...s, currentDilemmaId: 'd99' })],
    ['a counter past the last exact number', (s) => ({ ...s, nextSeq: 2 ** 53 })],
    ['a harvest that is no object', (s) => ({ ...s, harvest: null })],
    [
      'a follow-up list that is no list',
      (s) => ({ ...s, harvest: { ...s.harvest, followUps: {} } }),
    ],
    [
      'a thread too long',
      (s) => ({
        ...s,
        harvest: { ...s.harvest, threads: [{ id: 'h1', text: 'x'.repeat(20001) }] },
      }),
    ],
  ])('refuses %s, as the schema does', (_label, breakIt) => {
    const broken = breakIt(small)
    expect(sessionSchema.safeParse(broken).success).toBe(false)
    const check = checkSession(broken as Session)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.detail.length).toBeGreaterThan(0)
  })

  it('agrees with the schema on any one value changed anywhere (property)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: bases.length - 1 }),
        fc.nat(),
        fc.constantFrom(...ODD_VALUES),
        (which, pick, value) => {
          const session = bases[which]
          const paths = basePaths[which]
          if (!session || !paths) throw new Error('no such base')
          const path = paths[pick % paths.length]
          if (!path) throw new Error('no such path')
          expectAgreement(withValueAt(session, path, value))
        },
      ),
      { numRuns: 600, seed: 20261130 },
    )
  })

  it('re-checks a changed dilemma even when the list around it passed before', () => {
    expect(checkSession(large).ok).toBe(true)
    const [first, ...rest] = large.dilemmas
    if (!first) throw new Error('the large session has dilemmas')
    const changed = { ...large, dilemmas: [{ ...first, title: '' }, ...rest] }
    expect(checkSession(changed).ok).toBe(false)
  })
})
