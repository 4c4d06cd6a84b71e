import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { invitationIcs } from '@core/calendar/invitation-ics'
import type { FollowUpPlan } from '@core/follow-up/follow-up-contract'
import { followUpInvitation } from '@core/follow-up/follow-up-invitation'
import { followUpSession } from '@core/follow-up/follow-up-session'
import { GIDS_URL } from '@core/gids'
import type { FollowUp, Session } from '@core/session/schema'
import { heldSession, NOW, ONLY_A_PARTICIPANT, OWNER, PLAN, TITLE } from './follow-up-fixture'

const UID = 'vervolg-1@dansende-dilemmas'

/** The invitation for the session made from `held`, as ical.js reads it back. */
function invitation(held: Session, plan: FollowUpPlan = PLAN) {
  const text = invitationIcs(followUpInvitation(followUpSession(held, plan, NOW), plan, NOW, UID))
  if (text === null) throw new Error('no calendar file')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const zone = calendar.getFirstSubcomponent('vtimezone')
  if (zone === null) throw new Error('no VTIMEZONE')
  ICAL.TimezoneService.register(zone)
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (vevent === null) throw new Error('no VEVENT')
  const event = new ICAL.Event(vevent)
  // Unfolded, so a name cut over two physical lines is still found.
  return {
    text: text.replace(/\r\n /g, ''),
    zone,
    vevent,
    event,
    lines: event.description.split('\n'),
  }
}

const withFollowUps = (followUps: FollowUp[], session = heldSession()): Session => ({
  ...session,
  harvest: { ...session.harvest, followUps },
})
const retitled = (title: string): Session => {
  const session = heldSession()
  return { ...session, setup: { ...session.setup, title } }
}

describe('the follow-up session’s calendar invitation', () => {
  it('is titled after the session, and has a title without one', () => {
    expect(invitation(heldSession()).event.summary).toBe(`Vervolgsessie: ${TITLE}`)
    expect(invitation(retitled('')).event.summary).toBe('Vervolgsessie: Ambtelijk vakmanschap')
    expect(invitation(retitled('  ')).event.summary).toBe('Vervolgsessie: Ambtelijk vakmanschap')
  })

  it('starts on 7 January 2027 at 9.30 Amsterdam time and lasts the planned minutes', () => {
    const { event, vevent, zone } = invitation(heldSession())
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam')
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Amsterdam')
    expect(event.startDate.toString()).toBe('2027-01-07T09:30:00')
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-07T08:30:00.000Z')
    expect(event.duration.toSeconds()).toBe(150 * 60)
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-07T11:00:00.000Z')
    expect(event.location).toBe(PLAN.location)
    expect(event.uid).toBe(UID)
  })

  it('names no organiser and invites nobody: the facilitator sends it on', () => {
    const { text, vevent } = invitation(heldSession(), { ...PLAN, includeOwners: true })
    expect(vevent.getFirstProperty('organizer')).toBeNull()
    expect(vevent.getAllProperties('attendee')).toEqual([])
    expect(text).not.toMatch(/ORGANIZER|ATTENDEE/)
  })

  it('describes what the team looks back on, each follow-up with its date, and no owners', () => {
    const { lines, text } = invitation(heldSession())
    expect(lines).toEqual([
      'We gaan verder waar we op donderdag 3 december 2026 gebleven zijn: we kijken terug op de vervolgafspraken van toen en bespreken nieuwe dilemma’s uit ons werk.',
      '',
      'Waar we op terugkijken:',
      '- Werkinstructie aanpassen (vóór 15 januari 2027)',
      '- Terugkoppelen aan het MT',
      '',
      'Heb je zelf een dilemma dat je wilt inbrengen? Neem het mee.',
      `Gids Ambtelijk Vakmanschap: ${GIDS_URL}`,
    ])
    expect(text).not.toContain(OWNER)
    expect(text).not.toContain('Bram')
  })

  it('names who takes each follow-up on only when the facilitator chose so', () => {
    const { lines, text } = invitation(heldSession(), { ...PLAN, includeOwners: true })
    expect(lines).toContain(`- Werkinstructie aanpassen (${OWNER}, vóór 15 januari 2027)`)
    expect(lines).toContain('- Terugkoppelen aan het MT')
    // Bram only owned the follow-up without words, which is not looked back on.
    expect(text).not.toContain('Bram')
  })

  it('never names a participant, not even one who was absent', () => {
    for (const includeOwners of [false, true]) {
      const { text } = invitation(heldSession(), { ...PLAN, includeOwners })
      expect(text).not.toContain(ONLY_A_PARTICIPANT)
      expect(text).not.toContain('Zeynep')
    }
  })

  it('keeps typed text as typed: commas, semicolons, markup and emoji', () => {
    const hostile = 'a, b; c\nd <script>alert("x")</script> \\ 🙂‍↕️ 👩🏽‍💻'
    const held = withFollowUps([{ id: 'f50', what: hostile, who: 'Team A, B;\nC', due: '' }])
    const { lines, event } = invitation(
      { ...held, setup: { ...held.setup, title: 'Oost; Noord, <b>Zuid</b>' } },
      { ...PLAN, location: 'Zaal 1; ingang B, 2e etage', includeOwners: true },
    )
    // A line break inside a follow-up or its owner would break the list: it becomes a space.
    expect(lines).toContain('- a, b; c d <script>alert("x")</script> \\ 🙂‍↕️ 👩🏽‍💻 (Team A, B; C)')
    expect(event.summary).toBe('Vervolgsessie: Oost; Noord, <b>Zuid</b>')
    expect(event.location).toBe('Zaal 1; ingang B, 2e etage')
  })

  it('says so when the last session agreed no follow-ups', () => {
    const { lines } = invitation(withFollowUps([{ id: 'f50', what: ' ', who: OWNER, due: '' }]))
    expect(lines.slice(0, 4)).toEqual([
      expect.stringContaining('We gaan verder'),
      '',
      'De vorige keer maakten we geen vervolgafspraken; we beginnen met wat ons sindsdien is opgevallen.',
      '',
    ])
  })

  it('opens without a date when the last session had none', () => {
    const held = heldSession()
    const { lines } = invitation({ ...held, setup: { ...held.setup, date: '' } })
    expect(lines[0]).toBe(
      'We gaan verder waar we de vorige keer gebleven zijn: we kijken terug op de vervolgafspraken van toen en bespreken nieuwe dilemma’s uit ons werk.',
    )
  })

  it('is written in English for an English session', () => {
    const { event, lines } = invitation(heldSession('en'), { ...PLAN, includeOwners: true })
    expect(event.summary).toBe(`Follow-up session: ${TITLE}`)
    expect(lines[0]).toMatch(/^We pick up where we left off on Thursday,? 3 December 2026: /)
    expect(lines.slice(2, 5)).toEqual([
      'What we look back on:',
      `- Werkinstructie aanpassen (${OWNER}, by 15 January 2027)`,
      '- Terugkoppelen aan het MT',
    ])
    expect(lines.at(-1)).toBe(`The Guide to Civil-Service Craftsmanship: ${GIDS_URL}`)
    const untitled = invitation({
      ...heldSession('en'),
      setup: { ...heldSession().setup, title: '' },
    })
    expect(untitled.event.summary).toBe('Follow-up session: Civil-service craftsmanship')
  })
})
