/**
 * Europe/Amsterdam as a VTIMEZONE (RFC 5545 3.6.5): Central European Time with summer time
 * from the last Sunday of March to the last Sunday of October (EU rules since 1996), so a
 * calendar that does not know the zone by name still puts the session at the right hour.
 */
export const AMSTERDAM_TZID = 'Europe/Amsterdam'

export const AMSTERDAM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]
