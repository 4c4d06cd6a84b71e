import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { reduce } from '@core/commands/reducer'
import { parseCommand, type CommandInput } from '@core/commands/schema'
import { createSession } from '@core/session/default-session'
import { LIMITS, sessionSchema, type Session } from '@core/session/schema'
import { clone, deepFreeze, makeDilemma, sessionWith, T0, projectorShowing } from './fixtures'
import { accepted, expectInvalid, expectNoOp, expectRejected, NOW, parse } from './reduce-helpers'

const ids = (session: Session): string[] => session.dilemmas.map((d) => d.id)

describe('reduce: dilemma/add', () => {
  it('adds d7 to a fresh session (ph1..ph6 are taken), with every text defaulting to empty', () => {
    const start = createSession(T0)
    const next = accepted(start, { type: 'dilemma/add', title: 'Eerste' })
    expect(next.dilemmas).toEqual([makeDilemma('d7', 'Eerste')])
    expect(next.nextSeq).toBe(8)
    expect(next.updatedAt).toBe(NOW)
    expect(next.currentDilemmaId).toBeNull()
    expect(next.principles).toEqual(start.principles)
    expect(next.projector).toEqual(start.projector)
  })

  it('assigns d7, d8, d9 in order and appends at the end', () => {
    let state = createSession(T0)
    for (const title of ['a', 'b', 'c']) {
      state = accepted(state, { type: 'dilemma/add', title, description: `over ${title}` })
    }
    expect(ids(state)).toEqual(['d7', 'd8', 'd9'])
    expect(state.dilemmas.map((d) => d.description)).toEqual(['over a', 'over b', 'over c'])
    expect(state.nextSeq).toBe(10)
  })

  it('never reuses an id after removal', () => {
    let state = sessionWith(3, { nextSeq: 4 })
    state = accepted(state, { type: 'dilemma/remove', id: 'd3' })
    state = accepted(state, { type: 'dilemma/add', title: 'nieuw' })
    expect(ids(state)).toEqual(['d1', 'd2', 'd4'])
    state = accepted(state, { type: 'dilemma/remove', id: 'd4' })
    state = accepted(state, { type: 'dilemma/add', title: 'nog een' })
    expect(ids(state)).toEqual(['d1', 'd2', 'd5'])
  })

  it('stores the trimmed title', () => {
    const next = accepted(createSession(T0), { type: 'dilemma/add', title: '  Ruimte  ' })
    expect(next.dilemmas[0]?.title).toBe('Ruimte')
  })

  it(`accepts the ${LIMITS.dilemmas}th dilemma`, () => {
    const next = accepted(sessionWith(LIMITS.dilemmas - 1), { type: 'dilemma/add', title: 'x' })
    expect(next.dilemmas).toHaveLength(LIMITS.dilemmas)
    expect(next.dilemmas.at(-1)?.id).toBe(`d${LIMITS.dilemmas}`)
  })

  it(`rejects with limit-reached at ${LIMITS.dilemmas} dilemmas and leaves the state alone`, () => {
    expectRejected(
      sessionWith(LIMITS.dilemmas),
      { type: 'dilemma/add', title: 'een te veel' },
      'limit-reached',
    )
  })
})

describe('reduce: dilemma/edit', () => {
  it('changes only the title when only a title is given', () => {
    const start = sessionWith(3)
    const next = accepted(start, { type: 'dilemma/edit', id: 'd2', title: 'Anders' })
    expect(next.dilemmas[1]).toEqual(makeDilemma('d2', 'Anders', { description: 'Beschrijving 2' }))
    expect(next.dilemmas[0]).toEqual(start.dilemmas[0])
    expect(next.dilemmas[2]).toEqual(start.dilemmas[2])
    expect(next.updatedAt).toBe(NOW)
  })

  it('changes only the description when only a description is given', () => {
    const next = accepted(sessionWith(2), { type: 'dilemma/edit', id: 'd1', description: 'uitleg' })
    expect(next.dilemmas[0]).toEqual(makeDilemma('d1', 'Dilemma 1', { description: 'uitleg' }))
  })

  it('can clear the description with an empty string', () => {
    const next = accepted(sessionWith(2), { type: 'dilemma/edit', id: 'd2', description: '' })
    expect(next.dilemmas[1]?.description).toBe('')
  })

  it('changes both and keeps the order and the current dilemma', () => {
    const start = sessionWith(3, { currentDilemmaId: 'd2' })
    const next = accepted(start, {
      type: 'dilemma/edit',
      id: 'd2',
      title: 'T',
      description: 'D',
    })
    expect(ids(next)).toEqual(['d1', 'd2', 'd3'])
    expect(next.dilemmas[1]).toEqual(makeDilemma('d2', 'T', { description: 'D' }))
    expect(next.currentDilemmaId).toBe('d2')
    expect(next.nextSeq).toBe(start.nextSeq)
  })

  it('with neither field keeps the dilemma and only moves updatedAt', () => {
    const start = sessionWith(2)
    const next = accepted(start, { type: 'dilemma/edit', id: 'd1' })
    expect(next).toEqual({ ...start, updatedAt: NOW })
  })

  it('rejects an unknown id with unknown-dilemma', () => {
    expectRejected(
      sessionWith(2),
      { type: 'dilemma/edit', id: 'd9', title: 'x' },
      'unknown-dilemma',
    )
    expectRejected(createSession(T0), { type: 'dilemma/edit', id: 'd1' }, 'unknown-dilemma')
  })

  it('does not treat a principle id as a dilemma id', () => {
    expectRejected(sessionWith(1), { type: 'dilemma/edit', id: 'integer' }, 'unknown-dilemma')
  })
})

describe('reduce: dilemma/remove', () => {
  it('removes the dilemma and keeps the others in order', () => {
    const start = sessionWith(4)
    const next = accepted(start, { type: 'dilemma/remove', id: 'd2' })
    expect(ids(next)).toEqual(['d1', 'd3', 'd4'])
    expect(next.updatedAt).toBe(NOW)
    expect(next.nextSeq).toBe(start.nextSeq)
  })

  it('clears currentDilemmaId when the current dilemma is removed', () => {
    const next = accepted(sessionWith(3, { currentDilemmaId: 'd3' }), {
      type: 'dilemma/remove',
      id: 'd3',
    })
    expect(next.currentDilemmaId).toBeNull()
  })

  it('keeps currentDilemmaId when another dilemma is removed', () => {
    const next = accepted(sessionWith(3, { currentDilemmaId: 'd3' }), {
      type: 'dilemma/remove',
      id: 'd1',
    })
    expect(next.currentDilemmaId).toBe('d3')
  })

  it('leaves the projector alone', () => {
    const start = sessionWith(2, { projector: projectorShowing('open') })
    const next = accepted(start, { type: 'dilemma/remove', id: 'd1' })
    expect(next.projector).toEqual(start.projector)
    expect(next.projector.principleId).toBe('open')
  })

  it('rejects an unknown id, also a second removal of the same id', () => {
    expectRejected(sessionWith(2), { type: 'dilemma/remove', id: 'd3' }, 'unknown-dilemma')
    const once = accepted(sessionWith(2), { type: 'dilemma/remove', id: 'd1' })
    expectRejected(once, { type: 'dilemma/remove', id: 'd1' }, 'unknown-dilemma')
  })
})

describe('reduce: dilemma/move', () => {
  it.each<[string, number, string[]]>([
    ['d1', 2, ['d2', 'd3', 'd1', 'd4']],
    ['d4', 0, ['d4', 'd1', 'd2', 'd3']],
    ['d2', 1, ['d1', 'd2', 'd3', 'd4']],
    ['d2', 3, ['d1', 'd3', 'd4', 'd2']],
    ['d1', 99, ['d2', 'd3', 'd4', 'd1']],
    ['d3', 0, ['d3', 'd1', 'd2', 'd4']],
  ])('moves %s to index %i', (id, toIndex, expected) => {
    const next = accepted(sessionWith(4), { type: 'dilemma/move', id, toIndex })
    expect(ids(next)).toEqual(expected)
    expect(next.updatedAt).toBe(NOW)
  })

  it('keeps the dilemma contents and the current dilemma', () => {
    const start = sessionWith(3, { currentDilemmaId: 'd1' })
    const next = accepted(start, { type: 'dilemma/move', id: 'd1', toIndex: 2 })
    expect(next.dilemmas[2]).toEqual(start.dilemmas[0])
    expect(next.currentDilemmaId).toBe('d1')
  })

  it('rejects an unknown id', () => {
    expectRejected(
      sessionWith(3),
      { type: 'dilemma/move', id: 'd4', toIndex: 0 },
      'unknown-dilemma',
    )
    expectRejected(
      createSession(T0),
      { type: 'dilemma/move', id: 'd1', toIndex: 0 },
      'unknown-dilemma',
    )
  })

  it('is a permutation for any toIndex (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        fc.nat({ max: 40 }),
        (count, pick, toIndex) => {
          const start = sessionWith(count)
          const id = `d${(pick % count) + 1}`
          const next = accepted(start, { type: 'dilemma/move', id, toIndex })
          expect([...ids(next)].sort()).toEqual([...ids(start)].sort())
          expect(ids(next).indexOf(id)).toBe(Math.min(toIndex, count - 1))
        },
      ),
      { numRuns: 200, seed: 4242 },
    )
  })
})

describe('reduce: dilemma/make-current', () => {
  it('makes a dilemma current', () => {
    const start = sessionWith(3)
    const next = accepted(start, { type: 'dilemma/make-current', id: 'd2' })
    expect(next.currentDilemmaId).toBe('d2')
    expect(next.updatedAt).toBe(NOW)
    expect(next.dilemmas).toEqual(start.dilemmas)
  })

  it('marks the previous (queued) current dilemma discussed', () => {
    const next = accepted(sessionWith(3, { currentDilemmaId: 'd1' }), {
      type: 'dilemma/make-current',
      id: 'd3',
    })
    expect(next.currentDilemmaId).toBe('d3')
    expect(next.dilemmas.map((d) => d.status)).toEqual(['discussed', 'queued', 'queued'])
  })

  it('clears the current dilemma with null, which also marks it discussed', () => {
    const next = accepted(sessionWith(3, { currentDilemmaId: 'd2' }), {
      type: 'dilemma/make-current',
      id: null,
    })
    expect(next.currentDilemmaId).toBeNull()
    expect(next.dilemmas.map((d) => d.status)).toEqual(['queued', 'discussed', 'queued'])
  })

  it('making the current dilemma current again returns the same state (no new revision)', () => {
    expectNoOp(sessionWith(3, { currentDilemmaId: 'd2' }), {
      type: 'dilemma/make-current',
      id: 'd2',
    })
  })

  it('rejects an unknown id and keeps the old current', () => {
    expectRejected(
      sessionWith(3, { currentDilemmaId: 'd1' }),
      { type: 'dilemma/make-current', id: 'd7' },
      'unknown-dilemma',
    )
  })
})

describe('reduce: projector/show-principle', () => {
  it('shows every principle of the default deck', () => {
    const start = createSession(T0)
    for (const principle of start.principles) {
      const next = accepted(start, { type: 'projector/show-principle', principleId: principle.id })
      expect(next.projector.principleId).toBe(principle.id)
      expect(next.dilemmas).toEqual(start.dilemmas)
      expect(next.updatedAt).toBe(NOW)
    }
  })

  it('goes back to the welcome screen with null', () => {
    const next = accepted(sessionWith(1, { projector: projectorShowing('integer') }), {
      type: 'projector/show-principle',
      principleId: null,
    })
    expect(next.projector.principleId).toBeNull()
  })

  it('rejects an unknown principle, also a dilemma id', () => {
    const start = sessionWith(2, { projector: projectorShowing('open') })
    expectRejected(
      start,
      { type: 'projector/show-principle', principleId: 'onbekend' },
      'unknown-principle',
    )
    expectRejected(
      start,
      { type: 'projector/show-principle', principleId: 'd1' },
      'unknown-principle',
    )
    // A name every object has is no id at all: refused before any reducer looks it up.
    expectInvalid({ type: 'projector/show-principle', principleId: 'constructor' })
  })
})

describe('reduce: purity', () => {
  const commands: CommandInput[] = [
    { type: 'dilemma/add', title: 'nieuw', description: 'd' },
    { type: 'dilemma/edit', id: 'd2', title: 'bewerkt' },
    { type: 'dilemma/remove', id: 'd1' },
    { type: 'dilemma/move', id: 'd3', toIndex: 0 },
    { type: 'dilemma/make-current', id: 'd3' },
    { type: 'projector/show-principle', principleId: 'vakkundig' },
  ]

  it.each(commands)('does not mutate a deep-frozen input for $type', (command) => {
    const state = sessionWith(3, { currentDilemmaId: 'd1' })
    const before = clone(state)
    const frozen = deepFreeze(state)
    const result = reduce(frozen, parse(command), NOW)
    expect(result.ok).toBe(true)
    expect(frozen).toEqual(before)
    if (result.ok) expect(result.session).not.toBe(frozen)
  })

  it.each(commands)('gives equal results for equal inputs for $type', (command) => {
    const a = reduce(deepFreeze(sessionWith(3)), parse(command), NOW)
    const b = reduce(deepFreeze(sessionWith(3)), parse(command), NOW)
    expect(a).toEqual(b)
  })

  it('sets updatedAt to exactly the given now, also when now is earlier', () => {
    const start = sessionWith(1, { updatedAt: NOW })
    const next = accepted(start, { type: 'dilemma/make-current', id: 'd1' }, T0)
    expect(next.updatedAt).toBe(T0)
  })
})

describe('reduce: random command sequences (property)', () => {
  const knownPrinciples = createSession(T0).principles.map((p) => p.id)
  const dilemmaId = fc.oneof(
    fc.integer({ min: 1, max: 25 }).map((n) => `d${n}`),
    fc.constantFrom('d0', 'x', 'integer'),
  )
  const principleId = fc.oneof(fc.constantFrom(...knownPrinciples), fc.constantFrom('nope', 'd1'))
  const title = fc
    .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
    .filter((s) => s.trim().length > 0)
  const description = fc.string({ maxLength: 60 })

  const commandArb: fc.Arbitrary<CommandInput> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ type: fc.constant('dilemma/add' as const), title, description }),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          type: fc.constant('dilemma/edit' as const),
          id: dilemmaId,
          title,
          description,
        },
        { requiredKeys: ['type', 'id'] },
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record({ type: fc.constant('dilemma/remove' as const), id: dilemmaId }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('dilemma/move' as const),
        id: dilemmaId,
        toIndex: fc.nat({ max: 30 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('dilemma/make-current' as const),
        id: fc.option(dilemmaId, { nil: null }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('projector/show-principle' as const),
        principleId: fc.option(principleId, { nil: null }),
      }),
    },
  )

  it('always produces a session that passes sessionSchema', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 60 }), (inputs) => {
        let state = deepFreeze(createSession(T0))
        let now = T0
        for (const input of inputs) {
          now += 1000
          expect(parseCommand(input).ok).toBe(true)
          const before = clone(state)
          const result = reduce(state, parse(input), now)
          expect(state).toEqual(before)
          if (!result.ok) {
            expect(['unknown-dilemma', 'unknown-principle', 'limit-reached']).toContain(
              result.error.code,
            )
            continue
          }
          const check = sessionSchema.safeParse(result.session)
          expect(check.success, check.error?.message).toBe(true)
          if (result.session === state) {
            // Only making the current dilemma current again, or showing the principle already
            // shown, is a no-op, and a no-op keeps the state itself (no revision, no undo step).
            expect(
              (input.type === 'dilemma/make-current' && input.id === state.currentDilemmaId) ||
                (input.type === 'projector/show-principle' &&
                  input.principleId === state.projector.principleId),
            ).toBe(true)
            continue
          }
          expect(result.session.updatedAt).toBe(now)
          const delta = result.session.dilemmas.length - state.dilemmas.length
          expect(delta).toBe(
            input.type === 'dilemma/add' ? 1 : input.type === 'dilemma/remove' ? -1 : 0,
          )
          for (const d of result.session.dilemmas) {
            expect(Number(d.id.slice(1))).toBeLessThan(result.session.nextSeq)
          }
          state = deepFreeze(result.session)
        }
      }),
      { numRuns: 200, seed: 1129 },
    )
  })
})
