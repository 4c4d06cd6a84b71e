import type { CommandInput } from '../commands/schema'
import type { Session, TimerName } from '../session/schema'
import { currentDilemma, currentPhase } from '../session/selectors'
import type { ShortcutAction } from './shortcuts'
import { stepCommand } from './step'

/** B and "." toggle black, W toggles the pause screen; from one straight to the other. */
export function blackoutToggle(session: Session, screen: 'black' | 'pause'): CommandInput {
  const blackout = session.projector.blackout === screen ? 'none' : screen
  return { type: 'projector/blackout', blackout }
}

/** Esc: back from black or the pause screen; nothing when the beamer shows the session. */
export function leaveBlackout(session: Session): CommandInput[] {
  return session.projector.blackout === 'none'
    ? []
    : [{ type: 'projector/blackout', blackout: 'none' }]
}

/** The current dilemma when it is being discussed in variant 2 during casework. */
function variant2Dilemma(session: Session) {
  const dilemma = currentDilemma(session)
  const inCasework = currentPhase(session)?.kind === 'casework'
  return inCasework && dilemma?.variant === 'variant2' ? dilemma : null
}

/** Space works the round timer while a variant-2 dilemma is on the floor, else the phase timer. */
export function spaceTimer(session: Session): TimerName {
  return variant2Dilemma(session) ? 'round' : 'phase'
}

/** Space: start the timer when it stands still, pause it when it runs. */
export function timerToggle(session: Session): CommandInput {
  const timer = spaceTimer(session)
  const running = session.timers[timer].startedAt !== null
  return { type: running ? 'timer/pause' : 'timer/start', timer }
}

/** R: rotate the speakers of the current variant-2 dilemma; nothing in any other situation. */
export function rotateCommand(session: Session): CommandInput[] {
  const dilemma = variant2Dilemma(session)
  return dilemma ? [{ type: 'v2/rotate', dilemmaId: dilemma.id }] : []
}

/**
 * F5, "start presenting": starts the programme when it has not started and lifts a black or
 * pause screen. Showing the projector window is main's part, asked for separately.
 */
export function startPresenting(session: Session): CommandInput[] {
  const first = session.phases[0]
  const start: CommandInput[] =
    session.currentPhaseId === null && first ? [{ type: 'phase/go', id: first.id }] : []
  return [...start, ...leaveBlackout(session)]
}

/**
 * The commands a shortcut sends, in order, given the session as it is now. Empty when the
 * shortcut has nothing to do, or when it is not about the session (the overview) or another
 * listener handles it (undo, redo, the tally).
 */
export function shortcutCommands(session: Session, action: ShortcutAction): CommandInput[] {
  switch (action) {
    case 'next':
    case 'previous':
      return stepCommand(session, action)
    case 'black':
    case 'pause':
      return [blackoutToggle(session, action)]
    case 'leave':
      return leaveBlackout(session)
    case 'present':
      return startPresenting(session)
    case 'timer':
      return [timerToggle(session)]
    case 'rotate':
      return rotateCommand(session)
    case 'overview':
    case 'undo':
    case 'redo':
    case 'tally-add':
    case 'tally-remove':
    case 'tally-reveal':
    case 'save-file':
    case 'save-file-as':
    case 'open-file':
      return []
    default:
      return action satisfies never
  }
}
