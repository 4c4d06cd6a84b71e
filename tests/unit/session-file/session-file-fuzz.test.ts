import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SESSION_SCHEMA_VERSION } from '@core/session/schema'
import {
  parseSessionFile,
  serialiseSessionFile,
  SESSION_FILE_FORMAT,
} from '@core/session-file/session-file-format'
import { T0 } from '../core/fixtures'
import {
  allPaths,
  expectSafe,
  FORBIDDEN_KEYS,
  fuzzSession,
  replacedAt,
  valueAt,
  withKeyAt,
  type JsonPath,
} from './fuzz-support'

/** Generated inputs per property; the issue asks for at least 10,000 in all. */
const RUNS = {
  strings: 2000,
  bytes: 1000,
  markedJson: 1000,
  truncatedText: 800,
  truncatedBytes: 400,
  wrongTypes: 2000,
  hugeStrings: 150,
  deepNesting: 150,
  pollution: 1500,
  versions: 1000,
  roundTrip: 600,
} as const

const session = fuzzSession()
const validText = serialiseSessionFile(session, T0, '0.1.0')
const validBytes = new TextEncoder().encode(validText)
const validJson = JSON.parse(validText) as unknown
const paths = allPaths(validJson)
const innerPaths = paths.filter((path) => path.length > 0)
const stringPaths = innerPaths.filter((path) => typeof valueAt(validJson, path) === 'string')
const objectPaths = paths.filter((path) => {
  const node = valueAt(validJson, path)
  return typeof node === 'object' && node !== null && !Array.isArray(node)
})
const lastBrace = validText.lastIndexOf('}')

const parse = (json: unknown) => parseSessionFile(JSON.stringify(json))
const pick = (list: readonly JsonPath[]) => fc.constantFrom(...list)

/** Values of every JSON type and a few that JSON turns into null or drops. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(undefined, Number.NaN, -0, Number.MAX_SAFE_INTEGER + 2, '', [], {}),
)

/** Sizes from the very start of the file through the middle to one character short. */
const cutPoint = (length: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: 16 }),
    fc.integer({ min: 0, max: length }),
    fc.integer({ min: Math.max(0, length - 64), max: length }),
  )

describe('parseSessionFile under fuzzing', () => {
  it('runs at least 10,000 generated inputs', () => {
    const total = Object.values(RUNS).reduce((sum, runs) => sum + runs, 0)
    expect(total).toBeGreaterThanOrEqual(10_000)
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (text) => {
          expectSafe(parseSessionFile(text))
        },
      ),
      { numRuns: RUNS.strings, seed: 5101 },
    )
  })

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        expectSafe(parseSessionFile(bytes))
      }),
      { numRuns: RUNS.bytes, seed: 5102 },
    )
  })

  it('accepts nothing that merely carries our format marker', () => {
    const envelope = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }))
    fc.assert(
      fc.property(envelope, (fields) => {
        const result = parse({ ...fields, format: SESSION_FILE_FORMAT })
        expectSafe(result)
        expect(result.ok).toBe(false)
      }),
      { numRuns: RUNS.markedJson, seed: 5103 },
    )
  })

  it('refuses every truncation of a valid file as not JSON', () => {
    fc.assert(
      fc.property(cutPoint(validText.length), (cut) => {
        const result = parseSessionFile(validText.slice(0, cut))
        expectSafe(result)
        if (cut <= lastBrace) expect(result).toEqual({ ok: false, problem: 'not-json' })
        else expect(result.ok).toBe(true)
      }),
      { numRuns: RUNS.truncatedText, seed: 5104 },
    )
  })

  it('refuses truncated bytes, also when cut inside a multi-byte character', () => {
    fc.assert(
      fc.property(cutPoint(validBytes.length), (cut) => {
        const result = parseSessionFile(validBytes.slice(0, cut))
        expectSafe(result)
        if (cut < validBytes.length - 1) expect(result.ok).toBe(false)
      }),
      { numRuns: RUNS.truncatedBytes, seed: 5105 },
    )
  })

  it('never accepts a broken session after a value was replaced by another type', () => {
    fc.assert(
      fc.property(pick(innerPaths), anyValue, (path, value) => {
        expectSafe(parse(replacedAt(validJson, path, value)))
      }),
      { numRuns: RUNS.wrongTypes, seed: 5106 },
    )
  })

  it('refuses 100,000+ character strings in any text field', () => {
    const huge = fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme' }),
        fc.integer({ min: 100_000, max: 400_000 }),
      )
      .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)))
    fc.assert(
      fc.property(pick(stringPaths), huge, (path, text) => {
        const result = parse(replacedAt(validJson, path, text))
        expectSafe(result)
        expect(result.ok).toBe(false)
      }),
      { numRuns: RUNS.hugeStrings, seed: 5107 },
    )
  })

  it('survives deep nesting anywhere in the file', () => {
    // Built as text: JSON.stringify itself would overflow on such values.
    const PLACEHOLDER = '"nesting-goes-here"'
    fc.assert(
      fc.property(
        pick(paths),
        fc.integer({ min: 1, max: 50_000 }),
        fc.boolean(),
        (path, depth, arrays) => {
          const [open, close] = arrays ? ['[', ']'] : ['{"deeper":', '}']
          const text = JSON.stringify(replacedAt(validJson, path, 'nesting-goes-here')).replace(
            PLACEHOLDER,
            `${open.repeat(depth)}"bottom"${close.repeat(depth)}`,
          )
          const result = parseSessionFile(text)
          expectSafe(result)
          if (depth > 40) expect(result.ok).toBe(false)
        },
      ),
      { numRuns: RUNS.deepNesting, seed: 5108 },
    )
  })

  it('lets no prototype key pollute anything or get into the session', () => {
    const payload = fc.oneof(
      fc.constant<unknown>({ polluted: true }),
      fc.constant<unknown>({ toString: 'x', valueOf: 1 }),
      fc.constant<unknown>({ prototype: { polluted: true } }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    fc.assert(
      fc.property(
        pick(objectPaths),
        fc.constantFrom(...FORBIDDEN_KEYS),
        payload,
        (path, key, value) => {
          const result = parse(withKeyAt(validJson, path, key, value))
          expectSafe(result)
          if (key === '__proto__') expect(result.ok).toBe(false)
        },
      ),
      { numRuns: RUNS.pollution, seed: 5109 },
    )
  })

  it('decides versions as documented: envelope first for newer, then both must agree', () => {
    const version = fc.oneof(
      fc.integer({ min: -3, max: 9 }),
      fc.double(),
      fc.constantFrom<unknown>('2', null, undefined, true, [2]),
    )
    fc.assert(
      fc.property(version, version, (envelope, inner) => {
        const file = replacedAt(
          replacedAt(validJson, ['schemaVersion'], envelope),
          ['session', 'schemaVersion'],
          inner,
        )
        const stored = JSON.parse(JSON.stringify(file)) as {
          schemaVersion?: unknown
          session: { schemaVersion?: unknown }
        }
        const result = parse(file)
        expectSafe(result)
        expect(result).toEqual(
          expectedForVersions(stored.schemaVersion, stored.session.schemaVersion),
        )
      }),
      { numRuns: RUNS.versions, seed: 5110 },
    )
  })

  it('round-trips every valid session exactly', () => {
    const text = (max: number) => fc.string({ maxLength: max, unit: 'binary' })
    fc.assert(
      fc.property(
        text(100),
        text(100),
        text(2000),
        fc.boolean(),
        fc.constantFrom('nl', 'en') as fc.Arbitrary<'nl' | 'en'>,
        (title, location, thread, includeNames, locale) => {
          const varied = {
            ...session,
            locale,
            setup: { ...session.setup, title, location },
            harvest: { ...session.harvest, threads: [{ id: 'h1', text: thread }] },
            report: { ...session.report, includeNames },
          }
          const saved = serialiseSessionFile(varied, T0)
          const result = parseSessionFile(new TextEncoder().encode(saved))
          expect(result).toEqual({ ok: true, session: varied, migratedFrom: null })
          // Saved again, the opened session gives the same file every time (keys in schema order).
          if (!result.ok) return
          const again = serialiseSessionFile(result.session, T0)
          const reopened = parseSessionFile(again)
          expect(reopened.ok && serialiseSessionFile(reopened.session, T0)).toBe(again)
        },
      ),
      { numRuns: RUNS.roundTrip, seed: 5111 },
    )
  })
})

const positiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0

/** The documented rule, written out independently of the parser. */
function expectedForVersions(envelope: unknown, inner: unknown) {
  if (positiveInteger(envelope) && envelope > SESSION_SCHEMA_VERSION)
    return { ok: false, problem: 'newer-version' }
  if (!positiveInteger(envelope)) return { ok: false, problem: 'corrupt' }
  if (typeof inner === 'number' && inner > SESSION_SCHEMA_VERSION)
    return { ok: false, problem: 'newer-version' }
  if (inner !== envelope) return { ok: false, problem: 'corrupt' }
  // Version 1 had no report choices: migration sets them to the defaults.
  const report = inner === 1 ? { includeNames: false, includeContributors: false } : session.report
  return {
    ok: true,
    session: { ...session, report },
    migratedFrom: inner === SESSION_SCHEMA_VERSION ? null : inner,
  }
}
