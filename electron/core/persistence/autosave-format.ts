import type { Session, Snapshot } from '../session/schema'
import { AUTOSAVE_FORMAT, readStoredSession } from './stored-session'

export { AUTOSAVE_FORMAT }

export interface AutosaveFile {
  readonly format: typeof AUTOSAVE_FORMAT
  readonly savedAt: number
  readonly revision: number
  readonly session: Session
}

export function serialiseAutosave(snapshot: Snapshot, savedAt: number): string {
  const file: AutosaveFile = {
    format: AUTOSAVE_FORMAT,
    savedAt,
    revision: snapshot.revision,
    session: snapshot.session,
  }
  return JSON.stringify(file)
}

export type ParsedAutosave =
  { ok: true; file: AutosaveFile } | { ok: false; reason: 'not-json' | 'invalid' | 'newer-version' }

/** Never throws: any input, however broken, gives a result. An older session is migrated. */
export function parseAutosave(input: string | Uint8Array): ParsedAutosave {
  const read = readStoredSession(input, 'autosave')
  if (!read.ok) {
    const { problem } = read
    return {
      ok: false,
      reason: problem === 'not-json' || problem === 'newer-version' ? problem : 'invalid',
    }
  }
  if (read.savedAt === null || read.revision === null) return { ok: false, reason: 'invalid' }
  const { savedAt, revision, session } = read
  return { ok: true, file: { format: AUTOSAVE_FORMAT, savedAt, revision, session } }
}
