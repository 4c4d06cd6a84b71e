import type { CommandInput } from '../commands/schema'
import { blackoutToggle, startPresenting, timerToggle } from '../keys/actions'
import { stepCommand } from '../keys/step'
import { FONT_SCALE, type HistoryState, type Locale, type Session } from '../session/schema'

/** Menu items that change the session: each becomes ordinary commands for the host. */
export const SESSION_MENU_ACTIONS = [
  'undo',
  'redo',
  'black',
  'pause-screen',
  'font-larger',
  'font-smaller',
  'high-contrast',
  'next',
  'previous',
  'timer',
  'break',
] as const
export type SessionMenuAction = (typeof SESSION_MENU_ACTIONS)[number]

/** Menu items that main carries out itself, or hands to the presenter page. */
export const MAIN_MENU_ACTIONS = [
  'new-session',
  'template',
  'open-file',
  'save-file',
  'save-file-as',
  'open-report',
  'open-print',
  'open-team',
  'show-projector',
  'identify-displays',
  'shortcuts',
  'start',
  'open-logs',
  'about',
] as const
export type MainMenuAction = (typeof MAIN_MENU_ACTIONS)[number]

export type MenuAction =
  | { readonly kind: SessionMenuAction }
  | { readonly kind: MainMenuAction }
  | { readonly kind: 'open-recent'; readonly index: number }
  | { readonly kind: 'projector-fullscreen-here'; readonly on: boolean }
  | { readonly kind: 'set-locale'; readonly locale: Locale }

/** The length of a break started from the menu; the presenter's break control offers others. */
export const MENU_BREAK_MINUTES = 15

export function isSessionMenuAction(
  action: MenuAction,
): action is { readonly kind: SessionMenuAction } {
  return (SESSION_MENU_ACTIONS as readonly string[]).includes(action.kind)
}

/** One step of the beamer's text size, kept to one decimal and inside the allowed range. */
export function steppedFontScale(current: number, direction: 1 | -1): number {
  const next = Math.round((current + direction * FONT_SCALE.step) * 10) / 10
  return Math.min(FONT_SCALE.max, Math.max(FONT_SCALE.min, next))
}

/**
 * The commands a session menu item sends, in order, given the session as it is now; empty when
 * there is nothing to do (nothing to undo, the largest text size already).
 */
export function menuSessionCommands(
  session: Session,
  history: HistoryState,
  action: SessionMenuAction,
): CommandInput[] {
  const { projector } = session
  switch (action) {
    case 'undo':
      return history.canUndo ? [{ type: 'history/undo' }] : []
    case 'redo':
      return history.canRedo ? [{ type: 'history/redo' }] : []
    case 'black':
      return [blackoutToggle(session, 'black')]
    case 'pause-screen':
      return [blackoutToggle(session, 'pause')]
    case 'font-larger':
    case 'font-smaller': {
      const fontScale = steppedFontScale(projector.fontScale, action === 'font-larger' ? 1 : -1)
      return fontScale === projector.fontScale
        ? []
        : [{ type: 'projector/set-font-scale', fontScale }]
    }
    case 'high-contrast':
      return [
        {
          type: 'projector/set-theme',
          theme: projector.theme === 'high-contrast' ? 'standard' : 'high-contrast',
        },
      ]
    case 'next':
    case 'previous':
      return stepCommand(session, action)
    case 'timer':
      return [timerToggle(session)]
    case 'break':
      return session.timers.breakEndsAt === null
        ? [{ type: 'timer/start-break', minutes: MENU_BREAK_MINUTES }]
        : [{ type: 'timer/end-break' }]
    default:
      return action satisfies never
  }
}

/** "Start": the programme begins and a black or pause screen lifts; main shows the projector. */
export function menuStartCommands(session: Session): CommandInput[] {
  return startPresenting(session)
}
