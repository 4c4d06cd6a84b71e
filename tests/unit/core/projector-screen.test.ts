import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import { projectorScreen } from '@core/session/projector-screen'
import { currentDilemma, shownPrinciple } from '@core/session/selectors'
import { sessionWith, T0 } from './fixtures'

describe('projectorScreen', () => {
  it('shows the welcome screen for a fresh session', () => {
    expect(projectorScreen(createSession(T0))).toEqual({ kind: 'welcome', dilemma: null })
  })

  it('shows the welcome screen with the current dilemma', () => {
    const session = sessionWith(3, { currentDilemmaId: 'd2' })
    expect(projectorScreen(session)).toEqual({ kind: 'welcome', dilemma: session.dilemmas[1] })
  })

  it('shows the chosen principle', () => {
    const session = sessionWith(2, { projector: { principleId: 'integer' } })
    const screen = projectorScreen(session)
    expect(screen.kind).toBe('principle')
    if (screen.kind !== 'principle') return
    expect(screen.principle).toBe(session.principles.find((p) => p.id === 'integer'))
    expect(screen.dilemma).toBeNull()
  })

  it('shows the principle together with the current dilemma', () => {
    const session = sessionWith(2, {
      currentDilemmaId: 'd1',
      projector: { principleId: 'vakkundig' },
    })
    expect(projectorScreen(session)).toEqual({
      kind: 'principle',
      principle: session.principles.find((p) => p.id === 'vakkundig'),
      dilemma: session.dilemmas[0],
    })
  })

  it('falls back to welcome when the shown principle or current dilemma is missing', () => {
    // Not a valid session, but the projector must still render something sensible.
    const session = sessionWith(1, { currentDilemmaId: 'd9', projector: { principleId: 'weg' } })
    expect(projectorScreen(session)).toEqual({ kind: 'welcome', dilemma: null })
  })
})

describe('selectors', () => {
  it('find the current dilemma and the shown principle, or null', () => {
    const session = sessionWith(2, { currentDilemmaId: 'd2', projector: { principleId: 'open' } })
    expect(currentDilemma(session)?.id).toBe('d2')
    expect(shownPrinciple(session)?.id).toBe('open')
    expect(currentDilemma(createSession(T0))).toBeNull()
    expect(shownPrinciple(createSession(T0))).toBeNull()
  })
})
