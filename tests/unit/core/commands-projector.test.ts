import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import { projectorScreen } from '@core/session/projector-screen'
import type { CommandInput } from '@core/commands/schema'
import { sessionWith, T0, withParticipants } from './fixtures'
import { accepted, expectInvalid, expectRejected, NOW } from './reduce-helpers'

describe('projector/show-principle', () => {
  it('shows every principle of the default deck and changes nothing else', () => {
    const start = createSession(T0)
    for (const principle of start.principles) {
      const next = accepted(start, { type: 'projector/show-principle', principleId: principle.id })
      expect(next).toEqual({ ...start, projector: { principleId: principle.id }, updatedAt: NOW })
      expect(projectorScreen(next)).toEqual({ kind: 'principle', principle, dilemma: null })
    }
  })

  it('switches from one principle to another, and back to the phase screen with null', () => {
    let state = sessionWith(1, { projector: { principleId: 'open' } })
    state = accepted(state, { type: 'projector/show-principle', principleId: 'integer' })
    expect(state.projector.principleId).toBe('integer')
    state = accepted(state, { type: 'projector/show-principle', principleId: null })
    expect(state.projector.principleId).toBeNull()
    expect(projectorScreen(state).kind).toBe('welcome')
  })

  it('shows a principle of a replaced deck', () => {
    const replaced = accepted(sessionWith(0), {
      type: 'principles/replace',
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

  it('refuses an unknown principle: any other kind of id, and prototype keys', () => {
    const start = withParticipants(sessionWith(2, { projector: { principleId: 'open' } }), ['Anna'])
    for (const principleId of ['onbekend', 'd1', 'ph1', 'pp7', 'constructor', 'toString'])
      expectRejected(start, { type: 'projector/show-principle', principleId }, 'unknown-principle')
  })

  it.each<[string, unknown]>([
    ['no principle', {}],
    ['a numeric id', { principleId: 1 }],
    ['an object', { principleId: {} }],
    ['__proto__', { principleId: '__proto__' }],
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
      projector: { principleId: 'open' },
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
        type: 'principles/replace',
        principles: [
          { id: 'eigen', name: 'Eigen', summary: '', explanation: '', color: '#123456' },
        ],
      },
    ],
    ['a new session', { type: 'session/new' }],
    ['a session from the template', { type: 'session/from-template' }],
  ])('%s clears the shown principle', (_label, command) => {
    expect(accepted(showing(), command).projector.principleId).toBeNull()
  })

  it.each<[string, CommandInput]>([
    ['adding a dilemma', { type: 'dilemma/add', title: 'x' }],
    ['counting on a mat', { type: 'tally/adjust', dilemmaId: 'd1', principleId: 'open', delta: 1 }],
    ['editing the principle', { type: 'principle/edit', id: 'open', name: 'Openheid' }],
    ['writing a thread', { type: 'harvest/add', list: 'threads', text: 'x' }],
    ['resetting the default deck', { type: 'principles/reset' }],
    [
      'setting the dilemma discussed',
      { type: 'dilemma/set-status', id: 'd1', status: 'discussed' },
    ],
  ])('%s keeps the shown principle', (_label, command) => {
    expect(accepted(showing(), command).projector.principleId).toBe('open')
  })
})
