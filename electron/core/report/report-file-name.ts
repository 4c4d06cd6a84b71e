import { MAX_TITLE_CHARACTERS, safeFileName, safeFileTitle as fileTitle } from '../text/file-name'
import type { Session } from '../session/schema'
import type { ReportFormat } from './report-contract'

export { numberedName } from '../text/file-name'

/** Long enough for any real session title, short enough to read; in characters as a reader counts them. */
export const MAX_TITLE_LENGTH = MAX_TITLE_CHARACTERS

/** The name when a session has no title yet: the workshop's own name. */
export const UNTITLED_REPORT = "Dansende Dilemma's"

/** A title made safe as part of a file name (see `safeFileTitle` in files/file-name). */
export function safeFileTitle(text: string, fallback = 'Verslag'): string {
  return fileTitle(text, fallback)
}

function localDate(epochMs: number): string {
  const date = new Date(epochMs)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * `YYYY-MM-DD <title>.<ext>`: the session's date, or today's when none was set. At most 255
 * bytes, also once numbered "(2)" because a report of that name is already in the folder.
 */
export function reportFileName(session: Session, now: number, format: ReportFormat): string {
  const date = session.setup.date === '' ? localDate(now) : session.setup.date
  return safeFileName({
    prefix: `${date} `,
    title: session.setup.title,
    fallback: UNTITLED_REPORT,
    extension: format,
  })
}
