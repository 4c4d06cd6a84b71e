import { datedFileName } from '../text/file-name'
import type { Session } from '../session/schema'
import { SESSION_FILE_EXTENSION } from './session-file-format'

/**
 * "2026-11-29 Team Zuid.dilemmas": the session's date (today when it has none) and its title
 * made safe for every file system by the same rules as the report's file names (a plain word
 * without one), at most 255 bytes.
 */
export function suggestedSessionFileName(session: Session, now: number): string {
  return datedFileName(session.setup.date, now, {
    title: session.setup.title,
    fallback: session.locale === 'en' ? 'Session' : 'Sessie',
    extension: SESSION_FILE_EXTENSION,
  })
}

/** The path with the session-file extension, added when the dialog did not add it. */
export function withSessionFileExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${SESSION_FILE_EXTENSION}`)
    ? path
    : `${path}.${SESSION_FILE_EXTENSION}`
}
