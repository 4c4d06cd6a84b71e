import { describe, expect, it } from 'vitest'
import defaultDeck from '@resources/decks/default.nl.json'
import sessionDefaults from '@resources/defaults/session.json'
import {
  createSession,
  defaultPrinciples,
  defaultProgramme,
  hasContent,
} from '@core/session/default-session'
import { SESSION_SCHEMA_VERSION, sessionSchema, type Locale } from '@core/session/schema'
import { sessionWith, T0, withParticipants, projectorShowing } from './fixtures'

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('contrast helper', () => {
  it('matches known WCAG values', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    expect(contrast('#ffffff', '#767676')).toBeCloseTo(4.54, 2)
    expect(contrast('#000000', '#ffffff')).toBe(contrast('#ffffff', '#000000'))
  })
})

describe('default deck', () => {
  const principles = defaultPrinciples()

  it('has 7 principles', () => {
    expect(principles).toHaveLength(7)
    expect(defaultDeck.principles).toHaveLength(7)
  })

  it('has unique ids and unique names', () => {
    expect(new Set(principles.map((p) => p.id)).size).toBe(7)
    expect(new Set(principles.map((p) => p.name)).size).toBe(7)
  })

  it('has a name, summary and explanation for each principle', () => {
    for (const p of principles) {
      expect(p.name.trim()).not.toBe('')
      expect(p.summary.trim()).not.toBe('')
      expect(p.explanation.trim()).not.toBe('')
    }
  })

  it.each(defaultPrinciples().map((p) => [p.id, p.color] as const))(
    '%s has a valid colour (%s) on which white text has contrast of at least 7:1',
    (_id, color) => {
      expect(color).toMatch(/^#[0-9a-fA-F]{6}$/)
      expect(contrast('#ffffff', color)).toBeGreaterThanOrEqual(7)
    },
  )

  it('gives a fresh copy each time', () => {
    const a = defaultPrinciples()
    const b = defaultPrinciples()
    expect(a).toEqual(b)
    expect(a).not.toBe(b)
    expect(a[0]).not.toBe(b[0])
  })
})

describe('createSession', () => {
  it('makes an empty, valid session at the given time with the workshop programme', () => {
    const session = createSession(T0)
    expect(sessionSchema.safeParse(session).success).toBe(true)
    const defaults = sessionDefaults.nl
    expect(session).toEqual({
      schemaVersion: SESSION_SCHEMA_VERSION,
      nextSeq: 7,
      updatedAt: T0,
      locale: 'nl',
      setup: {
        title: '',
        date: '',
        startTime: '',
        location: '',
        team: '',
        facilitators: [],
        variant: 'variant1',
        plannedMinutes: 120,
        moreInfo: defaults.moreInfo,
      },
      principles: defaultPrinciples(),
      participants: [],
      phases: defaults.phases.map((phase, i) => ({
        ...phase,
        id: `ph${i + 1}`,
        startedAt: null,
        endedAt: null,
      })),
      currentPhaseId: null,
      starter: { ...defaults.starter, observation: '' },
      dilemmas: [],
      currentDilemmaId: null,
      harvest: { threads: [], insights: [], followUps: [] },
      projector: {
        principleId: null,
        timer: 'hidden',
        blackout: 'none',
        fontScale: 1,
        theme: 'standard',
        // The first choice stays off the beamer until revealed, so nobody follows the crowd.
        hideTally: { first: true, after: false },
        harvestScreen: 'threads',
      },
      // Idle timers; a round lasts 3 minutes; warning in the last 2; no sound, no pulse.
      timers: {
        phase: { durationMs: 0, startedAt: null, accumulatedMs: 0 },
        round: { durationMs: 3 * 60_000, startedAt: null, accumulatedMs: 0 },
        breakEndsAt: null,
      },
      timerSettings: { roundMinutes: 3, warningMinutes: 2, roundSound: false, pulse: false },
      // The report names nobody until the facilitator ticks it.
      report: {
        includeNames: false,
        includeContributors: false,
        includeOpenDilemmas: true,
        includeFollowUpOwners: false,
        findingChoices: {},
      },
      // A session made from scratch follows no earlier one.
      lookBack: { from: null, followUps: [], shown: false },
    })
  })

  it('follows the programme of the workshop, in order', () => {
    expect(createSession(T0).phases.map((p) => p.kind)).toEqual([
      'welcome',
      'starter',
      'explanation',
      'casework',
      'harvest',
      'closing',
    ])
  })

  it.each<Locale>(['nl', 'en'])('makes a valid %s session with its own texts', (locale) => {
    const session = createSession(T0, locale)
    expect(sessionSchema.safeParse(session).success).toBe(true)
    expect(session.locale).toBe(locale)
    expect(session.phases.map((p) => p.title)).toEqual(
      sessionDefaults[locale].phases.map((p) => p.title),
    )
    expect(session.starter.statement).toBe(sessionDefaults[locale].starter.statement)
    expect(session.phases.every((p) => p.notes.trim() !== '')).toBe(true)
  })

  it('numbers a default programme from the given sequence number', () => {
    expect(defaultProgramme('nl', 20).map((p) => p.id)).toEqual([
      'ph20',
      'ph21',
      'ph22',
      'ph23',
      'ph24',
      'ph25',
    ])
  })

  it('does not share state between sessions', () => {
    const a = createSession(T0)
    const b = createSession(T0)
    expect(a.principles).not.toBe(b.principles)
    expect(a.dilemmas).not.toBe(b.dilemmas)
  })
})

describe('hasContent', () => {
  it('is false for a fresh session', () => {
    expect(hasContent(createSession(T0))).toBe(false)
  })

  it('is true with a dilemma or a shown principle', () => {
    expect(hasContent(sessionWith(1))).toBe(true)
    expect(hasContent(sessionWith(0, { projector: projectorShowing('open') }))).toBe(true)
  })

  it('is true with a participant, a title or a started programme', () => {
    const fresh = createSession(T0)
    expect(hasContent(withParticipants(fresh, ['Anna']))).toBe(true)
    expect(hasContent({ ...fresh, setup: { ...fresh.setup, title: 'Team X' } })).toBe(true)
    expect(hasContent({ ...fresh, currentPhaseId: 'ph1' })).toBe(true)
  })
})
