import { z } from 'zod'
import { AUTOSAVE_FORMAT } from '../persistence/autosave-format'
import { migrateSession } from '../session/migrate'
import { SESSION_SCHEMA_VERSION, type Session } from '../session/schema'
import { decodeUtf8, hasUnsafeShape, nestsDeeperThan, parseJson, stripBom } from './safe-json'
import type { SessionFileProblem } from './session-file-contract'

export const SESSION_FILE_FORMAT = 'dansende-dilemmas/session'
export const SESSION_FILE_EXTENSION = 'dilemmas'
/**
 * Far above any real session (the large test session is well under 1 MB); checked before
 * parsing so a huge file cannot stall the main process, and on saving so every file the app
 * writes can be opened again.
 */
export const MAX_SESSION_FILE_BYTES = 20 * 1024 * 1024

export interface SessionFile {
  readonly format: typeof SESSION_FILE_FORMAT
  /** The session's schema version, repeated so other tools can tell it without the session. */
  readonly schemaVersion: number
  readonly savedAt: number
  readonly appVersion?: string
  readonly session: Session
}

/** Pretty JSON with a final newline: a session file is meant to be readable and diffable. */
export function serialiseSessionFile(
  session: Session,
  savedAt: number,
  appVersion?: string,
): string {
  const file: SessionFile = {
    format: SESSION_FILE_FORMAT,
    schemaVersion: session.schemaVersion,
    savedAt,
    ...(appVersion === undefined ? {} : { appVersion }),
    session,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

export type ParsedSessionFile =
  | { readonly ok: true; readonly session: Session; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly problem: SessionFileProblem }

const formatSchema = z.object({ format: z.string() })

const versionSchema = z.number().int().positive()

const envelopeSchema = z.object({
  format: z.literal(SESSION_FILE_FORMAT),
  schemaVersion: versionSchema,
  savedAt: z.number().int().nonnegative(),
  appVersion: z.string().max(100).optional(),
  session: z.record(z.string(), z.unknown()),
})

const autosaveEnvelopeSchema = z.object({
  format: z.literal(AUTOSAVE_FORMAT),
  session: z.record(z.string(), z.unknown()),
})

const refused = (problem: SessionFileProblem): ParsedSessionFile => ({ ok: false, problem })

/**
 * Reads a session file from its text or its bytes. Never throws: any input, however broken or
 * hostile, gives a session that passed the full schema or a problem in one word.
 *
 * Versions: the envelope's schemaVersion is checked first, so a newer app may change the
 * session's shape entirely and still be recognised as newer. The session's own schemaVersion
 * drives the migration (the same migration autosave uses); when both are at or below ours and
 * they disagree, the file is corrupt.
 *
 * An autosave file (`dansende-dilemmas/autosave`) is accepted too: it holds a whole session,
 * and it is what a facilitator finds when looking for a lost session on disk.
 */
export function parseSessionFile(input: string | Uint8Array): ParsedSessionFile {
  try {
    return parse(input)
  } catch {
    // Nothing above should throw; this is the promise to the caller, not a code path.
    return refused('corrupt')
  }
}

function parse(input: string | Uint8Array): ParsedSessionFile {
  let text: string
  if (typeof input === 'string') {
    // Characters never outnumber UTF-8 bytes, so this is a safe early cut-off.
    if (input.length > MAX_SESSION_FILE_BYTES) return refused('too-large')
    text = stripBom(input)
  } else {
    if (input.byteLength > MAX_SESSION_FILE_BYTES) return refused('too-large')
    const decoded = decodeUtf8(input)
    if (!decoded.ok) return refused('not-json')
    text = decoded.text
  }
  // Before JSON.parse, which would build every level of hostile nesting first.
  if (nestsDeeperThan(text)) return refused('corrupt')
  const json = parseJson(text)
  if (!json.ok) return refused('not-json')
  const marked = formatSchema.safeParse(json.value)
  if (!marked.success) return refused('foreign')
  const { format } = marked.data
  if (format !== SESSION_FILE_FORMAT && format !== AUTOSAVE_FORMAT) return refused('foreign')
  if (hasUnsafeShape(json.value)) return refused('corrupt')
  return format === SESSION_FILE_FORMAT ? fromSessionFile(json.value) : fromAutosave(json.value)
}

function fromSessionFile(value: unknown): ParsedSessionFile {
  const declared = z.object({ schemaVersion: z.unknown() }).safeParse(value)
  const version = versionSchema.safeParse(declared.data?.schemaVersion)
  if (version.success && version.data > SESSION_SCHEMA_VERSION) return refused('newer-version')
  const envelope = envelopeSchema.safeParse(value)
  if (!envelope.success) return refused('corrupt')
  const sessionVersion = envelope.data.session['schemaVersion']
  if (typeof sessionVersion === 'number' && sessionVersion > SESSION_SCHEMA_VERSION)
    return refused('newer-version')
  if (sessionVersion !== envelope.data.schemaVersion) return refused('corrupt')
  return migrated(envelope.data.session)
}

function fromAutosave(value: unknown): ParsedSessionFile {
  const envelope = autosaveEnvelopeSchema.safeParse(value)
  if (!envelope.success) return refused('corrupt')
  return migrated(envelope.data.session)
}

function migrated(session: unknown): ParsedSessionFile {
  const result = migrateSession(session)
  if (!result.ok) return refused(result.reason === 'newer-version' ? 'newer-version' : 'corrupt')
  return { ok: true, session: result.session, migratedFrom: result.migratedFrom }
}
