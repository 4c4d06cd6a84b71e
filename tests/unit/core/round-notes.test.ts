import { describe, expect, it } from 'vitest'
import { projectorScreen } from '@core/session/projector-screen'
import { roundNotesOf } from '@core/session/round-notes'
import { sessionSchema, type Session } from '@core/session/schema'
import { changeDilemma, sessionWith, withParticipants } from './fixtures'
import { accepted, expectNoOp, expectRejected } from './reduce-helpers'

/** d1 in variant 2 on the floor, two rounds held by pp7..pp9 on three principles. */
function casework(): Session {
  const session = withParticipants(sessionWith(2), ['Anna', 'Bram', 'Chris'])
  return {
    ...changeDilemma(session, 'd1', (d) => ({
      ...d,
      variant: 'variant2',
      variant2: {
        principleIds: ['open', 'integer', 'vakkundig'],
        rounds: [
          { speakers: ['pp7', 'pp8', 'pp9', null] },
          { speakers: ['pp9', 'pp7', 'pp8', null] },
        ],
      },
    })),
    currentPhaseId: 'ph4',
    currentDilemmaId: 'd1',
  }
}

const note = (round: number, participantId: string, field: 'good' | 'hard', text: string) =>
  ({ type: 'v2/set-speaker-note', dilemmaId: 'd1', round, participantId, field, text }) as const

describe('variant-2 round notes', () => {
  it('keeps what each speaker said per round, and the tops and tips per round', () => {
    let session = accepted(casework(), note(1, 'pp7', 'good', 'Rustig gebleven'))
    session = accepted(session, note(1, 'pp7', 'hard', 'Niet onderbreken'))
    session = accepted(session, {
      type: 'v2/set-round-text',
      dilemmaId: 'd1',
      round: 1,
      field: 'tips',
      text: 'Vaker doorvragen',
    })
    const d1 = session.dilemmas[0]
    if (!d1) throw new Error('no d1')
    // The round before gets empty notes: the list follows the rounds.
    expect(d1.roundNotes).toEqual([
      { speakers: {}, tops: '', tips: '' },
      {
        speakers: { pp7: { good: 'Rustig gebleven', hard: 'Niet onderbreken' } },
        tops: '',
        tips: 'Vaker doorvragen',
      },
    ])
    expect(roundNotesOf(d1, 5)).toEqual({ speakers: {}, tops: '', tips: '' })
  })

  it('refuses a round that was not held and a participant who is not there', () => {
    expectRejected(casework(), note(2, 'pp7', 'good', 'x'), 'invalid-state')
    expectRejected(casework(), note(0, 'pp99', 'good', 'x'), 'unknown-participant')
  })

  it('forgets the notes of a participant who is removed, and keeps the others', () => {
    let session = accepted(casework(), note(0, 'pp7', 'good', 'a'))
    session = accepted(session, note(0, 'pp8', 'good', 'b'))
    const next = accepted(session, { type: 'participant/remove', id: 'pp7' })
    expect(next.dilemmas[0]?.roundNotes[0]?.speakers).toEqual({ pp8: { good: 'b', hard: '' } })
  })

  it('shows a round’s tops and tips on the beamer until the next round starts', () => {
    const written = accepted(casework(), {
      type: 'v2/set-round-text',
      dilemmaId: 'd1',
      round: 0,
      field: 'tops',
      text: 'Goed geluisterd',
    })
    expect(projectorScreen(written).kind).toBe('speakers')
    const shown = accepted(written, { type: 'v2/show-round-notes', dilemmaId: 'd1', round: 0 })
    expect(projectorScreen(shown)).toMatchObject({
      kind: 'round-notes',
      round: 1,
      tops: 'Goed geluisterd',
      tips: '',
    })
    expectNoOp(shown, { type: 'v2/show-round-notes', dilemmaId: 'd1', round: 0 })
    const back = accepted(shown, { type: 'v2/show-round-notes', dilemmaId: 'd1', round: null })
    expect(projectorScreen(back).kind).toBe('speakers')
    const rotated = accepted(shown, { type: 'v2/rotate', dilemmaId: 'd1' })
    expect(rotated.dilemmas[0]?.roundNotesShown).toBeNull()
    expect(projectorScreen(rotated).kind).toBe('speakers')
    expectRejected(
      written,
      { type: 'v2/show-round-notes', dilemmaId: 'd1', round: 2 },
      'invalid-state',
    )
  })

  it('the session check refuses notes of unknown rounds or people', () => {
    const check = (change: Partial<Session['dilemmas'][number]>) =>
      sessionSchema.safeParse(changeDilemma(casework(), 'd1', (d) => ({ ...d, ...change }))).success
    const empty = { speakers: {}, tops: '', tips: '' }
    expect(check({ roundNotes: [empty, empty] })).toBe(true)
    expect(check({ roundNotes: [empty, empty, empty] })).toBe(false)
    expect(check({ roundNotes: [{ ...empty, speakers: { pp99: { good: '', hard: '' } } }] })).toBe(
      false,
    )
    expect(check({ roundNotesShown: 1 })).toBe(true)
    expect(check({ roundNotesShown: 2 })).toBe(false)
  })
})
