import { describe, expect, it } from 'vitest'
import { projectorScreen } from '@core/session/projector-screen'
import { sessionSchema } from '@core/session/schema'
import { pairKindOf, pairsThatCameUp, pairTallyOf, tensionMap } from '@core/session/tension-map'
import { changeDilemma, sessionWith } from './fixtures'
import { accepted, expectInvalid, expectNoOp, expectRejected } from './reduce-helpers'

const mark = (dilemmaId: string, a: string, b: string, kind: 'tension' | 'common' | null) =>
  ({ type: 'pair/mark', dilemmaId, a, b, kind }) as const

describe('pair/mark', () => {
  it('stores a pair one way only, whichever order it is given in', () => {
    const start = sessionWith(1)
    const once = accepted(start, mark('d1', 'open', 'integer', 'tension'))
    expect(once.dilemmas[0]?.pairs).toEqual([{ a: 'integer', b: 'open', kind: 'tension' }])
    const again = accepted(once, mark('d1', 'integer', 'open', 'common'))
    expect(again.dilemmas[0]?.pairs).toEqual([{ a: 'integer', b: 'open', kind: 'common' }])
    const d1 = again.dilemmas[0]
    expect(d1 && pairKindOf(d1, 'open', 'integer')).toBe('common')
  })

  it('takes a mark off with null, and marking as it is changes nothing', () => {
    const marked = accepted(sessionWith(1), mark('d1', 'open', 'integer', 'tension'))
    expectNoOp(marked, mark('d1', 'integer', 'open', 'tension'))
    expectNoOp(sessionWith(1), mark('d1', 'integer', 'open', null))
    expect(accepted(marked, mark('d1', 'open', 'integer', null)).dilemmas[0]?.pairs).toEqual([])
  })

  it('refuses unknown principles, a principle paired with itself and unknown dilemmas', () => {
    const start = sessionWith(1)
    expectRejected(start, mark('d1', 'open', 'nergens', 'tension'), 'unknown-principle')
    expectRejected(start, mark('d1', 'open', 'open', 'tension'), 'invalid-command')
    expectRejected(start, mark('d9', 'open', 'integer', 'tension'), 'unknown-dilemma')
    expectInvalid({ ...mark('d1', 'open', 'integer', 'tension'), kind: 'conflict' })
  })

  it('forgets pairs of a principle that leaves the deck', () => {
    let session = accepted(sessionWith(1), mark('d1', 'open', 'integer', 'tension'))
    session = accepted(session, mark('d1', 'open', 'vakkundig', 'common'))
    const kept = session.principles.filter((p) => p.id !== 'integer')
    const next = accepted(session, { type: 'principle/replace-all', principles: kept })
    expect(next.dilemmas[0]?.pairs).toEqual([{ a: 'open', b: 'vakkundig', kind: 'common' }])
  })

  it('the session check refuses pairs out of order, twice or with unknown principles', () => {
    const broken = (pairs: { a: string; b: string; kind: 'tension' | 'common' }[]) =>
      sessionSchema.safeParse(changeDilemma(sessionWith(1), 'd1', (d) => ({ ...d, pairs }))).success
    expect(broken([{ a: 'integer', b: 'open', kind: 'tension' }])).toBe(true)
    expect(broken([{ a: 'open', b: 'integer', kind: 'tension' }])).toBe(false)
    expect(
      broken([
        { a: 'integer', b: 'open', kind: 'tension' },
        { a: 'integer', b: 'open', kind: 'common' },
      ]),
    ).toBe(false)
    expect(broken([{ a: 'integer', b: 'zzz', kind: 'tension' }])).toBe(false)
  })
})

describe('tensionMap', () => {
  const session = () => {
    let s = sessionWith(3)
    s = accepted(s, mark('d1', 'open', 'integer', 'tension'))
    s = accepted(s, mark('d2', 'integer', 'open', 'tension'))
    s = accepted(s, mark('d2', 'dienstbaar', 'vakkundig', 'common'))
    return accepted(s, mark('d3', 'open', 'integer', 'common'))
  }

  it('counts each pair over all dilemmas, tension and common ground apart', () => {
    const map = tensionMap(session())
    expect(map.principles).toHaveLength(7)
    expect(map.pairs).toHaveLength(21)
    expect(map.dilemmas).toBe(3)
    expect(map.most).toBe(2)
    const openInteger = pairTallyOf(map, 'open', 'integer')
    expect([openInteger?.tension, openInteger?.common]).toEqual([2, 1])
    // Deck order: dienstbaar comes before integer, so the pair reads dienstbaar – integer.
    expect(pairTallyOf(map, 'integer', 'dienstbaar')?.a.id).toBe('dienstbaar')
    // Most often first; a tie keeps the deck's order.
    expect(pairsThatCameUp(map, 'common').map((p) => [p.a.id, p.b.id, p.common])).toEqual([
      ['dienstbaar', 'vakkundig', 1],
      ['integer', 'open', 1],
    ])
    expect(pairsThatCameUp(map, 'tension').map((p) => p.tension)).toEqual([2])
  })

  it('is empty and quiet without marks', () => {
    const map = tensionMap(sessionWith(2))
    expect([map.dilemmas, map.most]).toEqual([0, 0])
    expect(map.pairs.every((p) => p.tension === 0 && p.common === 0)).toBe(true)
  })

  it('is on the beamer in the harvest when the facilitator puts it there', () => {
    const harvest = { ...session(), currentPhaseId: 'ph5' }
    expect(harvest.phases.find((p) => p.id === 'ph5')?.kind).toBe('harvest')
    expect(projectorScreen(harvest).kind).toBe('harvest')
    const shown = accepted(harvest, { type: 'projector/harvest-screen', screen: 'tension-map' })
    const screen = projectorScreen(shown)
    expect(screen.kind === 'tension-map' && screen.map.dilemmas).toBe(3)
    // Only during the harvest: the casework shows what it always shows.
    expect(projectorScreen({ ...shown, currentPhaseId: 'ph4' }).kind).not.toBe('tension-map')
  })
})
