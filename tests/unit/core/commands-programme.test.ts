import { describe, expect, it } from 'vitest'
import { LIMITS, PHASE_KINDS, type Phase, type Session } from '@core/session/schema'
import { sessionWith, T0, projectorShowing } from './fixtures'
import { accepted, expectInvalid, expectNoOp, expectRejected, NOW } from './reduce-helpers'

const ids = (session: Session): string[] => session.phases.map((p) => p.id)
const phase = (session: Session, id: string): Phase => {
  const found = session.phases.find((p) => p.id === id)
  if (!found) throw new Error(`no phase ${id}`)
  return found
}

/** A programme of `count` 'other' phases ph1..phN. */
function programmeOf(count: number): Session {
  const start = sessionWith(0)
  const phases: Phase[] = Array.from({ length: count }, (_, i) => ({
    id: `ph${i + 1}`,
    kind: 'other',
    title: `Onderdeel ${i + 1}`,
    plannedMinutes: 5,
    notes: '',
    startedAt: null,
    endedAt: null,
  }))
  return { ...start, phases, nextSeq: Math.max(start.nextSeq, count + 1) }
}

describe('phase/add', () => {
  it('appends a phase with an id from the counter, no notes and no times', () => {
    const start = sessionWith(0)
    const next = accepted(start, {
      type: 'phase/add',
      kind: 'other',
      title: 'Pauze',
      plannedMinutes: 10,
    })
    expect(next.phases.at(-1)).toEqual({
      id: 'ph7',
      kind: 'other',
      title: 'Pauze',
      plannedMinutes: 10,
      notes: '',
      startedAt: null,
      endedAt: null,
    })
    expect(ids(next)).toEqual([...ids(start), 'ph7'])
    expect(next.nextSeq).toBe(8)
    expect(next.updatedAt).toBe(NOW)
  })

  it.each<[number, number]>([
    [0, 0],
    [3, 3],
    [6, 6],
    [99, 6],
  ])('inserts at index %i (lands at %i)', (index, expected) => {
    const next = accepted(sessionWith(0), {
      type: 'phase/add',
      kind: 'casework',
      title: 'Tweede ronde',
      plannedMinutes: 30,
      index,
    })
    expect(ids(next).indexOf('ph7')).toBe(expected)
    expect(next.phases).toHaveLength(7)
  })

  it.each(PHASE_KINDS)('accepts the kind %s', (kind) => {
    const next = accepted(sessionWith(0), {
      type: 'phase/add',
      kind,
      title: 'x',
      plannedMinutes: 0,
    })
    expect(next.phases.at(-1)?.kind).toBe(kind)
  })

  it('trims the title', () => {
    const next = accepted(sessionWith(0), {
      type: 'phase/add',
      kind: 'other',
      title: '  Pauze ',
      plannedMinutes: 5,
    })
    expect(next.phases.at(-1)?.title).toBe('Pauze')
  })

  it(`accepts the ${LIMITS.phases}th phase and refuses one more`, () => {
    const add = { type: 'phase/add', kind: 'other', title: 'x', plannedMinutes: 1 } as const
    const next = accepted(programmeOf(LIMITS.phases - 1), add)
    expect(next.phases).toHaveLength(LIMITS.phases)
    expectRejected(next, add, 'limit-reached')
    expectRejected(programmeOf(LIMITS.phases), add, 'limit-reached')
  })

  it.each<[string, unknown]>([
    ['an unknown kind', { kind: 'pauze' }],
    ['a blank title', { title: '  ' }],
    ['a title of 201 characters', { title: 't'.repeat(LIMITS.shortText + 1) }],
    ['minutes above the limit', { plannedMinutes: LIMITS.phaseMinutes + 1 }],
    ['negative minutes', { plannedMinutes: -1 }],
    ['fractional minutes', { plannedMinutes: 2.5 }],
    ['a negative index', { index: -1 }],
    ['a smuggled id', { id: 'ph1' }],
    ['smuggled notes', { notes: 'x' }],
    ['a smuggled start time', { startedAt: 5 }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({
      type: 'phase/add',
      kind: 'other',
      title: 'x',
      plannedMinutes: 5,
      ...(change as object),
    })
  })

  it('refuses a missing title or missing minutes', () => {
    expectInvalid({ type: 'phase/add', kind: 'other', plannedMinutes: 5 })
    expectInvalid({ type: 'phase/add', kind: 'other', title: 'x' })
  })
})

describe('phase/edit', () => {
  const start = sessionWith(0)

  it.each<[string, Partial<Phase>]>([
    ['kind', { kind: 'other' }],
    ['title', { title: 'Welkom!' }],
    ['plannedMinutes', { plannedMinutes: 7 }],
    ['notes', { notes: 'Vergeet de flyer niet' }],
  ])('changes only the %s of that phase', (_field, change) => {
    const next = accepted(start, { type: 'phase/edit', id: 'ph1', ...change })
    expect(next).toEqual({
      ...start,
      updatedAt: NOW,
      phases: start.phases.map((p) => (p.id === 'ph1' ? { ...p, ...change } : p)),
    })
  })

  it('accepts 0 and the maximum minutes and empties notes', () => {
    let next = accepted(start, { type: 'phase/edit', id: 'ph2', plannedMinutes: 0, notes: '' })
    expect(phase(next, 'ph2')).toMatchObject({ plannedMinutes: 0, notes: '' })
    next = accepted(next, { type: 'phase/edit', id: 'ph2', plannedMinutes: LIMITS.phaseMinutes })
    expect(phase(next, 'ph2').plannedMinutes).toBe(LIMITS.phaseMinutes)
  })

  it('refuses an unknown phase, also a dilemma id', () => {
    expectRejected(start, { type: 'phase/edit', id: 'ph99', title: 'x' }, 'unknown-phase')
    expectRejected(sessionWith(1), { type: 'phase/edit', id: 'd1', title: 'x' }, 'unknown-phase')
  })

  it.each<[string, unknown]>([
    ['a blank title', { title: '' }],
    ['notes that are too long', { notes: 'n'.repeat(LIMITS.longText + 1) }],
    ['an unknown kind', { kind: 'lunch' }],
    ['a start time', { startedAt: T0 }],
    ['an end time', { endedAt: T0 }],
    ['an extra field', { color: '#000000' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'phase/edit', id: 'ph1', ...(change as object) })
  })
})

describe('phase/remove', () => {
  it('removes the phase and keeps the order', () => {
    const next = accepted(sessionWith(0), { type: 'phase/remove', id: 'ph3' })
    expect(ids(next)).toEqual(['ph1', 'ph2', 'ph4', 'ph5', 'ph6'])
  })

  it('leaves no current phase when the current one is removed', () => {
    const start = sessionWith(0, { currentPhaseId: 'ph2' })
    expect(accepted(start, { type: 'phase/remove', id: 'ph2' }).currentPhaseId).toBeNull()
    expect(accepted(start, { type: 'phase/remove', id: 'ph5' }).currentPhaseId).toBe('ph2')
  })

  it('can remove every phase', () => {
    let state = sessionWith(0)
    for (const id of ids(state)) state = accepted(state, { type: 'phase/remove', id })
    expect(state.phases).toEqual([])
  })

  it('refuses an unknown phase, also a second removal', () => {
    const once = accepted(sessionWith(0), { type: 'phase/remove', id: 'ph1' })
    expectRejected(once, { type: 'phase/remove', id: 'ph1' }, 'unknown-phase')
  })
})

describe('phase/move', () => {
  it.each<[string, number, string[]]>([
    ['ph1', 5, ['ph2', 'ph3', 'ph4', 'ph5', 'ph6', 'ph1']],
    ['ph6', 0, ['ph6', 'ph1', 'ph2', 'ph3', 'ph4', 'ph5']],
    ['ph3', 3, ['ph1', 'ph2', 'ph4', 'ph3', 'ph5', 'ph6']],
    ['ph2', 40, ['ph1', 'ph3', 'ph4', 'ph5', 'ph6', 'ph2']],
  ])('moves %s to index %i', (id, toIndex, expected) => {
    const start = sessionWith(0, { currentPhaseId: 'ph2' })
    const next = accepted(start, { type: 'phase/move', id, toIndex })
    expect(ids(next)).toEqual(expected)
    expect(next.currentPhaseId).toBe('ph2')
  })

  it('refuses an unknown phase and a negative index', () => {
    expectRejected(sessionWith(0), { type: 'phase/move', id: 'ph9', toIndex: 0 }, 'unknown-phase')
    expectInvalid({ type: 'phase/move', id: 'ph1', toIndex: -1 })
  })
})

describe('phase/go (goToPhase)', () => {
  it('makes the phase current and stamps its start', () => {
    const next = accepted(sessionWith(0), { type: 'phase/go', id: 'ph2' })
    expect(next.currentPhaseId).toBe('ph2')
    expect(phase(next, 'ph2')).toMatchObject({ startedAt: NOW, endedAt: null })
    // No other phase gets a time.
    expect(next.phases.filter((p) => p.startedAt !== null).map((p) => p.id)).toEqual(['ph2'])
  })

  it('stamps startedAt only the first time and endedAt on every leave', () => {
    let state = sessionWith(0)
    state = accepted(state, { type: 'phase/go', id: 'ph1' }, T0 + 1000)
    state = accepted(state, { type: 'phase/go', id: 'ph2' }, T0 + 2000)
    expect(phase(state, 'ph1')).toMatchObject({ startedAt: T0 + 1000, endedAt: T0 + 2000 })
    expect(phase(state, 'ph2')).toMatchObject({ startedAt: T0 + 2000, endedAt: null })

    // Back to ph1: its start stays the first one, its end is open again; ph2 ends now.
    state = accepted(state, { type: 'phase/go', id: 'ph1' }, T0 + 3000)
    expect(phase(state, 'ph1')).toMatchObject({ startedAt: T0 + 1000, endedAt: null })
    expect(phase(state, 'ph2')).toMatchObject({ startedAt: T0 + 2000, endedAt: T0 + 3000 })

    state = accepted(state, { type: 'phase/go', id: 'ph2' }, T0 + 4000)
    expect(phase(state, 'ph1')).toMatchObject({ startedAt: T0 + 1000, endedAt: T0 + 4000 })
    expect(phase(state, 'ph2')).toMatchObject({ startedAt: T0 + 2000, endedAt: null })
  })

  it('with null leaves the programme: the current phase ends, none is current', () => {
    let state = accepted(sessionWith(0), { type: 'phase/go', id: 'ph6' }, T0 + 1000)
    state = accepted(state, { type: 'phase/go', id: null }, T0 + 5000)
    expect(state.currentPhaseId).toBeNull()
    expect(phase(state, 'ph6')).toMatchObject({ startedAt: T0 + 1000, endedAt: T0 + 5000 })
  })

  it('clears the principle shown on the projector', () => {
    const start = sessionWith(0, { currentPhaseId: 'ph3', projector: projectorShowing('open') })
    expect(accepted(start, { type: 'phase/go', id: 'ph4' }).projector.principleId).toBeNull()
    expect(accepted(start, { type: 'phase/go', id: null }).projector.principleId).toBeNull()
  })

  it('the harvest and the closing close the dilemma still in discussion; other phases keep it', () => {
    const casework = (status: 'queued' | 'skipped') => {
      const start = sessionWith(2, { currentPhaseId: 'ph4', currentDilemmaId: 'd1' })
      return { ...start, dilemmas: start.dilemmas.map((d) => ({ ...d, status })) }
    }
    for (const id of ['ph5', 'ph6']) {
      const next = accepted(casework('queued'), { type: 'phase/go', id })
      expect(next.currentDilemmaId).toBeNull()
      expect(next.dilemmas.map((d) => d.status)).toEqual(['discussed', 'queued'])
    }
    // A skipped dilemma stays skipped.
    const skipped = accepted(casework('skipped'), { type: 'phase/next' })
    expect(skipped.dilemmas.map((d) => d.status)).toEqual(['skipped', 'skipped'])
    // A phase in between (a break, the explanation) leaves the discussion open.
    const withBreak = accepted(casework('queued'), {
      type: 'phase/add',
      kind: 'other',
      title: 'Pauze',
      plannedMinutes: 10,
    })
    const onBreak = accepted(withBreak, { type: 'phase/go', id: 'ph7' })
    expect(onBreak.currentDilemmaId).toBe('d1')
    expect(accepted(casework('queued'), { type: 'phase/go', id: 'ph3' }).currentDilemmaId).toBe(
      'd1',
    )
  })

  it('stepping back from the harvest into the casework opens the last discussed dilemma again', () => {
    const start = sessionWith(3, { currentPhaseId: 'ph4', currentDilemmaId: 'd2' })
    const discussed = {
      ...start,
      dilemmas: start.dilemmas.map((d) => ({
        ...d,
        status: d.id === 'd3' ? ('queued' as const) : ('discussed' as const),
      })),
    }
    const harvest = accepted(discussed, { type: 'phase/next' })
    expect(harvest.currentDilemmaId).toBeNull()
    const back = accepted(harvest, { type: 'phase/previous' })
    expect(back.currentDilemmaId).toBe('d2')
    expect(back.dilemmas.map((d) => d.status)).toEqual(['discussed', 'queued', 'queued'])
    // From anywhere else (the explanation before it) nothing is opened.
    const fromExplanation = accepted(
      { ...harvest, currentPhaseId: 'ph3' },
      { type: 'phase/go', id: 'ph4' },
    )
    expect(fromExplanation.currentDilemmaId).toBeNull()
  })

  it('going to the current phase changes nothing, not even the shown principle', () => {
    const start = sessionWith(0, { currentPhaseId: 'ph3', projector: projectorShowing('open') })
    expectNoOp(start, { type: 'phase/go', id: 'ph3' })
    expectNoOp(sessionWith(0), { type: 'phase/go', id: null })
  })

  it('refuses an unknown phase and keeps the current one', () => {
    expectRejected(
      sessionWith(1, { currentPhaseId: 'ph1' }),
      { type: 'phase/go', id: 'd1' },
      'unknown-phase',
    )
  })

  it('refuses a missing id', () => {
    expectInvalid({ type: 'phase/go' })
  })
})

describe('phase/next and phase/previous', () => {
  it('next starts the first phase when none is current', () => {
    const next = accepted(sessionWith(0), { type: 'phase/next' })
    expect(next.currentPhaseId).toBe('ph1')
    expect(phase(next, 'ph1').startedAt).toBe(NOW)
  })

  it('walks through the programme in its order, stamping as goToPhase does', () => {
    let state = accepted(sessionWith(0), { type: 'phase/move', id: 'ph6', toIndex: 0 })
    const visited: (string | null)[] = []
    for (let step = 0; step < 6; step++) {
      state = accepted(state, { type: 'phase/next' }, T0 + step * 1000)
      visited.push(state.currentPhaseId)
    }
    expect(visited).toEqual(['ph6', 'ph1', 'ph2', 'ph3', 'ph4', 'ph5'])
    expect(phase(state, 'ph6')).toMatchObject({ startedAt: T0, endedAt: T0 + 1000 })
    expect(phase(state, 'ph5')).toMatchObject({ startedAt: T0 + 5000, endedAt: null })
  })

  it('next at the last phase is refused with invalid-state', () => {
    expectRejected(
      sessionWith(0, { currentPhaseId: 'ph6' }),
      { type: 'phase/next' },
      'invalid-state',
    )
  })

  it('next and previous in an empty programme are refused', () => {
    const empty = { ...sessionWith(0), phases: [] }
    expectRejected(empty, { type: 'phase/next' }, 'invalid-state')
    expectRejected(empty, { type: 'phase/previous' }, 'invalid-state')
  })

  it('previous goes one back and ends the phase it leaves', () => {
    let state = accepted(sessionWith(0), { type: 'phase/go', id: 'ph3' }, T0)
    state = accepted(state, { type: 'phase/previous' }, T0 + 1000)
    expect(state.currentPhaseId).toBe('ph2')
    expect(phase(state, 'ph3').endedAt).toBe(T0 + 1000)
    expect(phase(state, 'ph2')).toMatchObject({ startedAt: T0 + 1000, endedAt: null })
  })

  it('previous at the first phase or with no current phase is refused', () => {
    expectRejected(
      sessionWith(0, { currentPhaseId: 'ph1' }),
      { type: 'phase/previous' },
      'invalid-state',
    )
    expectRejected(sessionWith(0), { type: 'phase/previous' }, 'invalid-state')
  })

  it('both clear the principle shown on the projector', () => {
    const start = sessionWith(0, { currentPhaseId: 'ph3', projector: projectorShowing('open') })
    expect(accepted(start, { type: 'phase/next' }).projector.principleId).toBeNull()
    expect(accepted(start, { type: 'phase/previous' }).projector.principleId).toBeNull()
  })

  it('refuse extra fields', () => {
    expectInvalid({ type: 'phase/next', id: 'ph2' })
    expectInvalid({ type: 'phase/previous', steps: 2 })
  })
})

describe('phase/finish', () => {
  it('ends the current phase and keeps it current (on screen)', () => {
    let state = accepted(sessionWith(0), { type: 'phase/go', id: 'ph6' }, T0)
    state = accepted(state, { type: 'phase/finish' }, T0 + 9000)
    expect(state.currentPhaseId).toBe('ph6')
    expect(phase(state, 'ph6')).toMatchObject({ startedAt: T0, endedAt: T0 + 9000 })
    expect(state.phases.filter((p) => p.endedAt !== null).map((p) => p.id)).toEqual(['ph6'])
  })

  it('finishing again moves the end time, going back reopens the phase', () => {
    let state = accepted(sessionWith(0), { type: 'phase/go', id: 'ph6' }, T0)
    state = accepted(state, { type: 'phase/finish' }, T0 + 1000)
    state = accepted(state, { type: 'phase/finish' }, T0 + 2000)
    expect(phase(state, 'ph6').endedAt).toBe(T0 + 2000)
    state = accepted(state, { type: 'phase/previous' }, T0 + 3000)
    expect(phase(state, 'ph6').endedAt).toBe(T0 + 3000)
    state = accepted(state, { type: 'phase/next' }, T0 + 4000)
    expect(phase(state, 'ph6')).toMatchObject({ startedAt: T0, endedAt: null })
  })

  it('keeps the shown principle', () => {
    const start = sessionWith(0, { currentPhaseId: 'ph6', projector: projectorShowing('open') })
    expect(accepted(start, { type: 'phase/finish' }).projector.principleId).toBe('open')
  })

  it('without a current phase is refused with invalid-state', () => {
    expectRejected(sessionWith(0), { type: 'phase/finish' }, 'invalid-state')
  })

  it('refuses extra fields', () => {
    expectInvalid({ type: 'phase/finish', id: 'ph6' })
  })
})

describe('starter/edit', () => {
  const start = sessionWith(0)

  it.each<[string, Partial<Session['starter']>]>([
    ['statement', { statement: 'Ik ken de gids.' }],
    ['leftEnd', { leftEnd: 'Oneens' }],
    ['rightEnd', { rightEnd: 'Eens' }],
    ['observation', { observation: 'De meesten stonden links.' }],
  ])('changes only the %s', (_field, change) => {
    expect(accepted(start, { type: 'starter/edit', ...change })).toEqual({
      ...start,
      updatedAt: NOW,
      starter: { ...start.starter, ...change },
    })
  })

  it('keeps text exactly as typed, also empty', () => {
    const next = accepted(start, { type: 'starter/edit', statement: ' a  b ', leftEnd: '' })
    expect(next.starter.statement).toBe(' a  b ')
    expect(next.starter.leftEnd).toBe('')
  })

  it('accepts a statement of 400 characters', () => {
    const statement = 's'.repeat(LIMITS.shortText * 2)
    expect(accepted(start, { type: 'starter/edit', statement }).starter.statement).toBe(statement)
  })

  it.each<[string, unknown]>([
    ['a statement of 401 characters', { statement: 's'.repeat(LIMITS.shortText * 2 + 1) }],
    ['an end of 201 characters', { leftEnd: 'l'.repeat(LIMITS.shortText + 1) }],
    ['an observation that is too long', { observation: 'o'.repeat(LIMITS.longText + 1) }],
    ['a numeric statement', { statement: 1 }],
    ['an extra field', { middle: 'neutraal' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'starter/edit', ...(change as object) })
  })
})
