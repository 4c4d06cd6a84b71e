import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import {
  suggestedSessionFileName,
  withSessionFileExtension,
} from '@core/session-file/session-file-name'

// Midday, so the local date is the same in every time zone the tests may run in.
const NOON = Date.UTC(2026, 10, 29, 12, 0)

function sessionWithSetup(setup: Partial<Session['setup']>, locale: 'nl' | 'en' = 'nl'): Session {
  const session = createSession(NOON, locale)
  return { ...session, setup: { ...session.setup, ...setup } }
}

describe('suggestedSessionFileName', () => {
  it('is the session date and title', () => {
    const session = sessionWithSetup({ date: '2026-12-03', title: 'Team Zuid' })
    expect(suggestedSessionFileName(session, NOON)).toBe('2026-12-03 Team Zuid.dilemmas')
  })

  it('takes today when the session has no date, and a plain word when it has no title', () => {
    expect(suggestedSessionFileName(sessionWithSetup({}), NOON)).toBe('2026-11-29 Sessie.dilemmas')
    expect(suggestedSessionFileName(sessionWithSetup({}, 'en'), NOON)).toBe(
      '2026-11-29 Session.dilemmas',
    )
  })

  it('makes a hostile title safe for every file system', () => {
    const session = sessionWithSetup({
      date: '2026-12-03',
      title: 'A/B: "wat?" <nu>|\\*\u0007...  ',
    })
    const name = suggestedSessionFileName(session, NOON)
    expect(name).toMatch(/^2026-12-03 A.*wat.*nu.*\.dilemmas$/)
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]|\.\.\.|\s\.dilemmas$/)
  })

  it('keeps emoji and long titles whole characters', () => {
    const session = sessionWithSetup({ date: '2026-12-03', title: `🙂${'x'.repeat(200)}` })
    expect(suggestedSessionFileName(session, NOON)).toBe(`2026-12-03 🙂${'x'.repeat(79)}.dilemmas`)
  })

  it('never suggests a device name', () => {
    const session = sessionWithSetup({ date: '2026-12-03', title: 'CON' })
    expect(suggestedSessionFileName(session, NOON)).not.toMatch(/ CON\.dilemmas$/)
  })
})

describe('withSessionFileExtension', () => {
  it.each([
    ['/s/a.dilemmas', '/s/a.dilemmas'],
    ['/s/a.DILEMMAS', '/s/a.DILEMMAS'],
    ['/s/a', '/s/a.dilemmas'],
    ['/s/a.json', '/s/a.json.dilemmas'],
  ])('turns %s into %s', (path, expected) => {
    expect(withSessionFileExtension(path)).toBe(expected)
  })
})
