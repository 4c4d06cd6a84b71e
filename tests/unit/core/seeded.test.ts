import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { seededRandom, seededShuffle } from '@core/session/seeded'
import { seededRandom as supportRandom } from '../../support/seeded-random'

const take = (random: () => number, count: number): number[] =>
  Array.from({ length: count }, () => random())

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(seededRandom(42), 20)).toEqual(take(seededRandom(42), 20))
  })

  it('gives different sequences for different seeds', () => {
    expect(take(seededRandom(1), 5)).not.toEqual(take(seededRandom(2), 5))
  })

  it('is mulberry32: the same numbers as the test support generator', () => {
    for (const seed of [0, 1, 7, 2 ** 31, 2 ** 32 - 1]) {
      expect(take(seededRandom(seed), 10)).toEqual(take(supportRandom(seed), 10))
    }
  })

  it('has fixed first values (a changed generator would change every replayed pick)', () => {
    const first = take(seededRandom(1), 3)
    expect(first[0]).toBeCloseTo(0.6270739405881613, 15)
    expect(first[1]).toBeCloseTo(0.002735721180215478, 15)
    expect(first[2]).toBeCloseTo(0.5274470399599522, 15)
  })

  it('stays in [0, 1) and spreads evenly', () => {
    const values = take(seededRandom(2026), 10_000)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    const buckets = Array.from({ length: 10 }, () => 0)
    for (const v of values) buckets[Math.floor(v * 10)] = (buckets[Math.floor(v * 10)] ?? 0) + 1
    for (const count of buckets) expect(count).toBeGreaterThan(850)
  })
})

describe('seededShuffle', () => {
  it('is a permutation and leaves the input alone (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.nat(), (items, seed) => {
        const input = Object.freeze([...items])
        const shuffled = seededShuffle(input, seed)
        expect(shuffled).not.toBe(input)
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b))
        expect(input).toEqual(items)
        expect(seededShuffle(input, seed)).toEqual(shuffled)
      }),
      { numRuns: 200, seed: 77 },
    )
  })

  it('handles empty and single lists', () => {
    expect(seededShuffle([], 3)).toEqual([])
    expect(seededShuffle(['a'], 3)).toEqual(['a'])
  })

  it('puts every item first about equally often over many seeds', () => {
    const firsts = new Map<string, number>()
    for (let seed = 0; seed < 4000; seed++) {
      const first = seededShuffle(['a', 'b', 'c', 'd'], seed)[0] ?? ''
      firsts.set(first, (firsts.get(first) ?? 0) + 1)
    }
    expect([...firsts.keys()].sort()).toEqual(['a', 'b', 'c', 'd'])
    for (const count of firsts.values()) expect(count).toBeGreaterThan(850)
  })
})
