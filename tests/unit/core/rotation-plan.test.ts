import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { rotationPlan } from '@core/session/rotation-plan'
import type { Dilemma, Round } from '@core/session/schema'
import { rotatedRound } from '@core/session/speakers'
import { makeDilemma } from './fixtures'

const PRINCIPLES = ['open', 'integer', 'dienstbaar', 'vakkundig']

const round = (...speakers: (string | null)[]): Round => ({
  speakers: [...speakers, null, null, null, null].slice(0, 4),
})

function dilemma(principleCount: number, rounds: Round[]): Dilemma {
  return makeDilemma('d1', 'Dilemma', {
    variant: 'variant2',
    variant2: { principleIds: PRINCIPLES.slice(0, principleCount), rounds },
  })
}

/** Per speaker, the principles they stood on in the given rounds. */
function stoodOn(d: Dilemma, rounds: readonly Round[]): Map<string, Set<string>> {
  const { principleIds } = d.variant2
  const stood = new Map<string, Set<string>>()
  for (const r of rounds)
    principleIds.forEach((principleId, slot) => {
      const id = r.speakers[slot] ?? null
      if (id !== null) stood.set(id, (stood.get(id) ?? new Set()).add(principleId))
    })
  return stood
}

function currentSpeakers(d: Dilemma): string[] {
  const inUse = d.variant2.principleIds.length
  const last = d.variant2.rounds.at(-1)?.speakers ?? []
  return last.slice(0, inUse).filter((id): id is string => id !== null)
}

function everyoneEverywhere(d: Dilemma, plan: readonly Round[]): boolean {
  const stood = stoodOn(d, [...d.variant2.rounds, ...plan])
  const inUse = d.variant2.principleIds.length
  return currentSpeakers(d).every((id) => stood.get(id)?.size === inUse)
}

describe('rotationPlan', () => {
  it.each([
    [2, [round('a', 'b')], [round('b', 'a')]],
    [3, [round('a', 'b', 'c')], [round('c', 'a', 'b'), round('b', 'c', 'a')]],
    [
      4,
      [round('a', 'b', 'c', 'd')],
      [round('d', 'a', 'b', 'c'), round('c', 'd', 'a', 'b'), round('b', 'c', 'd', 'a')],
    ],
  ])('plans %i principles from scratch in principles − 1 rounds', (count, rounds, expected) => {
    const d = dilemma(count, rounds)
    const plan = rotationPlan(d)
    expect(plan).toEqual(expected)
    expect(plan).toHaveLength(count - 1)
    expect(everyoneEverywhere(d, plan)).toBe(true)
  })

  it('counts the rounds already held: only the missing ones are planned', () => {
    const held = [round('a', 'b', 'c', 'd'), round('d', 'a', 'b', 'c'), round('c', 'd', 'a', 'b')]
    expect(rotationPlan(dilemma(4, held))).toEqual([round('b', 'c', 'd', 'a')])
  })

  it('plans nothing when a group that swapped places has already stood everywhere', () => {
    expect(rotationPlan(dilemma(2, [round('a', 'b'), round('b', 'a')]))).toEqual([])
  })

  it('plans on from a round where two speakers swapped places', () => {
    // Round 2 is not a rotation: a and c swapped back, so a stood on the first principle twice.
    const d = dilemma(3, [round('a', 'b', 'c'), round('a', 'c', 'b')])
    const plan = rotationPlan(d)
    expect(plan).toEqual([round('b', 'a', 'c'), round('c', 'b', 'a')])
    expect(everyoneEverywhere(d, plan)).toBe(true)
  })

  it('plans on when two swapped and one stayed on the same principle', () => {
    // Round 2 swapped a and b only: c still needs two principles, so two rotations.
    const d = dilemma(3, [round('a', 'b', 'c'), round('b', 'a', 'c')])
    const plan = rotationPlan(d)
    expect(plan).toHaveLength(2)
    expect(everyoneEverywhere(d, plan)).toBe(true)
    expect(everyoneEverywhere(d, plan.slice(0, 1))).toBe(false)
  })

  it('plans for a newcomer who took over a place', () => {
    const d = dilemma(3, [round('a', 'b', 'c'), round('c', 'a', 'e')])
    const plan = rotationPlan(d)
    expect(plan).toEqual([round('e', 'c', 'a'), round('a', 'e', 'c')])
    expect(everyoneEverywhere(d, plan)).toBe(true)
  })

  it.each([0, 1])('plans nothing with %i principles', (count) => {
    expect(rotationPlan(dilemma(count, [round('a', 'b', 'c', 'd')]))).toEqual([])
  })

  it('plans nothing while nobody stands on a principle', () => {
    expect(rotationPlan(dilemma(4, [round()]))).toEqual([])
    // Someone on a place without a principle does not count either.
    expect(rotationPlan(dilemma(2, [round(null, null, 'c', 'd')]))).toEqual([])
  })

  it('moves empty places along with the others', () => {
    const d = dilemma(4, [round('a', null, 'c', null)])
    const plan = rotationPlan(d)
    expect(plan).toEqual([
      round(null, 'a', null, 'c'),
      round('c', null, 'a', null),
      round(null, 'c', null, 'a'),
    ])
    expect(everyoneEverywhere(d, plan)).toBe(true)
  })

  it('leaves someone on a place without a principle where they stand', () => {
    expect(rotationPlan(dilemma(2, [round('a', 'b', 'c')]))).toEqual([round('b', 'a', 'c')])
  })

  it('covers every principle for every current speaker in the fewest rotations (property)', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f']
    const roundArb = fc
      .array(fc.option(fc.constantFrom(...people), { nil: null }), {
        minLength: 4,
        maxLength: 4,
      })
      // A participant stands in one place at a time.
      .map((list) => ({ speakers: list.map((id, i) => (list.indexOf(id) === i ? id : null)) }))
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(roundArb, { minLength: 1, maxLength: 6 }),
        (count, rounds) => {
          const d = dilemma(count, rounds)
          const plan = rotationPlan(d)
          expect(plan.length).toBeLessThanOrEqual(count - 1)
          expect(everyoneEverywhere(d, plan)).toBe(true)
          // Each planned round is what "Van principe wisselen" makes of the one before.
          plan.reduce(
            (before, next) => {
              expect(next).toEqual(rotatedRound(before, count))
              return next
            },
            rounds.at(-1) ?? round(),
          )
          if (plan.length > 0) expect(everyoneEverywhere(d, plan.slice(0, -1))).toBe(false)
        },
      ),
      { numRuns: 400, seed: 1515 },
    )
  })
})
