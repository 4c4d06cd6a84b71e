import { describe, expect, it } from 'vitest'
import { newNames } from '@core/commands/domains/participants'
import { LIMITS, type Session } from '@core/session/schema'
import { changeDilemma, sessionWith, withParticipants } from './fixtures'
import { accepted, expectInvalid, expectNoOp, expectRejected, NOW } from './reduce-helpers'

const names = (session: Session): string[] => session.participants.map((p) => p.name)
const many = (count: number, prefix = 'Deelnemer'): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`)

describe('participant/add-many', () => {
  it('adds everyone present, in order, with ids from the session counter', () => {
    const start = sessionWith(0)
    const next = accepted(start, { type: 'participant/add-many', names: ['Anna', 'Bram'] })
    expect(next.participants).toEqual([
      { id: 'pp7', name: 'Anna', present: true },
      { id: 'pp8', name: 'Bram', present: true },
    ])
    expect(next.nextSeq).toBe(9)
    expect(next.updatedAt).toBe(NOW)
  })

  it('appends after the people already there', () => {
    const start = withParticipants(sessionWith(0), ['Anna'])
    const next = accepted(start, { type: 'participant/add-many', names: ['Bram'] })
    expect(names(next)).toEqual(['Anna', 'Bram'])
    expect(next.participants[1]?.id).toBe(`pp${start.nextSeq}`)
  })

  it('trims names', () => {
    const next = accepted(sessionWith(0), { type: 'participant/add-many', names: ['  Anna  '] })
    expect(names(next)).toEqual(['Anna'])
  })

  it('skips names already there, ignoring case and accents', () => {
    const start = withParticipants(sessionWith(0), ['Anna de Vries', 'Zoë', 'Chloé'])
    const next = accepted(start, {
      type: 'participant/add-many',
      names: ['anna de vries', 'ZOE', 'Chloe', 'Dirk', 'ANNA DE VRIES'],
    })
    expect(names(next)).toEqual(['Anna de Vries', 'Zoë', 'Chloé', 'Dirk'])
    expect(next.nextSeq).toBe(start.nextSeq + 1)
  })

  it('adds a name given twice in one list once', () => {
    const next = accepted(sessionWith(0), {
      type: 'participant/add-many',
      names: ['Eva', 'eva', 'Éva', 'Fleur'],
    })
    expect(names(next)).toEqual(['Eva', 'Fleur'])
  })

  it('keeps names that only look alike as different people', () => {
    const next = accepted(sessionWith(0), {
      type: 'participant/add-many',
      names: ['Anna', 'Anne', 'Anna B.'],
    })
    expect(names(next)).toEqual(['Anna', 'Anne', 'Anna B.'])
  })

  it('changes nothing when every name is already there', () => {
    const start = withParticipants(sessionWith(0), ['Anna', 'Bram'])
    expectNoOp(start, { type: 'participant/add-many', names: ['anna', 'BRAM'] })
  })

  it('newNames tells the panel the same thing the reducer does', () => {
    const start = withParticipants(sessionWith(0), ['Zoë'])
    expect(newNames(start, ['zoe', ' Kees ', 'kees', '', 'Lot'])).toEqual(['Kees', 'Lot'])
  })

  it(`accepts the ${LIMITS.participants}th participant`, () => {
    const start = withParticipants(sessionWith(0), many(LIMITS.participants - 1))
    const next = accepted(start, { type: 'participant/add-many', names: ['Laatste'] })
    expect(next.participants).toHaveLength(LIMITS.participants)
  })

  it(`refuses to go over ${LIMITS.participants}, adding none of the list`, () => {
    const start = withParticipants(sessionWith(0), many(LIMITS.participants - 1))
    expectRejected(start, { type: 'participant/add-many', names: ['Een', 'Twee'] }, 'limit-reached')
    const full = withParticipants(sessionWith(0), many(LIMITS.participants))
    expectRejected(full, { type: 'participant/add-many', names: ['Een'] }, 'limit-reached')
  })

  it('counts only the new names against the limit', () => {
    const start = withParticipants(sessionWith(0), many(LIMITS.participants - 1))
    const next = accepted(start, {
      type: 'participant/add-many',
      names: ['deelnemer 1', 'DEELNEMER 2', 'Nieuw'],
    })
    expect(next.participants).toHaveLength(LIMITS.participants)
  })

  it(`accepts a list of ${LIMITS.participants} names at once`, () => {
    const next = accepted(sessionWith(0), {
      type: 'participant/add-many',
      names: many(LIMITS.participants),
    })
    expect(next.participants).toHaveLength(LIMITS.participants)
    expect(new Set(next.participants.map((p) => p.id)).size).toBe(LIMITS.participants)
  })

  it.each<[string, unknown]>([
    ['an empty list', []],
    ['a blank name', ['Anna', '   ']],
    ['an empty name', ['']],
    ['a name of 81 characters', ['n'.repeat(81)]],
    [`a list of ${LIMITS.participants + 1}`, many(LIMITS.participants + 1)],
    ['a single string', 'Anna, Bram'],
    ['a number in the list', ['Anna', 3]],
    ['null', null],
  ])('refuses %s', (_label, list) => {
    expectInvalid({ type: 'participant/add-many', names: list })
  })

  it('refuses extra fields, such as a smuggled id or present flag', () => {
    expectInvalid({ type: 'participant/add-many', names: ['Anna'], present: false })
    expectInvalid({ type: 'participant/add-many', names: ['Anna'], id: 'pp1' })
  })
})

describe('participant/rename', () => {
  const start = withParticipants(sessionWith(1), ['Anna', 'Bram'])

  it('renames (trimmed) and changes nothing else', () => {
    const next = accepted(start, { type: 'participant/rename', id: 'pp8', name: ' Bram J. ' })
    expect(next).toEqual({
      ...start,
      updatedAt: NOW,
      participants: [
        { id: 'pp7', name: 'Anna', present: true },
        { id: 'pp8', name: 'Bram J.', present: true },
      ],
    })
  })

  it('refuses an unknown participant, also a dilemma or principle id', () => {
    for (const id of ['pp99', 'd1', 'open'])
      expectRejected(start, { type: 'participant/rename', id, name: 'x' }, 'unknown-participant')
  })

  it.each<[string, unknown]>([
    ['a blank name', { name: ' ' }],
    ['a long name', { name: 'n'.repeat(81) }],
    ['no name', {}],
    ['an extra field', { name: 'x', present: true }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'participant/rename', id: 'pp7', ...(change as object) })
  })
})

describe('participant/set-present', () => {
  const start = withParticipants(sessionWith(0), ['Anna', 'Bram'])

  it('marks someone absent and present again', () => {
    const absent = accepted(start, { type: 'participant/set-present', id: 'pp7', present: false })
    expect(absent.participants.map((p) => p.present)).toEqual([false, true])
    const back = accepted(absent, { type: 'participant/set-present', id: 'pp7', present: true })
    expect(back.participants).toEqual(start.participants)
  })

  it('refuses an unknown participant', () => {
    expectRejected(
      start,
      { type: 'participant/set-present', id: 'pp1', present: false },
      'unknown-participant',
    )
  })

  it.each<[string, unknown]>([
    ['a text flag', 'false'],
    ['a number', 0],
    ['null', null],
  ])('refuses %s as present', (_label, present) => {
    expectInvalid({ type: 'participant/set-present', id: 'pp7', present })
  })
})

describe('participant/remove', () => {
  /** Anna (pp7) spoke in two dilemmas; Bram (pp8) once; Chris (pp9) never. */
  function spoken(): Session {
    let session = withParticipants(sessionWith(2), ['Anna', 'Bram', 'Chris'])
    session = changeDilemma(session, 'd1', (d) => ({
      ...d,
      variant2: {
        principleIds: ['open', 'integer'],
        rounds: [
          { speakers: ['pp7', 'pp8', null, null] },
          { speakers: ['pp8', 'pp7', null, null] },
        ],
      },
    }))
    return changeDilemma(session, 'd2', (d) => ({
      ...d,
      variant2: { principleIds: ['open'], rounds: [{ speakers: [null, null, 'pp7', null] }] },
    }))
  }

  it('removes the participant and empties their slots in every round of every dilemma', () => {
    const start = spoken()
    const next = accepted(start, { type: 'participant/remove', id: 'pp7' })
    expect(names(next)).toEqual(['Bram', 'Chris'])
    expect(next.dilemmas[0]?.variant2.rounds).toEqual([
      { speakers: [null, 'pp8', null, null] },
      { speakers: ['pp8', null, null, null] },
    ])
    expect(next.dilemmas[1]?.variant2.rounds).toEqual([{ speakers: [null, null, null, null] }])
    // The rounds themselves and the chosen principles stay.
    expect(next.dilemmas[0]?.variant2.principleIds).toEqual(['open', 'integer'])
  })

  it('leaves rounds alone when the participant never spoke', () => {
    const start = spoken()
    const next = accepted(start, { type: 'participant/remove', id: 'pp9' })
    expect(next.dilemmas).toEqual(start.dilemmas)
    expect(names(next)).toEqual(['Anna', 'Bram'])
  })

  it('never reuses the id of a removed participant', () => {
    const start = spoken()
    let next = accepted(start, { type: 'participant/remove', id: 'pp9' })
    next = accepted(next, { type: 'participant/add-many', names: ['Chris'] })
    expect(next.participants.at(-1)).toEqual({
      id: `pp${start.nextSeq}`,
      name: 'Chris',
      present: true,
    })
  })

  it('refuses an unknown participant, also a second removal', () => {
    const once = accepted(spoken(), { type: 'participant/remove', id: 'pp8' })
    expectRejected(once, { type: 'participant/remove', id: 'pp8' }, 'unknown-participant')
    expectRejected(once, { type: 'participant/remove', id: 'd1' }, 'unknown-participant')
  })

  it('refuses extra fields and a missing id', () => {
    expectInvalid({ type: 'participant/remove', id: 'pp7', name: 'Anna' })
    expectInvalid({ type: 'participant/remove' })
  })
})
