import type { FollowUpSaveResult } from '@contract'
import { blankDilemma } from '@core/session/blank-dilemma'
import { createSession } from '@core/session/default-session'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  carriedOver,
  followUpOutcome,
  suggestedDate,
} from '../../renderer/src/presenter/follow-up/use-follow-up-session'

/** Today as the facilitator's computer has it: a local date and time. */
const on = (year: number, month: number, day: number, hour = 10) =>
  new Date(year, month - 1, day, hour)

describe('suggestedDate: the date the form starts with', () => {
  it('is four weeks after a session that is still to come', () => {
    expect(suggestedDate('2025-03-20', on(2025, 3, 14))).toBe('2025-04-17')
  })

  it('is four weeks from today for a session today or without a date', () => {
    for (const date of ['2025-03-14', '', 'morgen']) {
      expect(suggestedDate(date, on(2025, 3, 14))).toBe('2025-04-11')
    }
  })

  it('keeps the weekday of a session behind us, at least four weeks from today', () => {
    // Thursday 13 March and Friday 1 November: a Thursday and a Friday, four weeks or more on.
    expect(suggestedDate('2025-03-13', on(2025, 3, 14))).toBe('2025-04-17')
    expect(suggestedDate('2024-11-01', on(2025, 3, 14))).toBe('2025-04-11')
  })

  it('rolls over months, years and leap days', () => {
    expect(suggestedDate('2025-12-20', on(2025, 3, 14))).toBe('2026-01-17')
    expect(suggestedDate('', on(2025, 12, 31, 23))).toBe('2026-01-28')
    expect(suggestedDate('2028-02-10', on(2025, 3, 14))).toBe('2028-03-09')
    expect(suggestedDate('2027-02-10', on(2025, 3, 14))).toBe('2027-03-10')
  })

  it('takes today’s date as the computer shows it, early or late in the day', () => {
    expect(suggestedDate('', on(2025, 3, 14, 0))).toBe('2025-04-11')
    expect(suggestedDate('', on(2025, 3, 14, 23))).toBe('2025-04-11')
  })

  it('is never in the past, never sooner than four weeks on, and on the session’s weekday', () => {
    const DAY = 86_400_000
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: -400, max: 400 }),
        (todayIndex, offset) => {
          const todayMs = Date.UTC(2024, 0, 1) + todayIndex * DAY
          const today = new Date(todayMs)
          const local = on(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate())
          const session = iso(todayMs + offset * DAY)
          const suggested = suggestedDate(session, local)
          const earliest = Math.max(todayMs, Date.parse(session)) + 28 * DAY
          expect(suggested > iso(todayMs)).toBe(true)
          expect(suggested >= iso(earliest)).toBe(true)
          expect(suggested < iso(earliest + 7 * DAY)).toBe(true)
          expect(new Date(suggested).getUTCDay()).toBe(new Date(session).getUTCDay())
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('carriedOver: what the card counts', () => {
  it('counts the dilemmas not discussed and the follow-ups with words', () => {
    const base = createSession(0)
    const dilemma = (id: string, status: 'queued' | 'skipped' | 'discussed') => ({
      ...blankDilemma(
        id,
        { title: id, description: '', contributor: '', source: 'prepared' },
        'variant1',
      ),
      status,
    })
    const followUp = (id: string, what: string) => ({ id, what, who: 'Anouk', due: '' })
    expect(
      carriedOver({
        ...base,
        dilemmas: [dilemma('d1', 'discussed'), dilemma('d2', 'skipped'), dilemma('d3', 'queued')],
        harvest: { ...base.harvest, followUps: [followUp('f1', 'Iets'), followUp('f2', ' \n')] },
      }),
    ).toEqual({ dilemmas: 2, followUps: 1 })
    expect(carriedOver(base)).toEqual({ dilemmas: 0, followUps: 0 })
  })
})

describe('followUpOutcome: what the card tells', () => {
  it('maps each answer of main to what the facilitator reads', () => {
    const files = [{ kind: 'session', name: 'a.dilemmas' }] as const
    const answers: [FollowUpSaveResult, unknown][] = [
      [
        { ok: true, where: 'fallback', folder: 'C:\\Lokaal', files, reason: 'busy' },
        { kind: 'saved', where: 'fallback', folder: 'C:\\Lokaal', files, reason: 'busy' },
      ],
      [
        { ok: false, reason: 'write-failed', detail: 'timeout' },
        { kind: 'write-failed', reason: 'timeout' },
      ],
      [{ ok: false, reason: 'invalid-date' }, { kind: 'invalid-date' }],
    ]
    for (const [answer, told] of answers) expect(followUpOutcome(answer)).toEqual(told)
  })
})
