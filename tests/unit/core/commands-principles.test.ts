import { describe, expect, it } from 'vitest'
import { defaultPrinciples } from '@core/session/default-session'
import { LIMITS, type Principle, type Session } from '@core/session/schema'
import { changeDilemma, sessionWith, withParticipants, projectorShowing } from './fixtures'
import { accepted, expectInvalid, expectRejected, NOW } from './reduce-helpers'

const DEFAULT_IDS = defaultPrinciples().map((p) => p.id)

function deck(...ids: string[]): Principle[] {
  return ids.map((id, i) => ({
    id,
    name: `Principe ${id}`,
    summary: `Kort ${i}`,
    explanation: `Uitleg ${i}`,
    color: '#1d4e89',
  }))
}

/**
 * Two dilemmas that use principles: d1 tallies open/integer/vakkundig and has chosen
 * [open, integer, dienstbaar, vakkundig] with four speakers over two rounds; 'integer' is shown.
 */
function inUse(): Session {
  const people = withParticipants(sessionWith(2), ['Anna', 'Bram', 'Chris', 'Dirk'])
  const used = changeDilemma(people, 'd1', (d) => ({
    ...d,
    tally: { open: 3, integer: 2, vakkundig: 1 },
    variant2: {
      principleIds: ['open', 'integer', 'dienstbaar', 'vakkundig'],
      rounds: [
        { speakers: ['pp7', 'pp8', 'pp9', 'pp10'] },
        { speakers: ['pp10', 'pp7', 'pp8', 'pp9'] },
      ],
    },
  }))
  return { ...used, projector: projectorShowing('integer') }
}

describe('principle/edit', () => {
  const start = sessionWith(1)
  const integer = start.principles.find((p) => p.id === 'integer')

  it.each<[string, Partial<Principle>]>([
    ['name', { name: 'Integriteit' }],
    ['summary', { summary: 'Eerlijk en betrouwbaar' }],
    ['explanation', { explanation: 'Een langere uitleg.' }],
    ['color', { color: '#004400' }],
  ])('changes only the %s of that principle', (_field, change) => {
    const next = accepted(start, { type: 'principle/edit', id: 'integer', ...change })
    expect(next).toEqual({
      ...start,
      updatedAt: NOW,
      principles: start.principles.map((p) => (p.id === 'integer' ? { ...p, ...change } : p)),
    })
  })

  it('trims the name and keeps summary and explanation as typed', () => {
    const next = accepted(start, {
      type: 'principle/edit',
      id: 'open',
      name: '  Open  ',
      summary: ' met spatie ',
    })
    const open = next.principles.find((p) => p.id === 'open')
    expect(open?.name).toBe('Open')
    expect(open?.summary).toBe(' met spatie ')
  })

  it('with no fields keeps the principle', () => {
    const next = accepted(start, { type: 'principle/edit', id: 'integer' })
    expect(next.principles.find((p) => p.id === 'integer')).toEqual(integer)
  })

  it('accepts a colour right at the 4.5:1 contrast limit and refuses one just below', () => {
    // White on #767676 is 4.54:1, on #777777 4.48:1.
    expect(
      accepted(start, { type: 'principle/edit', id: 'open', color: '#767676' }).principles.find(
        (p) => p.id === 'open',
      )?.color,
    ).toBe('#767676')
    expectRejected(start, { type: 'principle/edit', id: 'open', color: '#777777' }, 'low-contrast')
  })

  it.each(['#ffffff', '#ffff00', '#cccccc', '#00ff00', '#FFA500'])(
    'refuses the low-contrast colour %s',
    (color) => {
      expectRejected(start, { type: 'principle/edit', id: 'integer', color }, 'low-contrast')
    },
  )

  it('accepts upper-case hex colours', () => {
    const next = accepted(start, { type: 'principle/edit', id: 'open', color: '#1D4E89' })
    expect(next.principles.find((p) => p.id === 'open')?.color).toBe('#1D4E89')
  })

  it('refuses an unknown principle, also a dilemma or participant id', () => {
    const people = withParticipants(start, ['Anna'])
    expectRejected(people, { type: 'principle/edit', id: 'weg', name: 'x' }, 'unknown-principle')
    expectRejected(people, { type: 'principle/edit', id: 'd1', name: 'x' }, 'unknown-principle')
    expectRejected(people, { type: 'principle/edit', id: 'pp2', name: 'x' }, 'unknown-principle')
  })

  it.each<[string, unknown]>([
    ['a blank name', { name: '   ' }],
    ['a name of 81 characters', { name: 'n'.repeat(LIMITS.principleNameLength + 1) }],
    ['a summary of 301 characters', { summary: 's'.repeat(LIMITS.principleSummaryLength + 1) }],
    [
      'an explanation of 2001 characters',
      { explanation: 'e'.repeat(LIMITS.principleExplanationLength + 1) },
    ],
    ['a short hex colour', { color: '#abc' }],
    ['a colour name', { color: 'red' }],
    ['an rgb() colour', { color: 'rgb(0,0,0)' }],
    ['a numeric name', { name: 7 }],
    ['an extra field', { id: 'open', icon: 'star' }],
    ['no id', { id: undefined }],
    ['an id starting with a digit', { id: '1open' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'principle/edit', id: 'open', ...(change as object) })
  })
})

describe('principle/move', () => {
  it.each<[string, number, number]>([
    ['dienstbaar', 6, 6],
    ['vakkundig', 0, 0],
    ['open', 1, 1],
    ['integer', 99, 6],
  ])('moves %s to index %i', (id, toIndex, expected) => {
    const start = sessionWith(0)
    const next = accepted(start, { type: 'principle/move', id, toIndex })
    expect(next.principles.map((p) => p.id).indexOf(id)).toBe(expected)
    expect([...next.principles].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...start.principles].sort((a, b) => a.id.localeCompare(b.id)),
    )
  })

  it('keeps tallies, choices and the shown principle', () => {
    const start = inUse()
    const next = accepted(start, { type: 'principle/move', id: 'open', toIndex: 6 })
    expect(next.dilemmas).toEqual(start.dilemmas)
    expect(next.projector).toEqual(start.projector)
  })

  it('refuses an unknown principle', () => {
    expectRejected(
      sessionWith(1),
      { type: 'principle/move', id: 'd1', toIndex: 0 },
      'unknown-principle',
    )
  })

  it.each<[string, unknown]>([
    ['a negative index', -1],
    ['a fractional index', 0.5],
    ['a text index', '1'],
  ])('refuses %s', (_label, toIndex) => {
    expectInvalid({ type: 'principle/move', id: 'open', toIndex })
  })
})

describe('principle/reset-all', () => {
  it('brings back the default deck after edits and moves', () => {
    let state = sessionWith(1)
    state = accepted(state, { type: 'principle/edit', id: 'open', name: 'Transparant' })
    state = accepted(state, { type: 'principle/move', id: 'open', toIndex: 0 })
    const next = accepted(state, { type: 'principle/reset-all' })
    expect(next.principles).toEqual(defaultPrinciples())
  })

  it('keeps tallies, choices, speakers and the shown principle of default principles', () => {
    const start = inUse()
    const next = accepted(start, { type: 'principle/reset-all' })
    expect(next.dilemmas).toEqual(start.dilemmas)
    expect(next.projector).toEqual(start.projector)
    expect(next.projector.principleId).toBe('integer')
  })

  it('drops tallies, v2 choices and the shown principle of principles that are gone', () => {
    let state = inUse()
    state = accepted(state, { type: 'principle/replace-all', principles: deck('eigen', 'open') })
    state = accepted(state, { type: 'tally/set', dilemmaId: 'd1', principleId: 'eigen', count: 4 })
    state = accepted(state, {
      type: 'v2/set-principles',
      dilemmaId: 'd2',
      principleIds: ['eigen', 'open'],
    })
    state = accepted(state, { type: 'projector/show-principle', principleId: 'eigen' })
    const next = accepted(state, { type: 'principle/reset-all' })
    expect(next.dilemmas[0]?.tally).toEqual({ open: 3 })
    expect(next.dilemmas[1]?.variant2.principleIds).toEqual(['open'])
    expect(next.projector.principleId).toBeNull()
  })

  it('refuses extra fields', () => {
    expectInvalid({ type: 'principle/reset-all', principles: [] })
  })
})

describe('principle/replace-all', () => {
  it('replaces the deck as given, in order', () => {
    const principles = deck('a', 'b', 'c')
    const next = accepted(sessionWith(1), { type: 'principle/replace-all', principles })
    expect(next.principles).toEqual(principles)
  })

  it('trims names and leaves unknown principle fields out of the state', () => {
    const next = accepted(sessionWith(0), {
      type: 'principle/replace-all',
      principles: [{ ...deck('a')[0], name: '  Alfa ', icon: 'ster' } as Principle],
    })
    expect(next.principles).toEqual([{ ...deck('a')[0], name: 'Alfa' }])
  })

  it('drops tallies, v2 choices and the shown principle for principles that are gone', () => {
    const start = inUse()
    const next = accepted(start, {
      type: 'principle/replace-all',
      principles: deck('open', 'vakkundig', 'nieuw'),
    })
    const d1 = next.dilemmas[0]
    expect(d1?.tally).toEqual({ open: 3, vakkundig: 1 })
    expect(d1?.variant2.principleIds).toEqual(['open', 'vakkundig'])
    expect(next.projector.principleId).toBeNull()
    expect(next.dilemmas[1]).toEqual(start.dilemmas[1])
  })

  it('keeps the shown principle when it stays in the deck', () => {
    const next = accepted(inUse(), { type: 'principle/replace-all', principles: deck('integer') })
    expect(next.projector.principleId).toBe('integer')
  })

  it('keeps speakers on their own principle when one before them leaves the deck', () => {
    const next = accepted(inUse(), {
      type: 'principle/replace-all',
      principles: deck('open', 'dienstbaar', 'vakkundig'),
    })
    const v2 = next.dilemmas[0]?.variant2
    expect(v2?.principleIds).toEqual(['open', 'dienstbaar', 'vakkundig'])
    // Round 1: open pp7, integer pp8, dienstbaar pp9, vakkundig pp10.
    // Round 2: open pp10, integer pp7, dienstbaar pp8, vakkundig pp9.
    // The speaker of 'integer' moves to the free slot after the chosen ones.
    expect(v2?.rounds).toEqual([
      { speakers: ['pp7', 'pp9', 'pp10', 'pp8'] },
      { speakers: ['pp10', 'pp8', 'pp9', 'pp7'] },
    ])
  })

  it(`accepts ${LIMITS.principles} principles and refuses ${LIMITS.principles + 1}`, () => {
    const ids = Array.from({ length: LIMITS.principles + 1 }, (_, i) => `p${i}`)
    const next = accepted(sessionWith(0), {
      type: 'principle/replace-all',
      principles: deck(...ids.slice(0, LIMITS.principles)),
    })
    expect(next.principles).toHaveLength(LIMITS.principles)
    expectInvalid({ type: 'principle/replace-all', principles: deck(...ids) })
  })

  it('refuses an empty deck', () => {
    expectInvalid({ type: 'principle/replace-all', principles: [] })
  })

  it('refuses duplicate principle ids with invalid-command', () => {
    expectRejected(
      inUse(),
      { type: 'principle/replace-all', principles: deck('open', 'integer', 'open') },
      'invalid-command',
    )
  })

  it('refuses a deck with a colour white text cannot be read on, naming the principle', () => {
    const principles = deck('open', 'geel')
    const yellow = principles.map((p) => (p.id === 'geel' ? { ...p, color: '#ffdd00' } : p))
    const state = inUse()
    expectRejected(state, { type: 'principle/replace-all', principles: yellow }, 'low-contrast')
  })

  it.each<[string, unknown]>([
    ['a principle without a colour', [{ id: 'a', name: 'A', summary: '', explanation: '' }]],
    ['a principle with a blank name', deck('a').map((p) => ({ ...p, name: ' ' }))],
    ['a principle with a bad id', deck('a').map((p) => ({ ...p, id: '__proto__' }))],
    ['a principle as text', ['open']],
    ['principles as an object', { open: deck('open')[0] }],
  ])('refuses %s', (_label, principles) => {
    expectInvalid({ type: 'principle/replace-all', principles })
  })

  it('refuses extra fields', () => {
    expectInvalid({ type: 'principle/replace-all', principles: deck('a'), name: 'Eigen deck' })
  })

  it('works on the default ids too (a deck file of our own default)', () => {
    const next = accepted(inUse(), {
      type: 'principle/replace-all',
      principles: defaultPrinciples(),
    })
    expect(next.principles.map((p) => p.id)).toEqual(DEFAULT_IDS)
    expect(next.dilemmas).toEqual(inUse().dilemmas)
  })
})
