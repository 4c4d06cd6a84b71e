import { datedFileName, safeFileTitle as fileTitle } from '../text/file-name'
import type { Session } from '../session/schema'
import type { ReportFormat } from './report-contract'

/** The name when a session has no title yet: the workshop's own name. */
export const UNTITLED_REPORT = "Dansende Dilemma's"

/** A title made safe as part of a file name (see `safeFileTitle` in files/file-name). */
export function safeFileTitle(text: string, fallback = 'Verslag'): string {
  return fileTitle(text, fallback)
}

/**
 * `YYYY-MM-DD <title>.<ext>`: the session's date, or today's when none was set. At most 255
 * bytes, also once numbered "(2)" because a report of that name is already in the folder.
 */
export function reportFileName(session: Session, now: number, format: ReportFormat): string {
  const { date, title } = session.setup
  return datedFileName(date, now, { title, fallback: UNTITLED_REPORT, extension: format })
}
