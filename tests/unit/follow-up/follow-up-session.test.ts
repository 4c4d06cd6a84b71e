import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { followUpSession } from '@core/follow-up/follow-up-session'
import { parseSessionFile, serialiseSessionFile } from '@core/session-file/session-file-format'
import {
  CASE_VARIANTS,
  DILEMMA_SOURCES,
  DILEMMA_STATUSES,
  sessionSchema,
  type Session,
} from '@core/session/schema'
import { deepFreeze, makeDilemma, sessionWith } from '../core/fixtures'
import { heldSession, NOW, OWNER, PLAN, TITLE } from './follow-up-fixture'

describe('followUpSession: the next session of the same team', () => {
  const held = deepFreeze(heldSession())
  const next = followUpSession(held, PLAN, NOW)

  it('keeps the team, title, facilitators, variant, deck and programme, with the plan’s date, time and place', () => {
    expect(next.setup).toEqual({
      ...held.setup,
      date: '2027-01-07',
      startTime: '09:30',
      location: 'Zaal 4.12, Rijnstraat 8',
    })
    expect(next.setup).toMatchObject({ title: TITLE, team: 'Toezicht', variant: 'both' })
    expect(next.setup.facilitators).toEqual(['Ingrid de Wit'])
    expect(next.principles).toEqual(held.principles)
    expect(next.phases).toEqual(
      held.phases.map((phase) => ({ ...phase, startedAt: null, endedAt: null })),
    )
    expect(next.phases[0]?.notes).toBe('Notitie 0')
    expect(next.currentPhaseId).toBeNull()
    expect(next.locale).toBe('nl')
    expect(next.updatedAt).toBe(NOW)
    expect(next.nextSeq).toBe(held.nextSeq)
  })

  it('expects every participant again, absent ones too, under the same ids', () => {
    expect(next.participants).toEqual([
      { id: 'pp7', name: OWNER, present: true },
      { id: 'pp8', name: 'Bram Jansen', present: true },
      { id: 'pp9', name: 'Zeynep Kaya', present: true },
    ])
  })

  it('puts the dilemmas that were not discussed back in the queue, prepared and blank', () => {
    expect(next.dilemmas).toEqual([
      makeDilemma('d2', 'Dilemma 2', {
        description: 'Beschrijving 2',
        contributor: 'Bram Jansen',
        variant: 'variant2',
      }),
      makeDilemma('d3', 'Dilemma 3'),
      makeDilemma('d4', 'Dilemma 4', { description: 'Beschrijving 4' }),
    ])
    expect(next.currentDilemmaId).toBeNull()
  })

  it('looks back on this session’s follow-ups that have words, all still open', () => {
    expect(next.lookBack).toEqual({
      from: { title: TITLE, date: '2026-12-03' },
      followUps: [
        {
          id: 'f32',
          what: 'Werkinstructie aanpassen',
          who: OWNER,
          due: '2027-01-15',
          state: 'open',
        },
        { id: 'f34', what: 'Terugkoppelen aan het MT', who: '', due: '', state: 'open' },
      ],
      shown: false,
    })
    expect(next.harvest).toEqual({ threads: [], insights: [], followUps: [] })
    expect(next.starter.observation).toBe('')
  })

  it('is a valid session that a session file keeps exactly', () => {
    expect(sessionSchema.safeParse(next).success).toBe(true)
    expect(parseSessionFile(serialiseSessionFile(next, NOW, '1.2.3'))).toEqual({
      ok: true,
      session: next,
      migratedFrom: null,
    })
  })

  it('keeps the language of the session it was made from', () => {
    expect(followUpSession(heldSession('en'), PLAN, NOW).locale).toBe('en')
  })
})

const dilemmaArb = fc.record({
  status: fc.constantFrom(...DILEMMA_STATUSES),
  source: fc.constantFrom(...DILEMMA_SOURCES),
  variant: fc.constantFrom(...CASE_VARIANTS),
  contributor: fc.string({ maxLength: 20 }),
})
const followUpArb = fc.record({
  what: fc.oneof(fc.constantFrom('', ' ', '\n\t'), fc.string({ maxLength: 30 })),
  who: fc.string({ maxLength: 20 }),
  due: fc.constantFrom('', '2027-03-01'),
})

const randomHeld = fc
  .record({
    dilemmas: fc.array(dilemmaArb, { maxLength: 8 }),
    present: fc.array(fc.boolean(), { maxLength: 6 }),
    followUps: fc.array(followUpArb, { maxLength: 6 }),
    title: fc.string({ maxLength: 40 }),
  })
  .map(({ dilemmas, present, followUps, title }): Session => {
    const base = sessionWith(dilemmas.length, { nextSeq: 100 })
    return {
      ...base,
      setup: { ...base.setup, title, date: '2026-11-29' },
      dilemmas: base.dilemmas.map((d, i) => ({ ...d, ...dilemmas[i] })),
      participants: present.map((here, i) => ({
        id: `pp${20 + i}`,
        name: `P ${i}`,
        present: here,
      })),
      harvest: {
        ...base.harvest,
        followUps: followUps.map((item, i) => ({ ...item, id: `f${40 + i}` })),
      },
    }
  })

describe('followUpSession on any session', () => {
  it('makes a valid, file-safe session that carries exactly the open work', () => {
    fc.assert(
      fc.property(randomHeld, (held) => {
        const next = followUpSession(held, PLAN, NOW)
        expect(sessionSchema.safeParse(next).success).toBe(true)
        expect(next.dilemmas.map((d) => d.id)).toEqual(
          held.dilemmas.filter((d) => d.status !== 'discussed').map((d) => d.id),
        )
        expect(next.dilemmas.every((d) => d.status === 'queued' && d.source === 'prepared')).toBe(
          true,
        )
        expect(next.participants.map((p) => p.id)).toEqual(held.participants.map((p) => p.id))
        expect(next.participants.every((p) => p.present)).toBe(true)
        expect(next.lookBack.followUps.map((item) => item.id)).toEqual(
          held.harvest.followUps.filter((item) => item.what.trim() !== '').map((item) => item.id),
        )
        expect(parseSessionFile(serialiseSessionFile(next, NOW))).toEqual({
          ok: true,
          session: next,
          migratedFrom: null,
        })
      }),
      { numRuns: 40 },
    )
  })
})
