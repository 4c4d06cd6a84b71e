import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import { LIMITS, sessionSchema, type Session } from '@core/session/schema'
import { largeSession } from '../../support/large-session'
import { makeDilemma, sessionWith, T0, withParticipants, projectorShowing } from './fixtures'
import { accepted, expectInvalid, NOW } from './reduce-helpers'

/**
 * A session in full swing: every part filled in, a phase running with its timer, a round paused,
 * a break, a principle shown on a blacked-out beamer with the facilitator's text size and theme.
 */
function busySession(): Session {
  const large = largeSession(T0)
  return {
    ...large,
    setup: {
      ...large.setup,
      date: '2026-11-29',
      startTime: '13:30',
      location: 'Den Haag, zaal 4',
      team: 'Uitvoering',
      facilitators: ['Anna', 'Bram'],
      moreInfo: 'intranet/av',
    },
    principles: large.principles.map((p, i) => (i === 0 ? { ...p, name: 'Eigen naam' } : p)),
    phases: large.phases.map((p, i) => ({
      ...p,
      notes: `notitie ${i}`,
      startedAt: i < 3 ? T0 + i * 1000 : null,
      endedAt: i < 2 ? T0 + i * 1000 + 500 : null,
    })),
    currentPhaseId: large.phases[2]?.id ?? null,
    starter: { statement: 'Stelling', leftEnd: 'links', rightEnd: 'rechts', observation: 'Geheim' },
    currentDilemmaId: large.dilemmas[0]?.id ?? null,
    projector: projectorShowing('open', {
      timer: 'round',
      blackout: 'black',
      fontScale: 1.3,
      theme: 'high-contrast',
    }),
    timers: {
      phase: { durationMs: 15 * 60_000, startedAt: T0 + 2000, accumulatedMs: 0 },
      round: { durationMs: 4 * 60_000, startedAt: null, accumulatedMs: 30_000 },
      breakEndsAt: T0 + 20 * 60_000,
    },
    timerSettings: { roundMinutes: 4, warningMinutes: 1, roundSound: true, pulse: true },
  }
}

describe('setup/edit', () => {
  const start = createSession(T0)

  it.each<[string, Partial<Session['setup']>]>([
    ['title', { title: 'Dansende Dilemma’s met team Toezicht' }],
    ['date', { date: '2026-11-29' }],
    ['startTime', { startTime: '09:05' }],
    ['location', { location: 'Utrecht' }],
    ['team', { team: 'Toezicht' }],
    ['facilitators', { facilitators: ['Anna', 'Bram'] }],
    ['variant', { variant: 'both' }],
    ['plannedMinutes', { plannedMinutes: 150 }],
    ['moreInfo', { moreInfo: 'www.example.nl' }],
  ])('changes only %s', (_field, change) => {
    const next = accepted(start, { type: 'setup/edit', ...change })
    expect(next).toEqual({ ...start, setup: { ...start.setup, ...change }, updatedAt: NOW })
  })

  it('changes several fields at once and keeps text exactly as typed', () => {
    const next = accepted(start, { type: 'setup/edit', title: '  Titel met spaties ', team: 'A' })
    expect(next.setup.title).toBe('  Titel met spaties ')
    expect(next.setup.team).toBe('A')
    expect(next.setup.location).toBe(start.setup.location)
  })

  it('clears fields with empty strings and an empty facilitator list', () => {
    const filled = accepted(start, {
      type: 'setup/edit',
      date: '2026-11-29',
      startTime: '13:30',
      facilitators: ['Anna'],
    })
    const next = accepted(filled, { type: 'setup/edit', date: '', startTime: '', facilitators: [] })
    expect(next.setup).toEqual(start.setup)
  })

  it('trims facilitator names', () => {
    const next = accepted(start, { type: 'setup/edit', facilitators: ['  Anna ', 'Bram'] })
    expect(next.setup.facilitators).toEqual(['Anna', 'Bram'])
  })

  it('accepts the limits: 60 and 240 minutes, six facilitators, 200 characters', () => {
    expect(accepted(start, { type: 'setup/edit', plannedMinutes: 60 }).setup.plannedMinutes).toBe(
      60,
    )
    expect(accepted(start, { type: 'setup/edit', plannedMinutes: 240 }).setup.plannedMinutes).toBe(
      240,
    )
    const six = Array.from({ length: LIMITS.facilitators }, (_, i) => `Begeleider ${i}`)
    expect(accepted(start, { type: 'setup/edit', facilitators: six }).setup.facilitators).toEqual(
      six,
    )
    const title = 't'.repeat(LIMITS.shortText)
    expect(accepted(start, { type: 'setup/edit', title }).setup.title).toBe(title)
  })

  it('with no fields keeps the set-up and only moves updatedAt', () => {
    expect(accepted(start, { type: 'setup/edit' })).toEqual({ ...start, updatedAt: NOW })
  })

  it.each<[string, unknown]>([
    ['an impossible date', { date: '2026-13-01' }],
    ['a Dutch-style date', { date: '29-11-2026' }],
    ['29 February in a common year', { date: '2026-02-29' }],
    ['a date with a time', { date: '2026-11-29T10:00' }],
    ['an hour past 23', { startTime: '24:00' }],
    ['a time without a leading zero', { startTime: '9:30' }],
    ['a time with seconds', { startTime: '09:30:00' }],
    ['59 minutes', { plannedMinutes: 59 }],
    ['241 minutes', { plannedMinutes: 241 }],
    ['fractional minutes', { plannedMinutes: 90.5 }],
    ['minutes as text', { plannedMinutes: '90' }],
    ['seven facilitators', { facilitators: Array.from({ length: 7 }, (_, i) => `B${i}`) }],
    ['a blank facilitator', { facilitators: ['Anna', '  '] }],
    ['a facilitator name of 81 characters', { facilitators: ['a'.repeat(81)] }],
    ['facilitators as text', { facilitators: 'Anna, Bram' }],
    ['an unknown variant', { variant: 'variant3' }],
    ['a title that is too long', { title: 't'.repeat(LIMITS.shortText + 1) }],
    ['a numeric title', { title: 5 }],
    ['a null location', { location: null }],
    ['moreInfo that is too long', { moreInfo: 'x'.repeat(LIMITS.shortText + 1) }],
    ['an extra field', { locale: 'en' }],
    ['a field of another part', { principles: [] }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'setup/edit', ...(change as object) })
  })
})

describe('setup/new-session', () => {
  it('starts a fresh session in the same language, keeping the id counter', () => {
    const busy = busySession()
    const next = accepted(busy, { type: 'setup/new-session' })
    expect(next).toEqual({ ...createSession(NOW, busy.locale), nextSeq: busy.nextSeq })
  })

  it('keeps an English session English', () => {
    const english = { ...sessionWith(2), locale: 'en' as const }
    const next = accepted(english, { type: 'setup/new-session' })
    expect(next).toEqual({ ...createSession(NOW, 'en'), nextSeq: english.nextSeq })
    expect(next.phases[0]?.title).toBe(createSession(T0, 'en').phases[0]?.title)
  })

  it('never hands out an id again that the old session used', () => {
    const busy = busySession()
    const next = accepted(accepted(busy, { type: 'setup/new-session' }), {
      type: 'dilemma/add',
      title: 'nieuw',
    })
    const oldIds = new Set(busy.dilemmas.map((d) => d.id))
    expect(oldIds.has(next.dilemmas[0]?.id ?? '')).toBe(false)
    expect(next.dilemmas[0]?.id).toBe(`d${busy.nextSeq}`)
  })

  it('refuses extra fields', () => {
    expectInvalid({ type: 'setup/new-session', keep: 'principles' })
  })
})

describe('setup/from-template', () => {
  it('keeps set-up, deck, programme with notes, starter, beamer look and timer settings; empties the rest', () => {
    const busy = busySession()
    const next = accepted(busy, { type: 'setup/from-template' })
    const fresh = createSession(NOW, busy.locale)
    expect(next).toEqual({
      ...fresh,
      nextSeq: busy.nextSeq,
      setup: { ...busy.setup, date: '' },
      principles: busy.principles,
      phases: busy.phases.map((p) => ({ ...p, startedAt: null, endedAt: null })),
      starter: { ...busy.starter, observation: '' },
      projector: { ...fresh.projector, fontScale: 1.3, theme: 'high-contrast' },
      timerSettings: busy.timerSettings,
      timers: { ...fresh.timers, round: { ...fresh.timers.round, durationMs: 4 * 60_000 } },
    })
  })

  it('spells out what is kept and what is cleared', () => {
    const busy = busySession()
    const next = accepted(busy, { type: 'setup/from-template' })
    // Kept.
    expect(next.setup.title).toBe(busy.setup.title)
    expect(next.setup.location).toBe('Den Haag, zaal 4')
    expect(next.setup.startTime).toBe('13:30')
    expect(next.setup.facilitators).toEqual(['Anna', 'Bram'])
    expect(next.setup.variant).toBe(busy.setup.variant)
    expect(next.principles[0]?.name).toBe('Eigen naam')
    expect(next.phases.map((p) => p.id)).toEqual(busy.phases.map((p) => p.id))
    expect(next.phases.map((p) => p.notes)).toEqual(busy.phases.map((p) => p.notes))
    expect(next.starter.statement).toBe('Stelling')
    expect(next.locale).toBe(busy.locale)
    expect(next.projector.fontScale).toBe(1.3)
    expect(next.projector.theme).toBe('high-contrast')
    expect(next.timerSettings).toEqual({
      roundMinutes: 4,
      warningMinutes: 1,
      roundSound: true,
      pulse: true,
    })
    // Cleared.
    expect(next.setup.date).toBe('')
    expect(next.phases.every((p) => p.startedAt === null && p.endedAt === null)).toBe(true)
    expect(next.starter.observation).toBe('')
    expect(next.participants).toEqual([])
    expect(next.dilemmas).toEqual([])
    expect(next.harvest).toEqual({ threads: [], insights: [], followUps: [] })
    expect(next.currentPhaseId).toBeNull()
    expect(next.currentDilemmaId).toBeNull()
    expect(next.projector.principleId).toBeNull()
    expect(next.projector.timer).toBe('hidden')
    expect(next.projector.blackout).toBe('none')
    // Timers start idle; the round timer takes the kept round length.
    expect(next.timers).toEqual({
      phase: { durationMs: 0, startedAt: null, accumulatedMs: 0 },
      round: { durationMs: 4 * 60_000, startedAt: null, accumulatedMs: 0 },
      breakEndsAt: null,
    })
    expect(next.updatedAt).toBe(NOW)
  })

  it('on a fresh session gives the fresh session again', () => {
    const fresh = createSession(T0)
    expect(accepted(fresh, { type: 'setup/from-template' })).toEqual({ ...fresh, updatedAt: NOW })
  })

  it('keeps an edited programme as it is, also a shorter one', () => {
    const start = sessionWith(1)
    const short = { ...start, phases: start.phases.slice(3, 5) }
    expect(accepted(short, { type: 'setup/from-template' }).phases).toEqual(short.phases)
  })

  it('refuses extra fields', () => {
    expectInvalid({ type: 'setup/from-template', date: '2026-12-01' })
  })
})

describe('setup/set-locale', () => {
  it('switches the language and nothing else', () => {
    const start = withParticipants(
      { ...sessionWith(0), dilemmas: [makeDilemma('d7', 'x')], nextSeq: 8 },
      ['Anna'],
    )
    const english = accepted(start, { type: 'setup/set-locale', locale: 'en' })
    expect(english).toEqual({ ...start, locale: 'en', updatedAt: NOW })
    expect(accepted(english, { type: 'setup/set-locale', locale: 'nl' })).toEqual({
      ...start,
      updatedAt: NOW,
    })
  })

  it.each<[string, unknown]>([
    ['an unknown language', { locale: 'de' }],
    ['upper case', { locale: 'NL' }],
    ['no language', {}],
    ['null', { locale: null }],
    ['an extra field', { locale: 'en', phases: [] }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'setup/set-locale', ...(change as object) })
  })
})

describe('the set-up domain keeps sessions valid', () => {
  it('gives sessions that pass the schema after each command', () => {
    let state = busySession()
    for (const input of [
      { type: 'setup/edit', title: 'x', variant: 'variant2' },
      { type: 'setup/set-locale', locale: 'en' },
      { type: 'setup/from-template' },
      { type: 'setup/new-session' },
    ] as const) {
      state = accepted(state, input)
      expect(sessionSchema.safeParse(state).success).toBe(true)
    }
  })
})
