import { describe, expect, it } from 'vitest'
import {
  isSessionMenuAction,
  MAIN_MENU_ACTIONS,
  MENU_BREAK_MINUTES,
  menuSessionCommands,
  menuStartCommands,
  SESSION_MENU_ACTIONS,
  steppedFontScale,
} from '@core/menu/menu-actions'
import { menuStateFrom, menuStateKey } from '@core/menu/menu-state'
import { stepCommand } from '@core/keys/step'
import { createSession } from '@core/session/default-session'
import type { HistoryState, Session } from '@core/session/schema'
import { freshHost, T0 } from './menu-fixtures'

const session = createSession(T0)
const noHistory: HistoryState = { canUndo: false, canRedo: false }
const withProjector = (projector: Partial<Session['projector']>): Session => ({
  ...session,
  projector: { ...session.projector, ...projector },
})

describe('menuSessionCommands', () => {
  it('undoes and redoes only when the history allows', () => {
    expect(menuSessionCommands(session, noHistory, 'undo')).toEqual([])
    expect(menuSessionCommands(session, noHistory, 'redo')).toEqual([])
    const both = { canUndo: true, canRedo: true }
    expect(menuSessionCommands(session, both, 'undo')).toEqual([{ type: 'history/undo' }])
    expect(menuSessionCommands(session, both, 'redo')).toEqual([{ type: 'history/redo' }])
  })

  it('toggles black and the pause screen, as B and W do', () => {
    expect(menuSessionCommands(session, noHistory, 'black')).toEqual([
      { type: 'projector/blackout', blackout: 'black' },
    ])
    const black = withProjector({ blackout: 'black' })
    expect(menuSessionCommands(black, noHistory, 'black')).toEqual([
      { type: 'projector/blackout', blackout: 'none' },
    ])
    expect(menuSessionCommands(black, noHistory, 'pause-screen')).toEqual([
      { type: 'projector/blackout', blackout: 'pause' },
    ])
  })

  it('makes the beamer text a step larger or smaller, never past the limits', () => {
    expect(menuSessionCommands(session, noHistory, 'font-larger')).toEqual([
      { type: 'projector/set-font-scale', fontScale: 1.1 },
    ])
    expect(menuSessionCommands(session, noHistory, 'font-smaller')).toEqual([
      { type: 'projector/set-font-scale', fontScale: 0.9 },
    ])
    expect(
      menuSessionCommands(withProjector({ fontScale: 1.5 }), noHistory, 'font-larger'),
    ).toEqual([])
    expect(
      menuSessionCommands(withProjector({ fontScale: 0.8 }), noHistory, 'font-smaller'),
    ).toEqual([])
    expect(steppedFontScale(1.2, 1)).toBe(1.3)
    expect(steppedFontScale(0.8, -1)).toBe(0.8)
  })

  it('switches high contrast on and off', () => {
    expect(menuSessionCommands(session, noHistory, 'high-contrast')).toEqual([
      { type: 'projector/set-theme', theme: 'high-contrast' },
    ])
    const contrast = withProjector({ theme: 'high-contrast' })
    expect(menuSessionCommands(contrast, noHistory, 'high-contrast')).toEqual([
      { type: 'projector/set-theme', theme: 'standard' },
    ])
  })

  it('steps with the same logic as PageDown and PageUp', () => {
    expect(menuSessionCommands(session, noHistory, 'next')).toEqual([{ type: 'phase/next' }])
    expect(menuSessionCommands(session, noHistory, 'previous')).toEqual([])
    const started = { ...session, currentPhaseId: session.phases[1]?.id ?? null }
    expect(menuSessionCommands(started, noHistory, 'next')).toEqual(stepCommand(started, 'next'))
    expect(menuSessionCommands(started, noHistory, 'previous')).toEqual([
      { type: 'phase/previous' },
    ])
  })

  it('starts or pauses the timer, as Space does', () => {
    expect(menuSessionCommands(session, noHistory, 'timer')).toEqual([
      { type: 'timer/start', timer: 'phase' },
    ])
  })

  it('starts a break of fifteen minutes, or ends the one that runs', () => {
    expect(menuSessionCommands(session, noHistory, 'break')).toEqual([
      { type: 'timer/start-break', minutes: MENU_BREAK_MINUTES },
    ])
    const onBreak = { ...session, timers: { ...session.timers, breakEndsAt: T0 + 60_000 } }
    expect(menuSessionCommands(onBreak, noHistory, 'break')).toEqual([{ type: 'timer/end-break' }])
  })

  it('starts the programme and lifts a black screen with "Start"', () => {
    const first = session.phases[0]?.id
    expect(menuStartCommands(withProjector({ blackout: 'black' }))).toEqual([
      { type: 'phase/go', id: first },
      { type: 'projector/blackout', blackout: 'none' },
    ])
  })

  it('tells session actions from the others', () => {
    for (const kind of SESSION_MENU_ACTIONS) expect(isSessionMenuAction({ kind })).toBe(true)
    for (const kind of MAIN_MENU_ACTIONS) expect(isSessionMenuAction({ kind })).toBe(false)
    expect(isSessionMenuAction({ kind: 'set-locale', locale: 'en' })).toBe(false)
  })

  it('sends commands the host accepts', () => {
    const host = freshHost()
    host.dispatch({ type: 'dilemma/add', title: 'x' })
    for (const action of SESSION_MENU_ACTIONS) {
      const { session: now, history } = host.getSnapshot()
      for (const command of menuSessionCommands(now, history, action)) {
        expect(host.dispatch(command).ok, `${action}: ${command.type}`).toBe(true)
      }
    }
  })
})

describe('menuStateFrom', () => {
  const env = {
    platform: 'win32',
    appName: "Dansende Dilemma's",
    isDev: false,
    recentFiles: ['a.dilemmas'],
    projectorVisible: true,
    projectorCoversPresenter: false,
  }

  it('reads the language, history, beamer and steps from the snapshot', () => {
    const host = freshHost()
    const before = menuStateFrom(host.getSnapshot(), env)
    expect(before).toMatchObject({
      locale: 'nl',
      canUndo: false,
      canStepNext: true,
      canStepPrevious: false,
      blackout: 'none',
      breakRunning: false,
      recentFiles: ['a.dilemmas'],
    })
    host.dispatch({ type: 'setup/set-locale', locale: 'en' })
    host.dispatch({ type: 'projector/set-theme', theme: 'high-contrast' })
    const after = menuStateFrom(host.getSnapshot(), env)
    expect(after).toMatchObject({ locale: 'en', canUndo: true, highContrast: true })
    expect(menuStateKey(after)).not.toBe(menuStateKey(before))
  })

  it('gives the same key for the same state, so an unrelated change rebuilds nothing', () => {
    const host = freshHost()
    const before = menuStateKey(menuStateFrom(host.getSnapshot(), env))
    host.dispatch({ type: 'dilemma/add', title: 'Een titel die het menu niet toont' })
    host.dispatch({ type: 'history/undo' })
    host.dispatch({ type: 'history/redo' })
    const again = menuStateKey(menuStateFrom(host.getSnapshot(), env))
    expect(again).not.toBe(before)
    host.dispatch({ type: 'setup/edit', title: 'Nog een titel' })
    expect(menuStateKey(menuStateFrom(host.getSnapshot(), env))).toBe(again)
  })
})
