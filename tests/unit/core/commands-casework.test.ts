import { describe, expect, it } from 'vitest'
import { LIMITS, type Dilemma, type Round, type Session } from '@core/session/schema'
import { proposeSpeakers } from '@core/session/speakers'
import { tallyMovement } from '@core/session/tally-movement'
import { changeDilemma, sessionWith, withParticipants } from './fixtures'
import { accepted, expectInvalid, expectRejected } from './reduce-helpers'

const NAMES = ['Anna', 'Bram', 'Chris', 'Dirk', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Joost']

/** Ten participants pp7..pp16 and three variant-2 dilemmas. */
function room(count = 10): Session {
  const session = withParticipants(sessionWith(3), NAMES.slice(0, count))
  return {
    ...session,
    dilemmas: session.dilemmas.map((d) => ({ ...d, variant: 'variant2' as const })),
  }
}

function dilemma(session: Session, id: string): Dilemma {
  const found = session.dilemmas.find((d) => d.id === id)
  if (!found) throw new Error(`no dilemma ${id}`)
  return found
}

const rounds = (session: Session, id: string): Round[] => dilemma(session, id).variant2.rounds
const last = (session: Session, id: string): (string | null)[] =>
  rounds(session, id).at(-1)?.speakers ?? []

function chosen(session: Session, id: string, principleIds: string[], speakers?: Round[]): Session {
  return changeDilemma(session, id, (d) => ({
    ...d,
    variant2: { principleIds, rounds: speakers ?? d.variant2.rounds },
  }))
}

// A new dilemma counts its first choice: the tally commands count the moment being counted.
describe('tally/adjust', () => {
  it('counts up from nothing and back down to nothing', () => {
    let state = sessionWith(2)
    state = accepted(state, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'open',
      delta: 1,
    })
    state = accepted(state, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'open',
      delta: 1,
    })
    expect(dilemma(state, 'd1').firstTally).toEqual({ open: 2 })
    state = accepted(state, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'open',
      delta: -2,
    })
    expect(dilemma(state, 'd1').firstTally).toEqual({})
    expect(dilemma(state, 'd2').firstTally).toEqual({})
  })

  it('never goes below zero', () => {
    let state = accepted(sessionWith(1), {
      type: 'tally/set',
      dilemmaId: 'd1',
      principleId: 'integer',
      count: 2,
    })
    state = accepted(state, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'integer',
      delta: -5,
    })
    expect(dilemma(state, 'd1').firstTally).toEqual({})
    state = accepted(state, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'integer',
      delta: -1,
    })
    expect(dilemma(state, 'd1').firstTally).toEqual({})
  })

  it(`stops at ${LIMITS.tally}`, () => {
    let state = accepted(sessionWith(1), {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'open',
      delta: LIMITS.tally,
    })
    state = accepted(state, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'open',
      delta: 5,
    })
    expect(dilemma(state, 'd1').firstTally).toEqual({ open: LIMITS.tally })
  })

  it('keeps the other principles of the tally', () => {
    const start = changeDilemma(sessionWith(1), 'd1', (d) => ({
      ...d,
      firstTally: { open: 1, integer: 4 },
    }))
    const next = accepted(start, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'open',
      delta: 2,
    })
    expect(dilemma(next, 'd1').firstTally).toEqual({ open: 3, integer: 4 })
  })

  it('works on any dilemma, current or not, variant 1 or 2', () => {
    const next = accepted(room(), {
      type: 'tally/adjust',
      dilemmaId: 'd3',
      principleId: 'open',
      delta: 1,
    })
    expect(dilemma(next, 'd3').firstTally).toEqual({ open: 1 })
  })

  it('refuses an unknown dilemma or principle', () => {
    const start = sessionWith(1)
    expectRejected(
      start,
      { type: 'tally/adjust', dilemmaId: 'd2', principleId: 'open', delta: 1 },
      'unknown-dilemma',
    )
    expectRejected(
      start,
      { type: 'tally/adjust', dilemmaId: 'd1', principleId: 'weg', delta: 1 },
      'unknown-principle',
    )
    expectRejected(
      start,
      { type: 'tally/adjust', dilemmaId: 'd1', principleId: 'd1', delta: 1 },
      'unknown-principle',
    )
  })

  it.each<[string, unknown]>([
    ['a fractional delta', 0.5],
    ['a delta above the limit', LIMITS.tally + 1],
    ['a delta below minus the limit', -LIMITS.tally - 1],
    ['a text delta', '1'],
    ['NaN', Number.NaN],
  ])('refuses %s', (_label, delta) => {
    expectInvalid({ type: 'tally/adjust', dilemmaId: 'd1', principleId: 'open', delta })
  })

  it('refuses a prototype key as principle', () => {
    expectInvalid({ type: 'tally/adjust', dilemmaId: 'd1', principleId: '__proto__', delta: 1 })
  })
})

describe('tally/set', () => {
  it('sets a count, and 0 removes the principle from the tally', () => {
    let state = accepted(sessionWith(1), {
      type: 'tally/set',
      dilemmaId: 'd1',
      principleId: 'open',
      count: 5,
    })
    expect(dilemma(state, 'd1').firstTally).toEqual({ open: 5 })
    state = accepted(state, { type: 'tally/set', dilemmaId: 'd1', principleId: 'open', count: 0 })
    expect(dilemma(state, 'd1').firstTally).toEqual({})
  })

  it(`accepts ${LIMITS.tally} and refuses more, or a negative count`, () => {
    const next = accepted(sessionWith(1), {
      type: 'tally/set',
      dilemmaId: 'd1',
      principleId: 'open',
      count: LIMITS.tally,
    })
    expect(dilemma(next, 'd1').firstTally).toEqual({ open: LIMITS.tally })
    expectInvalid({
      type: 'tally/set',
      dilemmaId: 'd1',
      principleId: 'open',
      count: LIMITS.tally + 1,
    })
    expectInvalid({ type: 'tally/set', dilemmaId: 'd1', principleId: 'open', count: -1 })
    expectInvalid({ type: 'tally/set', dilemmaId: 'd1', principleId: 'open', count: 1.5 })
  })

  it('refuses an unknown dilemma or principle', () => {
    expectRejected(
      sessionWith(1),
      { type: 'tally/set', dilemmaId: 'x', principleId: 'open', count: 1 },
      'unknown-dilemma',
    )
    expectRejected(
      sessionWith(1),
      { type: 'tally/set', dilemmaId: 'd1', principleId: 'x', count: 1 },
      'unknown-principle',
    )
  })
})

describe('tally/reset', () => {
  it('clears the tally of that dilemma only', () => {
    let state = sessionWith(2)
    for (const id of ['d1', 'd2'])
      state = accepted(state, { type: 'tally/set', dilemmaId: id, principleId: 'open', count: 3 })
    state = accepted(state, { type: 'tally/reset', dilemmaId: 'd1' })
    expect(dilemma(state, 'd1').firstTally).toEqual({})
    expect(dilemma(state, 'd2').firstTally).toEqual({ open: 3 })
  })

  it('refuses an unknown dilemma and extra fields', () => {
    expectRejected(sessionWith(1), { type: 'tally/reset', dilemmaId: 'd2' }, 'unknown-dilemma')
    expectInvalid({ type: 'tally/reset', dilemmaId: 'd1', principleId: 'open' })
  })
})

describe('tally/moment, tally/reveal and the movement', () => {
  const counted = (first: Record<string, number>) =>
    changeDilemma(sessionWith(1), 'd1', (d) => ({ ...d, firstTally: first }))

  it('starts the count after the conversation from the first choice, once', () => {
    const after = accepted(counted({ open: 3, integer: 2 }), {
      type: 'tally/moment',
      dilemmaId: 'd1',
      moment: 'after',
    })
    expect(dilemma(after, 'd1')).toMatchObject({
      tallyMoment: 'after',
      firstTally: { open: 3, integer: 2 },
      tally: { open: 3, integer: 2 },
    })
    const moved = accepted(after, {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'open',
      delta: -1,
    })
    // Back to the first choice and on again: what was counted after stays.
    const back = accepted(moved, { type: 'tally/moment', dilemmaId: 'd1', moment: 'first' })
    const again = accepted(back, { type: 'tally/moment', dilemmaId: 'd1', moment: 'after' })
    expect(dilemma(again, 'd1').tally).toEqual({ open: 2, integer: 2 })
    expect(dilemma(again, 'd1').firstTally).toEqual({ open: 3, integer: 2 })
  })

  it('reveals a moment on the beamer, and hides it again', () => {
    const shown = accepted(sessionWith(1), {
      type: 'tally/reveal',
      dilemmaId: 'd1',
      moment: 'first',
      revealed: true,
    })
    expect(dilemma(shown, 'd1').revealed).toEqual({ first: true, after: false })
    const hidden = accepted(shown, {
      type: 'tally/reveal',
      dilemmaId: 'd1',
      moment: 'first',
      revealed: false,
    })
    expect(dilemma(hidden, 'd1').revealed).toEqual({ first: false, after: false })
  })

  it('keeps a moment hidden on the beamer by the session’s choice', () => {
    const start = sessionWith(1)
    expect(start.projector.hideTally).toEqual({ first: true, after: false })
    const next = accepted(start, { type: 'projector/hide-tally', moment: 'after', hide: true })
    expect(next.projector.hideTally).toEqual({ first: true, after: true })
  })

  it('tells the smallest movement that explains the two counts', () => {
    const session = accepted(counted({ dienstbaar: 4, integer: 2, open: 1 }), {
      type: 'tally/moment',
      dilemmaId: 'd1',
      moment: 'after',
    })
    const after = changeDilemma(session, 'd1', (d) => ({
      ...d,
      tally: { dienstbaar: 2, integer: 1, open: 1, vakkundig: 3 },
    }))
    const movement = tallyMovement(dilemma(after, 'd1'), after.principles)
    expect(movement.moved).toBe(3)
    expect(movement.moves.map((m) => [m.from.id, m.to.id, m.count])).toEqual([
      ['dienstbaar', 'vakkundig', 2],
      ['integer', 'vakkundig', 1],
    ])
    const none = tallyMovement(dilemma(counted({ open: 2 }), 'd1'), after.principles)
    expect(none).toMatchObject({ counted: false, moved: 0, moves: [] })
  })
})

describe('v2/set-principles', () => {
  it('sets up to four principles in the chosen order', () => {
    const next = accepted(room(), {
      type: 'v2/set-principles',
      dilemmaId: 'd1',
      principleIds: ['vakkundig', 'open', 'integer', 'dienstbaar'],
    })
    expect(dilemma(next, 'd1').variant2.principleIds).toEqual([
      'vakkundig',
      'open',
      'integer',
      'dienstbaar',
    ])
    expect(dilemma(next, 'd2').variant2.principleIds).toEqual([])
  })

  it('can empty the choice', () => {
    const start = chosen(room(), 'd1', ['open', 'integer'])
    const next = accepted(start, { type: 'v2/set-principles', dilemmaId: 'd1', principleIds: [] })
    expect(dilemma(next, 'd1').variant2.principleIds).toEqual([])
  })

  it('keeps every speaker on their principle when the choice changes', () => {
    const start = chosen(
      room(),
      'd1',
      ['open', 'integer', 'dienstbaar', 'vakkundig'],
      [{ speakers: ['pp7', 'pp8', 'pp9', 'pp10'] }],
    )
    // Untick 'integer': open, dienstbaar and vakkundig keep their people.
    const three = accepted(start, {
      type: 'v2/set-principles',
      dilemmaId: 'd1',
      principleIds: ['open', 'dienstbaar', 'vakkundig'],
    })
    expect(last(three, 'd1')).toEqual(['pp7', 'pp9', 'pp10', 'pp8'])
    // Tick 'rechtvaardig': the person from 'integer' now stands on it.
    const four = accepted(three, {
      type: 'v2/set-principles',
      dilemmaId: 'd1',
      principleIds: ['open', 'dienstbaar', 'vakkundig', 'rechtvaardig'],
    })
    expect(last(four, 'd1')).toEqual(['pp7', 'pp9', 'pp10', 'pp8'])
    // Reordering moves the people with their principles.
    const reordered = accepted(four, {
      type: 'v2/set-principles',
      dilemmaId: 'd1',
      principleIds: ['rechtvaardig', 'vakkundig', 'dienstbaar', 'open'],
    })
    expect(last(reordered, 'd1')).toEqual(['pp8', 'pp10', 'pp9', 'pp7'])
  })

  it('refuses a fifth principle', () => {
    expectInvalid({
      type: 'v2/set-principles',
      dilemmaId: 'd1',
      principleIds: ['open', 'integer', 'dienstbaar', 'vakkundig', 'rechtvaardig'],
    })
  })

  it('refuses a principle chosen twice', () => {
    expectRejected(
      room(),
      { type: 'v2/set-principles', dilemmaId: 'd1', principleIds: ['open', 'open'] },
      'invalid-command',
    )
  })

  it('refuses an unknown principle or dilemma', () => {
    expectRejected(
      room(),
      { type: 'v2/set-principles', dilemmaId: 'd1', principleIds: ['open', 'pp7'] },
      'unknown-principle',
    )
    expectRejected(
      room(),
      { type: 'v2/set-principles', dilemmaId: 'd9', principleIds: ['open'] },
      'unknown-dilemma',
    )
  })

  it('refuses a list that is not a list of ids', () => {
    expectInvalid({ type: 'v2/set-principles', dilemmaId: 'd1', principleIds: 'open' })
    expectInvalid({ type: 'v2/set-principles', dilemmaId: 'd1', principleIds: [1] })
    expectInvalid({ type: 'v2/set-principles', dilemmaId: 'd1', principleIds: [], rounds: [] })
  })
})

describe('v2/assign', () => {
  const start = chosen(room(), 'd1', ['open', 'integer', 'dienstbaar', 'vakkundig'])

  it('puts a participant on a slot of the current round', () => {
    const next = accepted(start, {
      type: 'v2/assign',
      dilemmaId: 'd1',
      slot: 2,
      participantId: 'pp9',
    })
    expect(last(next, 'd1')).toEqual([null, null, 'pp9', null])
  })

  it('swaps: whoever stood there takes the participant’s old slot', () => {
    let state = accepted(start, {
      type: 'v2/assign',
      dilemmaId: 'd1',
      slot: 0,
      participantId: 'pp7',
    })
    state = accepted(state, { type: 'v2/assign', dilemmaId: 'd1', slot: 1, participantId: 'pp8' })
    state = accepted(state, { type: 'v2/assign', dilemmaId: 'd1', slot: 0, participantId: 'pp8' })
    expect(last(state, 'd1')).toEqual(['pp8', 'pp7', null, null])
  })

  it('replaces someone who was on the slot by a newcomer, and clears a slot with null', () => {
    let state = accepted(start, {
      type: 'v2/assign',
      dilemmaId: 'd1',
      slot: 3,
      participantId: 'pp7',
    })
    state = accepted(state, { type: 'v2/assign', dilemmaId: 'd1', slot: 3, participantId: 'pp12' })
    expect(last(state, 'd1')).toEqual([null, null, null, 'pp12'])
    state = accepted(state, { type: 'v2/assign', dilemmaId: 'd1', slot: 3, participantId: null })
    expect(last(state, 'd1')).toEqual([null, null, null, null])
  })

  it('changes only the current (last) round', () => {
    const two = chosen(
      room(),
      'd1',
      ['open', 'integer'],
      [{ speakers: ['pp7', 'pp8', null, null] }, { speakers: ['pp8', 'pp7', null, null] }],
    )
    const next = accepted(two, {
      type: 'v2/assign',
      dilemmaId: 'd1',
      slot: 0,
      participantId: 'pp9',
    })
    expect(rounds(next, 'd1')).toEqual([
      { speakers: ['pp7', 'pp8', null, null] },
      { speakers: ['pp9', 'pp7', null, null] },
    ])
  })

  it('refuses an unknown participant or dilemma', () => {
    expectRejected(
      start,
      { type: 'v2/assign', dilemmaId: 'd1', slot: 0, participantId: 'pp99' },
      'unknown-participant',
    )
    expectRejected(
      start,
      { type: 'v2/assign', dilemmaId: 'd1', slot: 0, participantId: 'open' },
      'unknown-participant',
    )
    expectRejected(
      start,
      { type: 'v2/assign', dilemmaId: 'd8', slot: 0, participantId: 'pp7' },
      'unknown-dilemma',
    )
  })

  it.each<[string, unknown]>([
    ['slot 4', 4],
    ['slot -1', -1],
    ['a fractional slot', 1.5],
    ['a text slot', '0'],
  ])('refuses %s', (_label, slot) => {
    expectInvalid({ type: 'v2/assign', dilemmaId: 'd1', slot, participantId: 'pp7' })
  })

  it('refuses a missing participant (null must be explicit)', () => {
    expectInvalid({ type: 'v2/assign', dilemmaId: 'd1', slot: 0 })
  })
})

describe('v2/pick-speakers', () => {
  const start = chosen(room(), 'd1', ['open', 'integer', 'dienstbaar', 'vakkundig'])

  it('fills the current round with four different present participants', () => {
    const next = accepted(start, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 7 })
    const speakers = last(next, 'd1')
    expect(speakers).toHaveLength(4)
    expect(new Set(speakers).size).toBe(4)
    expect(speakers).toEqual(proposeSpeakers(start, 'd1', 7))
  })

  it('is deterministic per seed', () => {
    const a = accepted(start, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 2026 })
    const b = accepted(start, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 2026 })
    expect(a).toEqual(b)
    const picks = new Set(
      Array.from({ length: 12 }, (_, seed) =>
        last(accepted(start, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed }), 'd1').join(','),
      ),
    )
    expect(picks.size).toBeGreaterThan(6)
  })

  it('prefers people who have not spoken: the next dilemma gets four new people', () => {
    let state = accepted(start, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 1 })
    const first = last(state, 'd1')
    for (let seed = 0; seed < 30; seed++) {
      state = chosen(state, 'd2', ['open', 'integer', 'dienstbaar', 'vakkundig'])
      const next = accepted(state, { type: 'v2/pick-speakers', dilemmaId: 'd2', seed })
      for (const id of last(next, 'd2')) expect(first).not.toContain(id)
    }
  })

  it('after everyone spoke, picks those who spoke least', () => {
    let state = accepted(start, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 1 })
    state = accepted(state, { type: 'v2/pick-speakers', dilemmaId: 'd2', seed: 2 })
    state = accepted(state, { type: 'v2/rotate', dilemmaId: 'd1' })
    // d1's four spoke twice, d2's four once, two people never.
    const never = state.participants
      .map((p) => p.id)
      .filter((id) => !last(state, 'd1').includes(id) && !last(state, 'd2').includes(id))
    expect(never).toHaveLength(2)
    const next = accepted(state, { type: 'v2/pick-speakers', dilemmaId: 'd3', seed: 3 })
    const picked = last(next, 'd3')
    for (const id of never) expect(picked).toContain(id)
    for (const id of last(state, 'd1')) expect(picked).not.toContain(id)
  })

  it('re-picking a round does not count its own speakers against them', () => {
    const four = room(4)
    const picked = accepted(four, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 1 })
    const again = accepted(picked, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 2 })
    expect([...last(again, 'd1')].sort()).toEqual(['pp10', 'pp7', 'pp8', 'pp9'])
    expect(rounds(again, 'd1')).toHaveLength(1)
  })

  it('leaves slots empty when fewer than four are present, and skips absent people', () => {
    let state = room(5)
    state = accepted(state, { type: 'participant/set-present', id: 'pp8', present: false })
    state = accepted(state, { type: 'participant/set-present', id: 'pp9', present: false })
    const next = accepted(state, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 4 })
    const speakers = last(next, 'd1')
    expect(speakers.filter((id) => id !== null).sort()).toEqual(['pp10', 'pp11', 'pp7'])
    expect(speakers[3]).toBeNull()
  })

  it('refuses an unknown dilemma', () => {
    expectRejected(start, { type: 'v2/pick-speakers', dilemmaId: 'd4', seed: 1 }, 'unknown-dilemma')
  })

  it.each<[string, unknown]>([
    ['a negative seed', -1],
    ['a seed of 2^32', 2 ** 32],
    ['a fractional seed', 0.5],
    ['no seed', undefined],
  ])('refuses %s', (_label, seed) => {
    expectInvalid({ type: 'v2/pick-speakers', dilemmaId: 'd1', seed })
  })

  it('accepts the largest 32-bit seed', () => {
    const next = accepted(start, { type: 'v2/pick-speakers', dilemmaId: 'd1', seed: 2 ** 32 - 1 })
    expect(last(next, 'd1').filter((id) => id !== null)).toHaveLength(4)
  })
})

describe('v2/rotate', () => {
  it('starts a new round with everyone one principle on', () => {
    const start = chosen(
      room(),
      'd1',
      ['open', 'integer', 'dienstbaar', 'vakkundig'],
      [{ speakers: ['pp7', 'pp8', 'pp9', 'pp10'] }],
    )
    const next = accepted(start, { type: 'v2/rotate', dilemmaId: 'd1' })
    expect(rounds(next, 'd1')).toEqual([
      { speakers: ['pp7', 'pp8', 'pp9', 'pp10'] },
      { speakers: ['pp10', 'pp7', 'pp8', 'pp9'] },
    ])
  })

  it('rotates over the chosen principles only', () => {
    const start = chosen(
      room(),
      'd1',
      ['open', 'integer'],
      [{ speakers: ['pp7', 'pp8', null, null] }],
    )
    const next = accepted(start, { type: 'v2/rotate', dilemmaId: 'd1' })
    expect(last(next, 'd1')).toEqual(['pp8', 'pp7', null, null])
  })

  it.each<[string, string[]]>([
    ['no principles', []],
    ['one principle', ['open']],
  ])('refuses to rotate with %s (invalid-state)', (_label, principleIds) => {
    expectRejected(
      chosen(room(), 'd1', principleIds),
      { type: 'v2/rotate', dilemmaId: 'd1' },
      'invalid-state',
    )
  })

  it(`allows ${LIMITS.rounds} rounds and refuses one more`, () => {
    const many = (count: number): Round[] =>
      Array.from({ length: count }, () => ({ speakers: ['pp7', 'pp8', null, null] }))
    const almost = chosen(room(), 'd1', ['open', 'integer'], many(LIMITS.rounds - 1))
    const full = accepted(almost, { type: 'v2/rotate', dilemmaId: 'd1' })
    expect(rounds(full, 'd1')).toHaveLength(LIMITS.rounds)
    expectRejected(full, { type: 'v2/rotate', dilemmaId: 'd1' }, 'limit-reached')
  })

  it('refuses an unknown dilemma and extra fields', () => {
    expectRejected(room(), { type: 'v2/rotate', dilemmaId: 'd5' }, 'unknown-dilemma')
    expectInvalid({ type: 'v2/rotate', dilemmaId: 'd1', steps: 2 })
  })
})
