import { VERSION_ONE_REPORT_OPTIONS } from '@core/session/migrate'
import { describe, expect, it } from 'vitest'
import { serialiseAutosave } from '@core/persistence/autosave-format'
import { SESSION_SCHEMA_VERSION } from '@core/session/schema'
import {
  MAX_SESSION_FILE_BYTES,
  parseSessionFile,
  serialiseSessionFile,
  SESSION_FILE_FORMAT,
} from '@core/session-file/session-file-format'
import { largeSession } from '../../support/large-session'
import { sessionWith, T0 } from '../core/fixtures'

const session = sessionWith(3, { currentDilemmaId: 'd2' })
const valid = serialiseSessionFile(session, T0, '1.2.3')

/** The valid file as JSON, changed by `edit`, as text. */
function edited(edit: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(valid) as Record<string, unknown>
  edit(file)
  return JSON.stringify(file)
}

const sessionOf = (file: Record<string, unknown>) => file['session'] as Record<string, unknown>
/** The first version this app does not know: one a newer app writes. */
const NEXT = SESSION_SCHEMA_VERSION + 1

describe('serialiseSessionFile', () => {
  it('writes the envelope as pretty JSON with a newline at the end', () => {
    expect(valid.endsWith('}\n')).toBe(true)
    expect(valid).toContain('\n  "format": "dansende-dilemmas/session",\n')
    const file = JSON.parse(valid) as Record<string, unknown>
    expect(Object.keys(file)).toEqual([
      'format',
      'schemaVersion',
      'savedAt',
      'appVersion',
      'session',
    ])
    expect(file).toMatchObject({
      format: SESSION_FILE_FORMAT,
      schemaVersion: SESSION_SCHEMA_VERSION,
      savedAt: T0,
      appVersion: '1.2.3',
    })
  })

  it('leaves the app version out when it is not known', () => {
    expect(JSON.parse(serialiseSessionFile(session, T0))).not.toHaveProperty('appVersion')
  })

  it('round-trips a large session, as text and as bytes', () => {
    const large = largeSession()
    const text = serialiseSessionFile(large, T0)
    const expected = { ok: true, session: large, migratedFrom: null }
    expect(parseSessionFile(text)).toEqual(expected)
    expect(parseSessionFile(new TextEncoder().encode(text))).toEqual(expected)
  })

  it('keeps emoji, right-to-left text and markup exactly', () => {
    const title = 'Dilemma 🙂 مرحبا <script>alert(1)</script> "quotes" \\ slash'
    const hostile = { ...session, setup: { ...session.setup, title } }
    const parsed = parseSessionFile(serialiseSessionFile(hostile, T0))
    expect(parsed.ok && parsed.session.setup.title).toBe(title)
  })
})

describe('parseSessionFile: what is refused', () => {
  it.each<[string, string | Uint8Array]>([
    ['empty text', ''],
    ['empty bytes', new Uint8Array()],
    ['whitespace', '  \n'],
    ['garbage', 'garbage \u0000\uffff'],
    ['a truncated file', valid.slice(0, valid.length / 2)],
    ['a file cut one character short', valid.trimEnd().slice(0, -1)],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['UTF-16 text', new Uint8Array(Buffer.from(`\ufeff${valid}`, 'utf16le'))],
    ['a BOM alone', '\ufeff'],
  ])('calls %s not-json', (_label, input) => {
    expect(parseSessionFile(input)).toEqual({ ok: false, problem: 'not-json' })
  })

  it.each<[string, string]>([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"dansende-dilemmas/session"'],
    ['an array', `[${valid}]`],
    ['an empty object', '{}'],
    ['a bare session without envelope', JSON.stringify(session)],
    ['a deck file', JSON.stringify({ format: 'dansende-dilemmas/deck', version: 1 })],
    ['another format', edited((file) => (file['format'] = 'something/else'))],
    ['a format that is not a string', edited((file) => (file['format'] = 1))],
  ])('calls %s foreign', (_label, text) => {
    expect(parseSessionFile(text)).toEqual({ ok: false, problem: 'foreign' })
  })

  it.each<[string, string]>([
    ['a missing session', edited((file) => delete file['session'])],
    ['a session that is an array', edited((file) => (file['session'] = []))],
    ['a missing savedAt', edited((file) => delete file['savedAt'])],
    ['a negative savedAt', edited((file) => (file['savedAt'] = -1))],
    ['a very long app version', edited((file) => (file['appVersion'] = 'x'.repeat(101)))],
    ['envelope version 0', edited((file) => (file['schemaVersion'] = 0))],
    ['a fractional envelope version', edited((file) => (file['schemaVersion'] = 1.5))],
    ['an envelope version as text', edited((file) => (file['schemaVersion'] = '2'))],
    ['a dangling current dilemma', edited((file) => (sessionOf(file)['currentDilemmaId'] = 'd9'))],
    ['no principles', edited((file) => (sessionOf(file)['principles'] = []))],
    ['a title of the wrong type', edited((file) => (sessionOf(file)['setup'] = { title: 3 }))],
    [
      'envelope version 1 over a session of version 2',
      edited((file) => (file['schemaVersion'] = 1)),
    ],
    [
      'session version 1 under envelope version 2',
      edited((file) => (sessionOf(file)['schemaVersion'] = 1)),
    ],
    ['a session without version', edited((file) => delete sessionOf(file)['schemaVersion'])],
  ])('calls %s corrupt', (_label, text) => {
    expect(parseSessionFile(text)).toEqual({ ok: false, problem: 'corrupt' })
  })

  it.each<[string, string]>([
    [`envelope version ${NEXT}`, edited((file) => (file['schemaVersion'] = NEXT))],
    [
      `envelope version ${NEXT} over a session of a shape we do not know`,
      edited((file) => {
        file['schemaVersion'] = NEXT
        file['session'] = { everything: 'different' }
      }),
    ],
    [
      `session version ${NEXT} under envelope version ${SESSION_SCHEMA_VERSION}`,
      edited((file) => (sessionOf(file)['schemaVersion'] = NEXT)),
    ],
    [
      'both at version 7',
      edited((file) => {
        file['schemaVersion'] = 7
        sessionOf(file)['schemaVersion'] = 7
      }),
    ],
  ])('calls %s newer-version', (_label, text) => {
    expect(parseSessionFile(text)).toEqual({ ok: false, problem: 'newer-version' })
  })

  it('refuses text and bytes above the size cap before parsing them', () => {
    const padding = ' '.repeat(MAX_SESSION_FILE_BYTES + 1 - valid.length)
    const tooLarge = valid + padding
    expect(parseSessionFile(tooLarge)).toEqual({ ok: false, problem: 'too-large' })
    expect(parseSessionFile(new TextEncoder().encode(tooLarge))).toEqual({
      ok: false,
      problem: 'too-large',
    })
    expect(parseSessionFile(valid + padding.slice(1)).ok).toBe(true)
  })

  it('refuses JSON nested deeper than any session', () => {
    const deep = edited((file) => {
      let nest: unknown = 'bottom'
      for (let i = 0; i < 40; i++) nest = { nest }
      sessionOf(file)['extra'] = nest
    })
    expect(parseSessionFile(deep)).toEqual({ ok: false, problem: 'corrupt' })
  })

  it('survives 200,000 levels of nesting without a stack overflow', () => {
    const deep = `{"format":"${SESSION_FILE_FORMAT}","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    expect(parseSessionFile(deep)).toEqual({ ok: false, problem: 'corrupt' })
  })
})

describe('parseSessionFile: what is accepted', () => {
  it('accepts a UTF-8 byte-order mark in text and in bytes', () => {
    expect(parseSessionFile(`\ufeff${valid}`).ok).toBe(true)
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid)])
    expect(parseSessionFile(bytes).ok).toBe(true)
  })

  it('accepts Windows line endings and a missing final newline', () => {
    expect(parseSessionFile(valid.replace(/\n/g, '\r\n')).ok).toBe(true)
    expect(parseSessionFile(valid.trimEnd()).ok).toBe(true)
  })

  it('accepts a file without app version, or one from another app version', () => {
    expect(parseSessionFile(edited((file) => delete file['appVersion'])).ok).toBe(true)
    expect(parseSessionFile(edited((file) => (file['appVersion'] = '99.0.0'))).ok).toBe(true)
  })

  it('accepts an autosave file: it holds a whole session', () => {
    const autosave = serialiseAutosave({ revision: 12, session }, T0)
    expect(parseSessionFile(autosave)).toEqual({ ok: true, session, migratedFrom: null })
  })

  it('migrates a version-1 session inside an autosave file', () => {
    const { report: _dropped, ...old } = session
    const autosave = JSON.stringify({
      format: 'dansende-dilemmas/autosave',
      savedAt: T0,
      revision: 3,
      session: { ...old, schemaVersion: 1 },
    })
    const migrated = { ...session, report: VERSION_ONE_REPORT_OPTIONS }
    expect(parseSessionFile(autosave)).toEqual({ ok: true, session: migrated, migratedFrom: 1 })
  })

  it('refuses an autosave file whose session is broken or newer', () => {
    const broken = JSON.stringify({ format: 'dansende-dilemmas/autosave', session: 'x' })
    expect(parseSessionFile(broken)).toEqual({ ok: false, problem: 'corrupt' })
    const newer = JSON.stringify({
      format: 'dansende-dilemmas/autosave',
      session: { ...session, schemaVersion: NEXT },
    })
    expect(parseSessionFile(newer)).toEqual({ ok: false, problem: 'newer-version' })
  })

  it('drops unknown fields in the envelope and the session', () => {
    const text = edited((file) => {
      file['comment'] = 'hello'
      sessionOf(file)['extra'] = { nested: true }
      ;(sessionOf(file)['setup'] as Record<string, unknown>)['secret'] = 'x'
    })
    expect(parseSessionFile(text)).toEqual({ ok: true, session, migratedFrom: null })
  })
})
