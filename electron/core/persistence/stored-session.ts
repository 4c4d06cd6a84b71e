import { z } from 'zod'
import { migrateSession } from '../session/migrate'
import { SESSION_SCHEMA_VERSION, type Session } from '../session/schema'
import { hasUnsafeShape, readJson } from './safe-json'

export const SESSION_FILE_FORMAT = 'dansende-dilemmas/session'
export const AUTOSAVE_FORMAT = 'dansende-dilemmas/autosave'
/**
 * Far above any real session (the large test session is well under 1 MB); checked before
 * parsing so a huge file cannot stall the main process, and on saving so every file the app
 * writes can be opened again.
 */
export const MAX_SESSION_FILE_BYTES = 20 * 1024 * 1024

export type StoredSessionProblem =
  'too-large' | 'not-json' | 'foreign' | 'corrupt' | 'newer-version'

export type StoredSession =
  | {
      readonly ok: true
      readonly format: typeof SESSION_FILE_FORMAT | typeof AUTOSAVE_FORMAT
      readonly session: Session
      readonly migratedFrom: number | null
      /** When it was saved and an autosave's revision; null where the reader does not need them. */
      readonly savedAt: number | null
      readonly revision: number | null
    }
  | { readonly ok: false; readonly problem: StoredSessionProblem }

/**
 * What is read: a session file the facilitator opens (a session file or an autosave, checked
 * for prototype keys too), or the app's own autosave at start-up (only an autosave, with its
 * savedAt and revision).
 */
export type StoredSessionKind = 'session-file' | 'autosave'

const formatSchema = z.object({ format: z.string() })

const versionSchema = z.number().int().positive()
const countSchema = z.number().int().nonnegative()

const sessionFileEnvelopeSchema = z.object({
  format: z.literal(SESSION_FILE_FORMAT),
  schemaVersion: versionSchema,
  savedAt: countSchema,
  appVersion: z.string().max(100).optional(),
  session: z.record(z.string(), z.unknown()),
})

// Opened as a session file, an autosave needs only its session; read as the autosave, all of it.
const autosaveEnvelopeSchema = z.object({
  format: z.literal(AUTOSAVE_FORMAT),
  session: z.unknown(),
})
const autosaveFieldsSchema = z.object({ savedAt: countSchema, revision: countSchema })

const refused = (problem: StoredSessionProblem): StoredSession => ({ ok: false, problem })

/**
 * The one envelope reader for stored sessions. Never throws: any input, however broken or
 * hostile, gives a session that passed the full schema or a problem in one word. Size, UTF-8
 * and nesting are checked before JSON.parse (readJson); the session is migrated by the same
 * migration for both kinds.
 *
 * Versions: a session file's envelope schemaVersion is checked first, so a newer app may change
 * the session's shape entirely and still be recognised as newer. The session's own
 * schemaVersion drives the migration; when both are at or below ours and they disagree, the
 * file is corrupt.
 */
export function readStoredSession(
  input: string | Uint8Array,
  kind: StoredSessionKind,
): StoredSession {
  try {
    return read(input, kind)
  } catch {
    // Nothing below should throw; this is the promise to the caller, not a code path.
    return refused('corrupt')
  }
}

function read(input: string | Uint8Array, kind: StoredSessionKind): StoredSession {
  const json = readJson(input, MAX_SESSION_FILE_BYTES)
  if (!json.ok) return refused(json.problem === 'too-deep' ? 'corrupt' : json.problem)
  const marked = formatSchema.safeParse(json.value)
  if (!marked.success) return refused('foreign')
  const { format } = marked.data
  if (format === AUTOSAVE_FORMAT) {
    if (kind === 'session-file' && hasUnsafeShape(json.value)) return refused('corrupt')
    return fromAutosave(json.value, kind)
  }
  if (format !== SESSION_FILE_FORMAT || kind === 'autosave') return refused('foreign')
  if (hasUnsafeShape(json.value)) return refused('corrupt')
  return fromSessionFile(json.value)
}

function fromSessionFile(value: unknown): StoredSession {
  const declared = z.object({ schemaVersion: z.unknown() }).safeParse(value)
  const version = versionSchema.safeParse(declared.data?.schemaVersion)
  if (version.success && version.data > SESSION_SCHEMA_VERSION) return refused('newer-version')
  const envelope = sessionFileEnvelopeSchema.safeParse(value)
  if (!envelope.success) return refused('corrupt')
  const sessionVersion = envelope.data.session['schemaVersion']
  if (typeof sessionVersion === 'number' && sessionVersion > SESSION_SCHEMA_VERSION)
    return refused('newer-version')
  if (sessionVersion !== envelope.data.schemaVersion) return refused('corrupt')
  return migrated(SESSION_FILE_FORMAT, envelope.data.session, envelope.data.savedAt, null)
}

function fromAutosave(value: unknown, kind: StoredSessionKind): StoredSession {
  const envelope = autosaveEnvelopeSchema.safeParse(value)
  if (!envelope.success) return refused('corrupt')
  if (kind === 'session-file') return migrated(AUTOSAVE_FORMAT, envelope.data.session, null, null)
  const fields = autosaveFieldsSchema.safeParse(value)
  if (!fields.success) return refused('corrupt')
  const { savedAt, revision } = fields.data
  return migrated(AUTOSAVE_FORMAT, envelope.data.session, savedAt, revision)
}

function migrated(
  format: typeof SESSION_FILE_FORMAT | typeof AUTOSAVE_FORMAT,
  session: unknown,
  savedAt: number | null,
  revision: number | null,
): StoredSession {
  const result = migrateSession(session)
  if (!result.ok) return refused(result.reason === 'newer-version' ? 'newer-version' : 'corrupt')
  return {
    ok: true,
    format,
    session: result.session,
    migratedFrom: result.migratedFrom,
    savedAt,
    revision,
  }
}
