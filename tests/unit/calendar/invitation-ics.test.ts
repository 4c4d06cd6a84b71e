import ICAL from 'ical.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CRLF, escapeText, foldLine } from '@core/calendar/ics-text'
import {
  invitationIcs,
  isoDuration,
  localDateTime,
  type CalendarInvitation,
} from '@core/calendar/invitation-ics'

const BASE: CalendarInvitation = {
  uid: 'vervolg-7f3a@dansende-dilemmas',
  madeAt: Date.UTC(2026, 11, 4, 15, 30),
  date: '2027-01-14',
  startTime: '13:30',
  durationMinutes: 150,
  summary: 'Dansende Dilemma’s — vervolg team Toezicht',
  location: 'Zaal 4.12, Rijnstraat 8, Den Haag',
  description:
    'Afspraken van de vorige keer:\n- Casus Bram uitwerken; voor 1 februari\n- Terugkoppeling, MT',
}

function parsed(invitation: CalendarInvitation) {
  const text = invitationIcs(invitation)
  if (text === null) throw new Error('no calendar file')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const zone = calendar.getFirstSubcomponent('vtimezone')
  if (zone === null) throw new Error('no VTIMEZONE')
  ICAL.TimezoneService.register(zone)
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined)
  return { text, calendar, event }
}

describe('the calendar invitation (.ics), read back by ical.js', () => {
  it('holds one event in Amsterdam time: winter start is 12:30 UTC, summer start 11:30 UTC', () => {
    const winter = parsed(BASE)
    expect(winter.calendar.getAllSubcomponents('vevent')).toHaveLength(1)
    const start = winter.calendar.getFirstSubcomponent('vevent')?.getFirstProperty('dtstart')
    expect(start?.getParameter('tzid')).toBe('Europe/Amsterdam')
    expect(winter.event.startDate.zone?.tzid).toBe('Europe/Amsterdam')
    expect(winter.event.startDate.toJSDate().toISOString()).toBe('2027-01-14T12:30:00.000Z')
    expect(winter.event.endDate.toJSDate().toISOString()).toBe('2027-01-14T15:00:00.000Z')
    const summer = parsed({ ...BASE, date: '2027-06-10' })
    expect(summer.event.startDate.toJSDate().toISOString()).toBe('2027-06-10T11:30:00.000Z')
  })

  it('carries the title, place and follow-ups as they were typed, and no organiser', () => {
    const { event, text, calendar } = parsed(BASE)
    expect(event.summary).toBe(BASE.summary)
    expect(event.location).toBe(BASE.location)
    expect(event.description).toBe(BASE.description)
    expect(event.uid).toBe(BASE.uid)
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstProperty('organizer')).toBeNull()
    expect(text).not.toMatch(/ORGANIZER|ATTENDEE/)
  })

  it('keeps hostile text as text: commas, semicolons, backslashes, line breaks, emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (typed) => {
        const { event, text } = parsed({ ...BASE, summary: typed, description: typed })
        const normalised = typed.replace(/\r\n|\r/g, '\n')
        expect(event.summary).toBe(normalised)
        expect(event.description).toBe(normalised)
        for (const line of text.split(CRLF).slice(0, -1)) {
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('ends every line in CRLF and folds long lines without splitting a character', () => {
    const long = 'Één casus over privacy en proportionaliteit, ' + '🙂'.repeat(40)
    const folded = foldLine(`DESCRIPTION:${escapeText(long)}`)
    const lines = folded.split(CRLF)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true)
    expect(folded).not.toContain('\uFFFD')
    const text = invitationIcs(BASE) ?? ''
    expect(text.endsWith(CRLF)).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('refuses a date or time that is not one, so the app asks for it first', () => {
    expect(invitationIcs({ ...BASE, date: '' })).toBeNull()
    expect(invitationIcs({ ...BASE, date: '2027-02-30' })).toBeNull()
    expect(invitationIcs({ ...BASE, startTime: '24:00' })).toBeNull()
    expect(localDateTime('2027-01-14', '09:05')).toBe('20270114T090500')
  })

  it('writes durations as calendars read them', () => {
    expect(isoDuration(150)).toBe('PT2H30M')
    expect(isoDuration(60)).toBe('PT1H')
    expect(isoDuration(45)).toBe('PT45M')
    expect(isoDuration(0)).toBe('PT1M')
  })
})
