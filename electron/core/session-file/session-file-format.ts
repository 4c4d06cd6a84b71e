import { prettyJson } from '../persistence/safe-json'
import {
  MAX_SESSION_FILE_BYTES,
  readStoredSession,
  SESSION_FILE_FORMAT,
} from '../persistence/stored-session'
import type { Session } from '../session/schema'
import type { SessionFileProblem } from './session-file-contract'

export { MAX_SESSION_FILE_BYTES, SESSION_FILE_FORMAT }
export const SESSION_FILE_EXTENSION = 'dilemmas'

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
  return prettyJson(file)
}

export type ParsedSessionFile =
  | { readonly ok: true; readonly session: Session; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly problem: SessionFileProblem }

/**
 * Reads a session file from its text or its bytes (see readStoredSession). An autosave file
 * (`dansende-dilemmas/autosave`) is accepted too: it holds a whole session, and it is what a
 * facilitator finds when looking for a lost session on disk.
 */
export function parseSessionFile(input: string | Uint8Array): ParsedSessionFile {
  const read = readStoredSession(input, 'session-file')
  return read.ok ? { ok: true, session: read.session, migratedFrom: read.migratedFrom } : read
}
