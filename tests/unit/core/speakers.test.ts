import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LIMITS, type Round, type Session } from '@core/session/schema'
import {
  assignedRound,
  currentRound,
  EMPTY_ROUND,
  proposeSpeakers,
  realignedRound,
  rotatedRound,
  spokenCounts,
  spokenParticipantIds,
} from '@core/session/speakers'
import { changeDilemma, sessionWith, withParticipants } from './fixtures'

const NAMES = ['Anna', 'Bram', 'Chris', 'Dirk', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Joost']

/** Ten present participants pp7..pp16 and three dilemmas d1..d3 (all variant 2). */
function group(count = 10): Session {
  const session = withParticipants(sessionWith(3), NAMES.slice(0, count))
  return {
    ...session,
    dilemmas: session.dilemmas.map((d) => ({ ...d, variant: 'variant2' as const })),
  }
}

const ids = (session: Session): string[] => session.participants.map((p) => p.id)

function withRounds(session: Session, dilemmaId: string, rounds: Round[]): Session {
  return changeDilemma(session, dilemmaId, (d) => ({
    ...d,
    variant2: { principleIds: ['open', 'integer', 'dienstbaar', 'vakkundig'], rounds },
  }))
}

const round = (...speakers: (string | null)[]): Round => ({ speakers })

describe('currentRound', () => {
  it('is the last round', () => {
    const session = withRounds(group(), 'd1', [
      round('pp7', null, null, null),
      round('pp8', null, null, null),
    ])
    expect(currentRound(session.dilemmas[0] ?? expect.unreachable())).toEqual(
      round('pp8', null, null, null),
    )
  })

  it('is an empty round when a dilemma somehow has none', () => {
    const session = withRounds(group(), 'd1', [])
    expect(currentRound(session.dilemmas[0] ?? expect.unreachable())).toBe(EMPTY_ROUND)
    expect(EMPTY_ROUND.speakers).toHaveLength(LIMITS.speakers)
  })
})

describe('spokenCounts', () => {
  it('counts the dilemmas someone spoke in (once per dilemma, however many rounds)', () => {
    let session = withRounds(group(), 'd1', [
      round('pp7', 'pp8', null, null),
      round(null, 'pp7', 'pp8', null),
    ])
    session = withRounds(session, 'd2', [round('pp9', null, null, 'pp7')])
    expect(Object.fromEntries(spokenCounts(session))).toEqual({ pp7: 2, pp8: 1, pp9: 1 })
    expect(Object.fromEntries(spokenCounts(session, 'd1'))).toEqual({ pp7: 1, pp9: 1 })
    expect([...spokenParticipantIds(session)].sort()).toEqual(['pp7', 'pp8', 'pp9'])
  })

  it('is empty before anyone spoke', () => {
    expect(spokenCounts(group()).size).toBe(0)
  })
})

describe('proposeSpeakers', () => {
  it('proposes four different present participants', () => {
    const session = group()
    const picked = proposeSpeakers(session, 'd1', 1)
    expect(picked).toHaveLength(LIMITS.speakers)
    expect(new Set(picked).size).toBe(LIMITS.speakers)
    for (const id of picked) expect(ids(session)).toContain(id)
  })

  it('is deterministic per seed, and different seeds give different picks', () => {
    const session = group()
    expect(proposeSpeakers(session, 'd1', 99)).toEqual(proposeSpeakers(session, 'd1', 99))
    const picks = new Set(
      Array.from({ length: 20 }, (_, seed) => proposeSpeakers(session, 'd1', seed).join(',')),
    )
    expect(picks.size).toBeGreaterThan(10)
  })

  it('proposes four new participants for the next dilemma', () => {
    const session = withRounds(group(), 'd1', [round('pp7', 'pp8', 'pp9', 'pp10')])
    for (let seed = 0; seed < 50; seed++) {
      const picked = proposeSpeakers(session, 'd2', seed)
      expect(picked).toHaveLength(4)
      for (const id of picked) expect(['pp7', 'pp8', 'pp9', 'pp10']).not.toContain(id)
    }
  })

  it('fills up with those who spoke least when too few have not spoken', () => {
    let session = withRounds(group(6), 'd1', [
      round('pp7', 'pp8', 'pp9', 'pp10'),
      round('pp10', 'pp7', 'pp8', 'pp9'),
    ])
    session = withRounds(session, 'd2', [round('pp7', null, null, null)])
    // Spoken: pp7 three times, pp8-pp10 twice, pp11 and pp12 never.
    for (let seed = 0; seed < 50; seed++) {
      const picked = proposeSpeakers(session, 'd3', seed)
      expect(picked.slice(0, 2).sort()).toEqual(['pp11', 'pp12'])
      expect(picked).not.toContain('pp7')
      expect(picked).toHaveLength(4)
    }
  })

  it('never proposes someone who is absent', () => {
    const all = group()
    const session: Session = {
      ...all,
      participants: all.participants.map((p, i) => ({ ...p, present: i % 2 === 0 })),
    }
    const present = session.participants.filter((p) => p.present).map((p) => p.id)
    for (let seed = 0; seed < 50; seed++) {
      for (const id of proposeSpeakers(session, 'd1', seed)) expect(present).toContain(id)
    }
  })

  it('proposes fewer than four when fewer are present, and nobody in an empty room', () => {
    expect(proposeSpeakers(group(3), 'd1', 5).sort()).toEqual(['pp7', 'pp8', 'pp9'])
    expect(proposeSpeakers(sessionWith(1), 'd1', 5)).toEqual([])
  })

  it("does not count a dilemma's current speakers against themselves when picking again", () => {
    const session = withRounds(group(4), 'd1', [round('pp7', 'pp8', 'pp9', 'pp10')])
    expect(proposeSpeakers(session, 'd1', 3).sort()).toEqual(['pp10', 'pp7', 'pp8', 'pp9'])
  })

  it('works for an unknown dilemma id as for a new dilemma', () => {
    const session = withRounds(group(), 'd1', [round('pp7', 'pp8', 'pp9', 'pp10')])
    expect(proposeSpeakers(session, 'd99', 4)).toEqual(proposeSpeakers(session, 'd2', 4))
  })

  it('always prefers those who spoke less (property)', () => {
    const speakerArb = fc.option(
      fc.integer({ min: 7, max: 16 }).map((n) => `pp${n}`),
      {
        nil: null,
      },
    )
    const roundArb = fc
      .array(speakerArb, { minLength: 4, maxLength: 4 })
      .map((speakers) =>
        round(...speakers.map((id, i) => (speakers.indexOf(id) === i ? id : null))),
      )
    fc.assert(
      fc.property(
        fc.array(roundArb, { minLength: 1, maxLength: 5 }),
        fc.array(roundArb, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (first, second, seed) => {
          const session = withRounds(withRounds(group(), 'd1', first), 'd2', second)
          const counts = spokenCounts(session)
          const picked = proposeSpeakers(session, 'd3', seed)
          expect(picked).toHaveLength(4)
          const spoken = (id: string) => counts.get(id) ?? 0
          const mostPicked = Math.max(...picked.map(spoken))
          for (const id of ids(session).filter((id) => !picked.includes(id)))
            expect(spoken(id)).toBeGreaterThanOrEqual(mostPicked)
        },
      ),
      { numRuns: 200, seed: 404 },
    )
  })

  it('gives everyone with the same count the same chance over many seeds', () => {
    const session = group()
    const chosen = new Map<string, number>()
    for (let seed = 0; seed < 2500; seed++) {
      for (const id of proposeSpeakers(session, 'd1', seed))
        chosen.set(id, (chosen.get(id) ?? 0) + 1)
    }
    // 2500 picks of 4 from 10: about 1000 each.
    expect(chosen.size).toBe(10)
    for (const count of chosen.values()) expect(count).toBeGreaterThan(850)
    for (const count of chosen.values()) expect(count).toBeLessThan(1150)
  })
})

describe('rotatedRound', () => {
  it('moves everyone one principle on and wraps the last to the first', () => {
    expect(rotatedRound(round('a', 'b', 'c', 'd'), 4)).toEqual(round('d', 'a', 'b', 'c'))
  })

  it('only rotates over the slots in use', () => {
    expect(rotatedRound(round('a', 'b', 'c', 'x'), 3)).toEqual(round('c', 'a', 'b', 'x'))
    expect(rotatedRound(round('a', 'b', 'x', 'y'), 2)).toEqual(round('b', 'a', 'x', 'y'))
  })

  it('moves empty places along too', () => {
    expect(rotatedRound(round('a', null, 'c', null), 4)).toEqual(round(null, 'a', null, 'c'))
  })

  it('comes back to the start after as many rotations as slots, without changing its input', () => {
    const start = Object.freeze(round('a', 'b', 'c', 'd'))
    for (const slots of [2, 3, 4]) {
      let current: Round = start
      for (let i = 0; i < slots; i++) current = rotatedRound(current, slots)
      expect(current).toEqual(start)
    }
    expect(start).toEqual(round('a', 'b', 'c', 'd'))
  })
})

describe('assignedRound', () => {
  it('puts a participant on an empty slot', () => {
    expect(assignedRound(round(null, null, null, null), 2, 'a')).toEqual(
      round(null, null, 'a', null),
    )
  })

  it('replaces whoever stood on a slot when the participant was not on any', () => {
    expect(assignedRound(round('a', 'b', null, null), 1, 'c')).toEqual(round('a', 'c', null, null))
  })

  it('swaps: whoever stood there takes the participant’s old slot', () => {
    expect(assignedRound(round('a', 'b', 'c', 'd'), 0, 'c')).toEqual(round('c', 'b', 'a', 'd'))
    expect(assignedRound(round('a', null, 'c', null), 1, 'a')).toEqual(round(null, 'a', 'c', null))
  })

  it('is a no-op on the participant’s own slot', () => {
    expect(assignedRound(round('a', 'b', null, null), 1, 'b')).toEqual(round('a', 'b', null, null))
  })

  it('clears a slot with null', () => {
    expect(assignedRound(round('a', 'b', 'c', 'd'), 3, null)).toEqual(round('a', 'b', 'c', null))
  })

  it('never repeats a speaker (property)', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f']
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.option(fc.constantFrom(...people), { nil: null }),
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          let current: Round = round(null, null, null, null)
          for (const [slot, id] of steps) {
            current = assignedRound(current, slot, id)
            expect(current.speakers[slot]).toBe(id)
            const placed = current.speakers.filter((s) => s !== null)
            expect(new Set(placed).size).toBe(placed.length)
            expect(current.speakers).toHaveLength(4)
          }
        },
      ),
      { numRuns: 200, seed: 505 },
    )
  })
})

describe('realignedRound', () => {
  const before = ['A', 'B', 'C', 'D']

  it('returns the very same round when the choice did not change', () => {
    const start = round('a', 'b', 'c', 'd')
    expect(realignedRound(start, before, [...before])).toBe(start)
  })

  it('keeps people on their principle when one before them is dropped', () => {
    expect(realignedRound(round('a', 'b', 'c', 'd'), before, ['A', 'C', 'D'])).toEqual(
      round('a', 'c', 'd', 'b'),
    )
  })

  it('moves people with their principle when the order changes', () => {
    expect(realignedRound(round('a', 'b', 'c', 'd'), before, ['D', 'C', 'B', 'A'])).toEqual(
      round('d', 'c', 'b', 'a'),
    )
  })

  it('puts the person of a replaced principle on the new one', () => {
    expect(realignedRound(round('a', 'b', 'c', 'd'), before, ['A', 'E', 'C', 'D'])).toEqual(
      round('a', 'b', 'c', 'd'),
    )
    expect(realignedRound(round('a', 'b', null, null), ['A', 'B'], ['E', 'A'])).toEqual(
      round('b', 'a', null, null),
    )
  })

  it('leaves a kept principle without a speaker empty', () => {
    expect(realignedRound(round(null, 'b', 'c', null), ['A', 'B', 'C'], ['A', 'C'])).toEqual(
      round(null, 'c', 'b', null),
    )
  })

  it('keeps everyone, each once, whatever the change (property)', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F']
    const choice = fc.shuffledSubarray(ids, { maxLength: 4 })
    const speakers = fc
      .array(fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: null }), {
        minLength: 4,
        maxLength: 4,
      })
      .map((list) => list.map((id, i) => (list.indexOf(id) === i ? id : null)))
    fc.assert(
      fc.property(speakers, choice, choice, (list, from, to) => {
        const start = round(...list)
        const next = realignedRound(start, from, to)
        expect(next.speakers).toHaveLength(4)
        const placed = (r: Round) => r.speakers.filter((id) => id !== null).sort()
        expect(placed(next)).toEqual(placed(start))
        to.forEach((id, slot) => {
          const old = from.indexOf(id)
          if (old >= 0) expect(next.speakers[slot]).toBe(start.speakers[old] ?? null)
        })
      }),
      { numRuns: 300, seed: 606 },
    )
  })
})
