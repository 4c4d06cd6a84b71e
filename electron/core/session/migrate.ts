import { NO_LOOK_BACK } from './parts/look-back'
import { DEFAULT_REPORT_OPTIONS } from './parts/report'

/**
 * The report choices a version-1 file gets: the defaults, but the dilemmas not discussed stay
 * unnamed, as they were in the reports made from it before.
 */
export const VERSION_ONE_REPORT_OPTIONS = { ...DEFAULT_REPORT_OPTIONS, includeOpenDilemmas: false }
import { SESSION_SCHEMA_VERSION, sessionSchema, type Session } from './schema'

export type MigrationResult =
  | { readonly ok: true; readonly session: Session; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly reason: 'invalid' | 'newer-version' }

type Stored = Record<string, unknown>

/** Each step takes a session stored at version N (the key) to version N + 1. */
const STEPS: Readonly<Record<number, (stored: Stored) => Stored>> = {
  // Version 2 added the report's privacy choices; older sessions name nobody.
  1: (stored) => ({ ...stored, report: VERSION_ONE_REPORT_OPTIONS, schemaVersion: 2 }),
  // Version 3 added the look back on a previous session; older sessions follow none.
  2: (stored) => ({ ...stored, lookBack: NO_LOOK_BACK, schemaVersion: 3 }),
}

const isRecord = (value: unknown): value is Stored =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Brings a stored session (autosave or session file) up to today's shape and validates it.
 * Never throws; a session from a newer version of the app is refused, not guessed at.
 */
export function migrateSession(value: unknown): MigrationResult {
  if (!isRecord(value)) return { ok: false, reason: 'invalid' }
  const version = value['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'invalid' }
  if (version > SESSION_SCHEMA_VERSION) return { ok: false, reason: 'newer-version' }
  let stored = value
  for (let at = version; at < SESSION_SCHEMA_VERSION; at++) {
    const step = STEPS[at]
    if (!step) return { ok: false, reason: 'invalid' }
    stored = step(stored)
  }
  let parsed: ReturnType<typeof sessionSchema.safeParse>
  try {
    parsed = sessionSchema.safeParse(stored)
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  return {
    ok: true,
    session: parsed.data,
    migratedFrom: version === SESSION_SCHEMA_VERSION ? null : version,
  }
}
