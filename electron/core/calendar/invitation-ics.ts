import { AMSTERDAM_TZID, AMSTERDAM_VTIMEZONE } from './amsterdam-zone'
import { contentLines, escapeText } from './ics-text'

/** What the calendar invitation of a session holds; names only if the caller put them in. */
export interface CalendarInvitation {
  /** Unique and stable for this session, so sending it again updates the same appointment. */
  readonly uid: string
  /** When the file is made (UTC ms): DTSTAMP. */
  readonly madeAt: number
  /** Local date and time in Amsterdam: 'YYYY-MM-DD' and 'HH:MM'. */
  readonly date: string
  readonly startTime: string
  readonly durationMinutes: number
  readonly summary: string
  readonly location: string
  readonly description: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** 'YYYYMMDDTHHMMSS' in local Amsterdam time, or null for a date or time that is not one. */
export function localDateTime(date: string, time: string): string | null {
  const day = DATE.exec(date)
  const clock = TIME.exec(time)
  if (day === null || clock === null) return null
  const [, year, month, dayOfMonth] = day
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(dayOfMonth)))
  if (check.getUTCDate() !== Number(dayOfMonth)) return null
  return `${year}${month}${dayOfMonth}T${clock[1]}${clock[2]}00`
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
}

/** 'PT1H30M', as DURATION wants it. */
export function isoDuration(minutes: number): string {
  const whole = Math.max(1, Math.round(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`
}

/**
 * One VEVENT in Amsterdam time with its VTIMEZONE, as Outlook and other calendars open it. No
 * ORGANIZER and no attendees: the file is sent on by the facilitator, from their own mail.
 * Null when the date or time is not a real one (the caller asks for it first).
 */
export function invitationIcs(invitation: CalendarInvitation): string | null {
  const start = localDateTime(invitation.date, invitation.startTime)
  if (start === null) return null
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    "PRODID:-//Dansende Dilemma's//Vervolgsessie//NL",
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...AMSTERDAM_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeText(invitation.uid)}`,
    `DTSTAMP:${utcStamp(invitation.madeAt)}`,
    `DTSTART;TZID=${AMSTERDAM_TZID}:${start}`,
    `DURATION:${isoDuration(invitation.durationMinutes)}`,
    `SUMMARY:${escapeText(invitation.summary)}`,
    ...(invitation.location.trim() === '' ? [] : [`LOCATION:${escapeText(invitation.location)}`]),
    `DESCRIPTION:${escapeText(invitation.description)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return contentLines(lines)
}
