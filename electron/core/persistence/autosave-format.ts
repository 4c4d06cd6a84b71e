import { z } from 'zod'
import { sessionSchema, type Snapshot } from '../session/schema'

export const AUTOSAVE_FORMAT = 'dansende-dilemmas/autosave'

export const autosaveFileSchema = z.object({
  format: z.literal(AUTOSAVE_FORMAT),
  savedAt: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  session: sessionSchema,
})

export type AutosaveFile = z.infer<typeof autosaveFileSchema>

export function serialiseAutosave(snapshot: Snapshot, savedAt: number): string {
  const file: AutosaveFile = {
    format: AUTOSAVE_FORMAT,
    savedAt,
    revision: snapshot.revision,
    session: snapshot.session,
  }
  return JSON.stringify(file)
}

export type ParsedAutosave = { ok: true; file: AutosaveFile } | { ok: false; reason: string }

/** Never throws: any text, however broken, gives a result. */
export function parseAutosave(text: string): ParsedAutosave {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not-json' }
  }
  const result = autosaveFileSchema.safeParse(json)
  return result.success ? { ok: true, file: result.data } : { ok: false, reason: 'invalid' }
}
