import type { Session } from '../session/schema'
import type { ReportFormat } from './report-contract'

/** Long enough for any real session title, short enough for deep paths on a share. */
export const MAX_TITLE_LENGTH = 80

/** The name when a session has no title yet: the workshop's own name. */
export const UNTITLED_REPORT = "Dansende Dilemma's"

// Windows refuses these characters in names; / and \ and : would also make a path.
const SEPARATORS = /[\\/:|]/g
const DROPPED = /[*?<>]/g
// Control characters, and the direction marks that can make "fdp.exe" read as "exe.pdf".
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// Windows gives these names to devices, also with an extension ("nul.pdf").
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')
}

/**
 * Text made safe as (part of) a file name on Windows, macOS and Linux: no reserved characters,
 * no leading or trailing dots or spaces, not a device name, at most MAX_TITLE_LENGTH characters.
 * Nothing left gives `fallback`.
 */
export function safeFileTitle(text: string, fallback = 'Verslag'): string {
  const cleaned = trimEnds(
    text
      .normalize('NFC')
      .replace(INVISIBLE, ' ')
      .replace(SEPARATORS, '-')
      .replace(DROPPED, '')
      .replace(/"/g, "'")
      .replace(/\s+/g, ' '),
  )
  // Cut on whole characters so an emoji is never split into half a surrogate pair.
  const capped = trimEnds(Array.from(cleaned).slice(0, MAX_TITLE_LENGTH).join(''))
  if (capped === '') return fallback
  const stem = capped.split('.')[0] ?? capped
  if (!RESERVED.test(stem.trim())) return capped
  return `${stem.trimEnd()}_${capped.slice(stem.length)}`
}

function localDate(epochMs: number): string {
  const date = new Date(epochMs)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** `YYYY-MM-DD <title>.<ext>`: the session's date, or today's when none was set. */
export function reportFileName(session: Session, now: number, format: ReportFormat): string {
  const date = session.setup.date === '' ? localDate(now) : session.setup.date
  return `${date} ${safeFileTitle(session.setup.title, UNTITLED_REPORT)}.${format}`
}

/** The n-th choice of a name: "a.pdf", "a (2).pdf", "a (3).pdf"… */
export function numberedName(name: string, number: number): string {
  if (number <= 1) return name
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)} (${number})${name.slice(dot)}` : `${name} (${number})`
}
