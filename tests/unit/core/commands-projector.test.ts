import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import { projectorScreen } from '@core/session/projector-screen'
import type { CommandInput } from '@core/commands/schema'
import { sessionWith, T0, withParticipants, projectorShowing } from './fixtures'
import { accepted, expectInvalid, expectNoOp, expectRejected, NOW } from './reduce-helpers'

describe('projector/show-principle', () => {
  it('shows every principle of the default deck and changes nothing else', () => {
    const start = createSession(T0)
    for (const principle of start.principles) {
      const next = accepted(start, { type: 'projector/show-principle', principleId: principle.id })
      expect(next).toEqual({
        ...start,
        projector: { ...start.projector, principleId: principle.id },
        updatedAt: NOW,
      })
      expect(projectorScreen(next)).toEqual({ kind: 'principle', principle, dilemma: null })
    }
  })

  it('switches from one principle to another, and back to the phase screen with null', () => {
    let state = sessionWith(1, { projector: projectorShowing('open') })
    state = accepted(state, { type: 'projector/show-principle', principleId: 'integer' })
    expect(state.projector.principleId).toBe('integer')
    state = accepted(state, { type: 'projector/show-principle', principleId: null })
    expect(state.projector.principleId).toBeNull()
    expect(projectorScreen(state).kind).toBe('welcome')
  })

  it('showing the principle already shown, or none when none is, changes nothing', () => {
    expectNoOp(sessionWith(1, { projector: projectorShowing('open') }), {
      type: 'projector/show-principle',
      principleId: 'open',
    })
    expectNoOp(sessionWith(1), { type: 'projector/show-principle', principleId: null })
  })

  it('shows a principle of a replaced deck', () => {
    const replaced = accepted(sessionWith(0), {
      type: 'principle/replace-all',
      principles: [{ id: 'eigen', name: 'Eigen', summary: '', explanation: '', color: '#123456' }],
    })
    const next = accepted(replaced, { type: 'projector/show-principle', principleId: 'eigen' })
    expect(next.projector.principleId).toBe('eigen')
    expectRejected(
      replaced,
      { type: 'projector/show-principle', principleId: 'open' },
      'unknown-principle',
    )
  })

  it('refuses an unknown principle: any other kind of id', () => {
    const start = withParticipants(sessionWith(2, { projector: projectorShowing('open') }), [
      'Anna',
    ])
    for (const principleId of ['onbekend', 'd1', 'ph1', 'pp7'])
      expectRejected(start, { type: 'projector/show-principle', principleId }, 'unknown-principle')
  })

  it.each<[string, unknown]>([
    ['no principle', {}],
    ['a numeric id', { principleId: 1 }],
    ['an object', { principleId: {} }],
    ['__proto__', { principleId: '__proto__' }],
    // Names every object has are no ids: a tally keyed by them would read a function.
    ['constructor', { principleId: 'constructor' }],
    ['toString', { principleId: 'toString' }],
    ['an extra field', { principleId: null, blank: true }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'projector/show-principle', ...(change as object) })
  })
})

describe('what hands the projector back to the phase screen', () => {
  const showing = () =>
    sessionWith(3, {
      currentPhaseId: 'ph4',
      currentDilemmaId: 'd1',
      projector: projectorShowing('open'),
    })

  it.each<[string, CommandInput]>([
    ['going to another phase', { type: 'phase/go', id: 'ph5' }],
    ['leaving the programme', { type: 'phase/go', id: null }],
    ['the next phase', { type: 'phase/next' }],
    ['the previous phase', { type: 'phase/previous' }],
    ['another dilemma on the floor', { type: 'dilemma/make-current', id: 'd2' }],
    ['no dilemma on the floor', { type: 'dilemma/make-current', id: null }],
    [
      'a deck without the principle',
      {
        type: 'principle/replace-all',
        principles: [
          { id: 'eigen', name: 'Eigen', summary: '', explanation: '', color: '#123456' },
        ],
      },
    ],
    ['a new session', { type: 'setup/new-session' }],
    ['a session from the template', { type: 'setup/from-template' }],
  ])('%s clears the shown principle', (_label, command) => {
    expect(accepted(showing(), command).projector.principleId).toBeNull()
  })

  it.each<[string, CommandInput]>([
    ['adding a dilemma', { type: 'dilemma/add', title: 'x' }],
    ['counting on a mat', { type: 'tally/adjust', dilemmaId: 'd1', principleId: 'open', delta: 1 }],
    ['editing the principle', { type: 'principle/edit', id: 'open', name: 'Openheid' }],
    ['writing a thread', { type: 'harvest/add', list: 'threads', text: 'x' }],
    ['resetting the default deck', { type: 'principle/reset-all' }],
    [
      'setting the dilemma discussed',
      { type: 'dilemma/set-status', id: 'd1', status: 'discussed' },
    ],
  ])('%s keeps the shown principle', (_label, command) => {
    expect(accepted(showing(), command).projector.principleId).toBe('open')
  })
})

describe('projector/set-timer', () => {
  it.each([
    ['hidden', 'phase'],
    ['phase', 'round'],
    ['round', 'hidden'],
  ] as const)('from %s to %s, changing nothing else', (from, timer) => {
    const start = sessionWith(1, { projector: projectorShowing('open', { timer: from }) })
    const next = accepted(start, { type: 'projector/set-timer', timer })
    expect(next).toEqual({ ...start, projector: { ...start.projector, timer }, updatedAt: NOW })
    expect(projectorScreen(next)).toEqual(projectorScreen(start))
  })

  it('choosing the timer already shown changes nothing', () => {
    expectNoOp(sessionWith(0), { type: 'projector/set-timer', timer: 'hidden' })
  })

  it.each<[string, unknown]>([
    ['no timer', {}],
    ['a break timer', { timer: 'break' }],
    ['null', { timer: null }],
    ['a boolean', { timer: true }],
    ['an extra field', { timer: 'phase', blackout: 'none' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'projector/set-timer', ...(change as object) })
  })
})

describe('projector/blackout', () => {
  it('blacks the beamer out, shows the pause screen, and restores what was there', () => {
    const start = sessionWith(1, { currentPhaseId: 'ph2', projector: projectorShowing('open') })
    const before = projectorScreen(start)
    expect(before.kind).toBe('principle')
    const black = accepted(start, { type: 'projector/blackout', blackout: 'black' })
    expect(black).toEqual({
      ...start,
      projector: { ...start.projector, blackout: 'black' },
      updatedAt: NOW,
    })
    expect(projectorScreen(black)).toEqual({ kind: 'black' })
    const pause = accepted(black, { type: 'projector/blackout', blackout: 'pause' })
    expect(projectorScreen(pause)).toEqual({ kind: 'pause' })
    const back = accepted(pause, { type: 'projector/blackout', blackout: 'none' })
    expect(back.projector).toEqual(start.projector)
    expect(projectorScreen(back)).toEqual(before)
  })

  it('keeps working underneath: a principle chosen while black shows once restored', () => {
    let state = accepted(sessionWith(1), { type: 'projector/blackout', blackout: 'black' })
    state = accepted(state, { type: 'projector/show-principle', principleId: 'integer' })
    expect(projectorScreen(state)).toEqual({ kind: 'black' })
    state = accepted(state, { type: 'projector/blackout', blackout: 'none' })
    expect(projectorScreen(state)).toMatchObject({ kind: 'principle' })
  })

  it('pressing black on a black beamer changes nothing', () => {
    const black = sessionWith(0, { projector: projectorShowing(null, { blackout: 'black' }) })
    expectNoOp(black, { type: 'projector/blackout', blackout: 'black' })
    expectNoOp(sessionWith(0), { type: 'projector/blackout', blackout: 'none' })
  })

  it.each<[string, unknown]>([
    ['no value', {}],
    ['true', { blackout: true }],
    ['white', { blackout: 'white' }],
    ['upper case', { blackout: 'BLACK' }],
    ['an extra field', { blackout: 'black', timer: 'phase' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'projector/blackout', ...(change as object) })
  })
})

describe('projector/set-font-scale', () => {
  it.each([0.8, 0.9, 1.2, 1.5])('accepts %f and changes nothing else', (fontScale) => {
    const start = sessionWith(1)
    const next = accepted(start, { type: 'projector/set-font-scale', fontScale })
    expect(next).toEqual({ ...start, projector: { ...start.projector, fontScale }, updatedAt: NOW })
  })

  it.each([
    [1.2000000000000002, 1.2],
    [0.9000000000000001, 0.9],
    [1.25, 1.3],
    [1.449, 1.4],
    [1.46, 1.5],
    [0.84, 0.8],
  ])('keeps %f to one decimal: %f', (fontScale, kept) => {
    const next = accepted(sessionWith(0), { type: 'projector/set-font-scale', fontScale })
    expect(next.projector.fontScale).toBe(kept)
  })

  it('steps of 0.1, as the + and − buttons send them, never drift', () => {
    let state = sessionWith(0, { projector: projectorShowing(null, { fontScale: 0.8 }) })
    const seen: number[] = []
    while (state.projector.fontScale < 1.5) {
      state = accepted(state, {
        type: 'projector/set-font-scale',
        fontScale: state.projector.fontScale + 0.1,
      })
      seen.push(state.projector.fontScale)
    }
    expect(seen).toEqual([0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5])
    while (state.projector.fontScale > 0.8)
      state = accepted(state, {
        type: 'projector/set-font-scale',
        fontScale: state.projector.fontScale - 0.1,
      })
    expect(state.projector.fontScale).toBe(0.8)
  })

  it('a size that rounds to the current one changes nothing', () => {
    expectNoOp(sessionWith(0), { type: 'projector/set-font-scale', fontScale: 1 })
    expectNoOp(sessionWith(0), { type: 'projector/set-font-scale', fontScale: 1.04 })
  })

  it.each<[string, unknown]>([
    ['below 0.8', { fontScale: 0.79 }],
    ['above 1.5', { fontScale: 1.51 }],
    ['a hair above 1.5', { fontScale: 1.5000000000000002 }],
    ['zero', { fontScale: 0 }],
    ['negative', { fontScale: -1 }],
    ['NaN', { fontScale: Number.NaN }],
    ['Infinity', { fontScale: Infinity }],
    ['text', { fontScale: '1.2' }],
    ['no value', {}],
    ['an extra field', { fontScale: 1, theme: 'standard' }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'projector/set-font-scale', ...(change as object) })
  })
})

describe('projector/set-theme', () => {
  it('switches to high contrast and back, changing nothing else', () => {
    const start = sessionWith(1, { projector: projectorShowing('open') })
    const high = accepted(start, { type: 'projector/set-theme', theme: 'high-contrast' })
    expect(high).toEqual({
      ...start,
      projector: { ...start.projector, theme: 'high-contrast' },
      updatedAt: NOW,
    })
    expect(projectorScreen(high)).toEqual(projectorScreen(start))
    const back = accepted(high, { type: 'projector/set-theme', theme: 'standard' })
    expect(back.projector).toEqual(start.projector)
  })

  it('choosing the theme already in use changes nothing', () => {
    expectNoOp(sessionWith(0), { type: 'projector/set-theme', theme: 'standard' })
  })

  it.each<[string, unknown]>([
    ['an unknown theme', { theme: 'dark' }],
    ['no theme', {}],
    ['null', { theme: null }],
    ['an extra field', { theme: 'standard', fontScale: 1 }],
  ])('refuses %s', (_label, change) => {
    expectInvalid({ type: 'projector/set-theme', ...(change as object) })
  })
})

describe('moving through the programme and the dilemmas', () => {
  it.each<[string, CommandInput]>([
    ['the next phase', { type: 'phase/next' }],
    ['another phase', { type: 'phase/go', id: 'ph5' }],
    ['leaving the programme', { type: 'phase/go', id: null }],
    ['another dilemma', { type: 'dilemma/make-current', id: 'd2' }],
    ['a session from the template', { type: 'setup/from-template' }],
  ])('%s keeps the beamer’s text size and theme', (_label, command) => {
    const start = sessionWith(3, {
      currentPhaseId: 'ph4',
      currentDilemmaId: 'd1',
      projector: projectorShowing('open', { fontScale: 1.3, theme: 'high-contrast' }),
    })
    const next = accepted(start, command)
    expect(next.projector.fontScale).toBe(1.3)
    expect(next.projector.theme).toBe('high-contrast')
  })

  it.each<[string, CommandInput]>([
    ['the next phase', { type: 'phase/next' }],
    ['another dilemma', { type: 'dilemma/make-current', id: 'd2' }],
    ['counting on a mat', { type: 'tally/adjust', dilemmaId: 'd1', principleId: 'open', delta: 1 }],
  ])('%s keeps a dark beamer dark and the chosen timer shown', (_label, command) => {
    const start = sessionWith(3, {
      currentPhaseId: 'ph4',
      currentDilemmaId: 'd1',
      projector: projectorShowing(null, { blackout: 'black', timer: 'phase' }),
    })
    const next = accepted(start, command)
    expect(next.projector.blackout).toBe('black')
    expect(next.projector.timer).toBe('phase')
    expect(projectorScreen(next)).toEqual({ kind: 'black' })
  })
})
