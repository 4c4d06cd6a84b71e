import { describe, expect, it } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import {
  blackoutToggle,
  leaveBlackout,
  rotateCommand,
  shortcutCommands,
  startPresenting,
  timerToggle,
} from '@core/keys/actions'
import {
  KEY_TOKENS,
  normalizeKey,
  presenterShortcutFor,
  SHORTCUT_ACTIONS,
  SHORTCUTS,
} from '@core/keys/shortcuts'
import { previousDilemma, stepCommand, type StepDirection } from '@core/keys/step'
import { currentPhase } from '@core/session/selectors'
import type { Session } from '@core/session/schema'
import { changeDilemma, sessionWith } from './fixtures'
import { accepted } from './reduce-helpers'

/** Applies commands through the real reducer, as the host would, one after the other. */
function apply(session: Session, commands: readonly CommandInput[]): Session {
  return commands.reduce((state, command) => accepted(state, command), session)
}

function step(session: Session, direction: StepDirection): Session {
  return apply(session, stepCommand(session, direction))
}

/** Where the programme stands: the current phase kind and dilemma, as a short label. */
function where(session: Session): string {
  const phase = currentPhase(session)?.kind ?? 'not-started'
  return session.currentDilemmaId && phase === 'casework'
    ? `${phase}:${session.currentDilemmaId}`
    : phase
}

const statuses = (session: Session) => session.dilemmas.map((d) => d.status)

describe('the shortcut table', () => {
  it('lists every action exactly once', () => {
    expect(SHORTCUTS.map((s) => s.action).sort()).toEqual([...SHORTCUT_ACTIONS].sort())
  })

  it('names only known keys and never gives one key two actions', () => {
    const singles = SHORTCUTS.flatMap((s) => s.combos.filter((c) => c.length === 1).flat())
    for (const token of SHORTCUTS.flatMap((s) => s.combos.flat()))
      expect(KEY_TOKENS).toContain(token)
    expect(new Set(singles).size).toBe(singles.length)
  })

  it('maps the keys of issue 4 to their actions, as a clicker and a keyboard send them', () => {
    const cases: [string, string][] = [
      ['PageDown', 'next'],
      ['ArrowRight', 'next'],
      ['ArrowDown', 'next'],
      ['PageUp', 'previous'],
      ['ArrowLeft', 'previous'],
      ['ArrowUp', 'previous'],
      ['b', 'black'],
      ['B', 'black'],
      ['.', 'black'],
      ['w', 'pause'],
      ['W', 'pause'],
      ['F5', 'present'],
      ['Escape', 'leave'],
      ['Esc', 'leave'],
      [' ', 'timer'],
      ['Spacebar', 'timer'],
      ['r', 'rotate'],
      ['F1', 'overview'],
      ['?', 'overview'],
    ]
    for (const [key, action] of cases) expect(presenterShortcutFor(key)?.action, key).toBe(action)
  })

  it('leaves digits and Ctrl combinations to the tally, undo and file listeners', () => {
    for (const key of ['1', '9', 'z', 'y', 'Enter', 'Tab', 'Control', 'a'])
      expect(presenterShortcutFor(key), key).toBeNull()
    const elsewhere = SHORTCUTS.filter((s) => s.handler !== 'presenter-keys').map((s) => s.action)
    expect(elsewhere.sort()).toEqual([
      'open-file',
      'redo',
      'save-file',
      'save-file-as',
      'tally-add',
      'tally-remove',
      'tally-reveal',
      'undo',
    ])
  })

  it('marks the keys a presentation clicker sends', () => {
    const clicker = SHORTCUTS.filter((s) => s.clicker).map((s) => s.action)
    expect(clicker.sort()).toEqual(['black', 'leave', 'next', 'present', 'previous'])
  })

  it('normalizes old key names and letter case', () => {
    expect(normalizeKey('Right')).toBe('ArrowRight')
    expect(normalizeKey('R')).toBe('r')
    expect(normalizeKey('PageDown')).toBe('PageDown')
  })
})

describe('stepCommand', () => {
  it('walks the whole programme and every dilemma forward, then stops at the very end', () => {
    let session = sessionWith(3)
    const seen = [where(session)]
    for (let press = 0; press < 12; press++) {
      const commands = stepCommand(session, 'next')
      if (commands.length === 0) break
      session = apply(session, commands)
      seen.push(where(session))
    }
    expect(seen).toEqual([
      'not-started',
      'welcome',
      'starter',
      'explanation',
      'casework',
      'casework:d1',
      'casework:d2',
      'casework:d3',
      'harvest',
      'closing',
    ])
    expect(stepCommand(session, 'next')).toEqual([])
  })

  it('walks back through the dilemmas and phases to the first phase, then stops', () => {
    let session = sessionWith(2)
    for (let press = 0; press < 6; press++) session = step(session, 'next')
    expect(where(session)).toBe('casework:d2')
    const seen: string[] = []
    for (let press = 0; press < 10; press++) {
      const commands = stepCommand(session, 'previous')
      if (commands.length === 0) break
      session = apply(session, commands)
      seen.push(where(session))
    }
    expect(seen).toEqual(['casework:d1', 'explanation', 'starter', 'welcome'])
    expect(stepCommand(session, 'previous')).toEqual([])
  })

  it('puts the dilemma it goes back from in the queue again, so "next" returns to it', () => {
    let session = sessionWith(3)
    for (let press = 0; press < 6; press++) session = step(session, 'next')
    expect(where(session)).toBe('casework:d2')
    session = step(session, 'previous')
    expect(where(session)).toBe('casework:d1')
    expect(statuses(session)).toEqual(['queued', 'queued', 'queued'])
    session = step(session, 'next')
    expect(where(session)).toBe('casework:d2')
    expect(statuses(session)).toEqual(['discussed', 'queued', 'queued'])
  })

  it('takes the next dilemma in queue order and passes over skipped ones', () => {
    let session = changeDilemma(sessionWith(3), 'd1', (d) => ({ ...d, status: 'skipped' }))
    for (let press = 0; press < 5; press++) session = step(session, 'next')
    expect(where(session)).toBe('casework:d2')
    session = step(session, 'next')
    expect(where(session)).toBe('casework:d3')
    expect(previousDilemma(session)?.id).toBe('d2')
    session = step(session, 'previous')
    expect(where(session)).toBe('casework:d2')
    // d1 was skipped: going back from d2 leaves the dilemmas for the previous phase.
    expect(stepCommand(session, 'previous')).toEqual([{ type: 'phase/previous' }])
  })

  it('goes back to the last discussed dilemma when none is on the floor', () => {
    let session = sessionWith(2)
    for (let press = 0; press < 5; press++) session = step(session, 'next')
    session = apply(session, [{ type: 'dilemma/set-status', id: 'd1', status: 'discussed' }])
    expect(session.currentDilemmaId).toBeNull()
    expect(stepCommand(session, 'previous')).toEqual([{ type: 'dilemma/make-current', id: 'd1' }])
  })

  it('moves between phases when the casework has no dilemmas', () => {
    let session = sessionWith(0)
    for (let press = 0; press < 4; press++) session = step(session, 'next')
    expect(where(session)).toBe('casework')
    expect(stepCommand(session, 'next')).toEqual([{ type: 'phase/next' }])
    expect(stepCommand(session, 'previous')).toEqual([{ type: 'phase/previous' }])
  })

  it('does nothing with an empty programme', () => {
    const session = { ...sessionWith(2), phases: [], currentPhaseId: null }
    expect(stepCommand(session, 'next')).toEqual([])
    expect(stepCommand(session, 'previous')).toEqual([])
  })

  it('does not touch dilemmas outside the casework phase', () => {
    const session = sessionWith(2)
    expect(stepCommand(session, 'next')).toEqual([{ type: 'phase/next' }])
  })
})

describe('beamer, timer and rotate actions', () => {
  it('toggles black and pause, and goes from one straight to the other', () => {
    const base = sessionWith(0)
    const black = apply(base, [blackoutToggle(base, 'black')])
    expect(black.projector.blackout).toBe('black')
    expect(apply(black, [blackoutToggle(black, 'black')]).projector.blackout).toBe('none')
    expect(apply(black, [blackoutToggle(black, 'pause')]).projector.blackout).toBe('pause')
  })

  it('leaves black or pause with Esc, and does nothing otherwise', () => {
    const base = sessionWith(0)
    expect(leaveBlackout(base)).toEqual([])
    const paused = apply(base, [blackoutToggle(base, 'pause')])
    expect(apply(paused, leaveBlackout(paused)).projector.blackout).toBe('none')
  })

  it('starts presenting: the first phase when not started, and the beamer back on', () => {
    const base = sessionWith(0)
    const dark = apply(base, [blackoutToggle(base, 'black')])
    const started = apply(dark, startPresenting(dark))
    expect(where(started)).toBe('welcome')
    expect(started.projector.blackout).toBe('none')
    const later = step(step(started, 'next'), 'next')
    expect(startPresenting(later)).toEqual([])
  })

  it('starts and pauses the phase timer, and the round timer for a variant-2 dilemma', () => {
    let session = sessionWith(1)
    for (let press = 0; press < 5; press++) session = step(session, 'next')
    expect(session.timers.phase.startedAt).not.toBeNull()
    expect(timerToggle(session)).toEqual({ type: 'timer/pause', timer: 'phase' })
    session = apply(session, [timerToggle(session)])
    expect(timerToggle(session)).toEqual({ type: 'timer/start', timer: 'phase' })

    session = apply(session, [{ type: 'dilemma/edit', id: 'd1', variant: 'variant2' }])
    expect(timerToggle(session)).toEqual({ type: 'timer/start', timer: 'round' })
    session = apply(session, [timerToggle(session)])
    expect(session.timers.round.startedAt).not.toBeNull()
    expect(timerToggle(session)).toEqual({ type: 'timer/pause', timer: 'round' })
  })

  it('rotates only the current variant-2 dilemma during casework', () => {
    let session = sessionWith(1)
    for (let press = 0; press < 5; press++) session = step(session, 'next')
    expect(rotateCommand(session)).toEqual([])
    session = apply(session, [{ type: 'dilemma/edit', id: 'd1', variant: 'variant2' }])
    expect(rotateCommand(session)).toEqual([{ type: 'v2/rotate', dilemmaId: 'd1' }])
    session = step(session, 'next')
    expect(where(session)).toBe('harvest')
    expect(rotateCommand(session)).toEqual([])
  })

  it('sends nothing for shortcuts that are not about the session or belong to others', () => {
    const session = sessionWith(0)
    for (const action of ['overview', 'undo', 'redo', 'tally-add', 'tally-remove'] as const)
      expect(shortcutCommands(session, action)).toEqual([])
    expect(shortcutCommands(session, 'black')).toEqual([
      { type: 'projector/blackout', blackout: 'black' },
    ])
  })
})
