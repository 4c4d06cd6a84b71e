/** How the report writes dates and times, in the report's language and the given time zone. */
export interface ReportDates {
  /** An ISO date such as 2026-11-29, with its weekday: "zondag 29 november 2026". */
  readonly longDate: (isoDate: string) => string
  /** An ISO date without weekday, for tables: "15 december 2026". */
  readonly shortDate: (isoDate: string) => string
  /** A moment as a clock time: "13:05". */
  readonly time: (epochMs: number) => string
  /** A moment in full: "zondag 29 november 2026 om 16:05". */
  readonly moment: (epochMs: number) => string
}

/** ISO dates carry no time zone: read and written in UTC so the day never shifts. */
function isoDateToEpoch(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return null
  const [, year, month, day] = match
  return Date.UTC(Number(year), Number(month) - 1, Number(day))
}

/** `timeZone` undefined means the computer's own zone, as the facilitator saw the clock. */
export function reportDates(tag: string, timeZone: string | undefined): ReportDates {
  const dayFormat = (weekday: boolean) =>
    new Intl.DateTimeFormat(tag, {
      ...(weekday ? { weekday: 'long' } : {}),
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
  const longFormat = dayFormat(true)
  const shortFormat = dayFormat(false)
  const timeFormat = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone })
  const momentFormat = new Intl.DateTimeFormat(tag, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  })
  const day = (format: Intl.DateTimeFormat) => (isoDate: string) => {
    const epoch = isoDateToEpoch(isoDate)
    return epoch === null ? isoDate : format.format(epoch)
  }
  return {
    longDate: day(longFormat),
    shortDate: day(shortFormat),
    time: (epochMs) => timeFormat.format(epochMs),
    moment: (epochMs) => momentFormat.format(epochMs),
  }
}
