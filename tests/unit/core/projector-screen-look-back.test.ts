import { describe, expect, it } from 'vitest'
import { reduce } from '@core/commands/reducer'
import { projectorScreen } from '@core/session/projector-screen'
import { PHASE_KINDS, type PhaseKind, type Session } from '@core/session/schema'
import { projectorShowing, sessionWith, T0, withLookBack } from './fixtures'

/** A session made from an earlier one, with its look-back list put on the beamer. */
function shownLookBack(): Session {
  const session = withLookBack(sessionWith(2))
  return { ...session, lookBack: { ...session.lookBack, shown: true } }
}

function inPhase(session: Session, kind: PhaseKind): Session {
  const phase = session.phases.find((p) => p.kind === kind)
  if (!phase) throw new Error(`the default programme has no ${kind} phase`)
  return { ...session, currentPhaseId: phase.id }
}

describe('projectorScreen: the look-back list (Terugblik)', () => {
  it('shows the previous session and its follow-ups with owners, dates and states', () => {
    const session = inPhase(shownLookBack(), 'welcome')
    expect(projectorScreen(session)).toEqual({
      kind: 'look-back',
      from: { title: 'Eerste sessie', date: '2026-10-01' },
      items: session.lookBack.followUps,
    })
  })

  it('shows it before the programme has started too', () => {
    const session = shownLookBack()
    expect(session.currentPhaseId).toBeNull()
    expect(projectorScreen(session).kind).toBe('look-back')
  })

  it('shows the states as the facilitator marks them', () => {
    const result = reduce(
      inPhase(shownLookBack(), 'welcome'),
      { type: 'lookback/set-state', id: 'f2', state: 'done' },
      T0,
    )
    if (!result.ok) throw new Error(result.error.code)
    const screen = projectorScreen(result.session)
    expect(screen.kind === 'look-back' && screen.items.map((item) => item.state)).toEqual([
      'open',
      'done',
      'open',
    ])
  })

  it('keeps the welcome screen while the list is not put up', () => {
    const session = inPhase(withLookBack(sessionWith(2)), 'welcome')
    expect(projectorScreen(session).kind).toBe('welcome')
  })

  it('keeps the welcome screen when there is nothing to look back on', () => {
    const shown = shownLookBack()
    const session = { ...shown, lookBack: { ...shown.lookBack, followUps: [] } }
    expect(projectorScreen(inPhase(session, 'welcome')).kind).toBe('welcome')
  })

  it.each(PHASE_KINDS.filter((kind) => kind !== 'welcome' && kind !== 'other'))(
    'leaves the beamer to the next phase: %s shows its own screen',
    (kind) => {
      expect(projectorScreen(inPhase(shownLookBack(), kind)).kind).not.toBe('look-back')
    },
  )

  it('gives way to black, pause, a break and a principle shown large', () => {
    const session = inPhase(shownLookBack(), 'welcome')
    const black = { ...session, projector: projectorShowing(null, { blackout: 'black' }) }
    const pause = { ...session, projector: projectorShowing(null, { blackout: 'pause' }) }
    const onBreak = { ...session, timers: { ...session.timers, breakEndsAt: T0 + 600_000 } }
    const principle = { ...session, projector: projectorShowing('integer') }
    expect(projectorScreen(black).kind).toBe('black')
    expect(projectorScreen(pause).kind).toBe('pause')
    expect(projectorScreen(onBreak).kind).toBe('break')
    expect(projectorScreen(principle).kind).toBe('principle')
  })
})
