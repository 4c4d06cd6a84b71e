import { z } from 'zod'
import { migrateSession } from '../session/migrate'
import type { Session, Snapshot } from '../session/schema'

export const AUTOSAVE_FORMAT = 'dansende-dilemmas/autosave'

const autosaveEnvelopeSchema = z.object({
  format: z.literal(AUTOSAVE_FORMAT),
  savedAt: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  session: z.unknown(),
})

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

/** Never throws: any text, however broken, gives a result. An older session is migrated. */
export function parseAutosave(text: string): ParsedAutosave {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not-json' }
  }
  const envelope = autosaveEnvelopeSchema.safeParse(json)
  if (!envelope.success) return { ok: false, reason: 'invalid' }
  const migrated = migrateSession(envelope.data.session)
  if (!migrated.ok) return { ok: false, reason: migrated.reason }
  const { format, savedAt, revision } = envelope.data
  return { ok: true, file: { format, savedAt, revision, session: migrated.session } }
}
