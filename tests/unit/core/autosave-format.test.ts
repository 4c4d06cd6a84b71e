import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  AUTOSAVE_FORMAT,
  parseAutosave,
  serialiseAutosave,
  type AutosaveFile,
} from '@core/persistence/autosave-format'
import { autosavePaths, fileStamp } from '@node/persistence/autosave-paths'
import { sessionWith, snapshotOf, T0, projectorShowing } from './fixtures'

const snapshot = snapshotOf(
  sessionWith(3, { currentDilemmaId: 'd2', projector: projectorShowing('open') }),
  17,
)

function fileWith(changes: Record<string, unknown>): string {
  const file = JSON.parse(serialiseAutosave(snapshot, T0)) as Record<string, unknown>
  return JSON.stringify({ ...file, ...changes })
}

describe('serialiseAutosave / parseAutosave', () => {
  it('round-trips a snapshot', () => {
    const parsed = parseAutosave(serialiseAutosave(snapshot, T0 + 5))
    expect(parsed).toEqual({
      ok: true,
      file: {
        format: AUTOSAVE_FORMAT,
        savedAt: T0 + 5,
        revision: 17,
        session: snapshot.session,
      } satisfies AutosaveFile,
    })
  })

  it('writes plain JSON with the format marker', () => {
    const json = JSON.parse(serialiseAutosave(snapshot, T0)) as Record<string, unknown>
    expect(json.format).toBe('dansende-dilemmas/autosave')
    expect(Object.keys(json).sort()).toEqual(['format', 'revision', 'savedAt', 'session'])
  })

  it.each<[string, string]>([
    ['empty text', ''],
    ['garbage', 'garbage \u0000\uffff'],
    ['truncated JSON', serialiseAutosave(snapshot, T0).slice(0, 120)],
    ['a lone brace', '{'],
  ])('calls %s not-json', (_label, text) => {
    expect(parseAutosave(text)).toEqual({ ok: false, reason: 'not-json' })
  })

  it.each<[string, string]>([
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['an empty object', '{}'],
    ['another format', fileWith({ format: 'dansende-dilemmas/deck' })],
    ['a negative revision', fileWith({ revision: -1 })],
    ['a fractional savedAt', fileWith({ savedAt: 1.5 })],
    ['a missing session', fileWith({ session: undefined })],
    ['an older schema version', fileWith({ session: { ...snapshot.session, schemaVersion: 0 } })],
    [
      'a dangling current dilemma',
      fileWith({ session: { ...snapshot.session, currentDilemmaId: 'd99' } }),
    ],
    [
      'a dangling shown principle',
      fileWith({ session: { ...snapshot.session, projector: projectorShowing('weg') } }),
    ],
    [
      'duplicate dilemma ids',
      fileWith({
        session: {
          ...snapshot.session,
          dilemmas: [...snapshot.session.dilemmas, snapshot.session.dilemmas[0]],
        },
      }),
    ],
    ['no principles', fileWith({ session: { ...snapshot.session, principles: [] } })],
  ])('calls %s invalid', (_label, text) => {
    expect(parseAutosave(text)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('never throws on random strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const parsed = parseAutosave(text)
        expect(typeof parsed.ok).toBe('boolean')
      }),
      { numRuns: 500, seed: 7 },
    )
  })

  it('never throws on random JSON values (property)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const parsed = parseAutosave(text)
        expect(parsed.ok).toBe(false)
      }),
      { numRuns: 300, seed: 8 },
    )
  })

  it('never throws on cut-off or corrupted autosaves (property)', () => {
    const text = serialiseAutosave(snapshot, T0)
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: text.length - 1 }),
        fc.string({ maxLength: 3 }),
        (cut, at, insert) => {
          expect(() => parseAutosave(text.slice(0, cut))).not.toThrow()
          const mangled = text.slice(0, at) + insert + text.slice(at + 1)
          const parsed = parseAutosave(mangled)
          if (parsed.ok) expect(parsed.file.format).toBe(AUTOSAVE_FORMAT)
        },
      ),
      { numRuns: 300, seed: 9 },
    )
  })
})

describe('autosavePaths / fileStamp', () => {
  it('lays out the folder', () => {
    const paths = autosavePaths('/data/autosave')
    expect(paths.current.endsWith('session.json')).toBe(true)
    expect(paths.backup.endsWith('session.bak.json')).toBe(true)
    expect(paths.corruptDir.endsWith('beschadigd')).toBe(true)
    expect(paths.archiveDir.endsWith('archief')).toBe(true)
  })

  it('makes a sortable, file-name-safe stamp', () => {
    expect(fileStamp(Date.UTC(2026, 10, 29, 14, 5, 9, 123))).toBe('2026-11-29T14-05-09-123Z')
    expect(fileStamp(T0)).toMatch(/^[0-9TZ-]+$/)
    expect(fileStamp(T0) < fileStamp(T0 + 1)).toBe(true)
  })
})
