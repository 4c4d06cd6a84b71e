import { stepCommand } from '../keys/step'
import type { Blackout, Locale, WindowSnapshot } from '../session/schema'

/** What main knows besides the session. */
export interface MenuEnvironment {
  /** `process.platform`: macOS gets its app menu and its own redo key. */
  readonly platform: string
  readonly appName: string
  /** Reload and the developer tools are offered only while developing. */
  readonly isDev: boolean
  /** The recent session files' names, newest first, as the presenter lists them. */
  readonly recentFiles: readonly string[]
  readonly projectorVisible: boolean
  /** The projector fills the presenter's own screen, as the facilitator asked. */
  readonly projectorCoversPresenter: boolean
}

/** Everything the menu shows that can change: rebuilt whenever one of these differs. */
export interface MenuState extends MenuEnvironment {
  readonly locale: Locale
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly canStepNext: boolean
  readonly canStepPrevious: boolean
  readonly blackout: Blackout
  readonly fontScale: number
  readonly highContrast: boolean
  readonly breakRunning: boolean
}

export function menuStateFrom(snapshot: WindowSnapshot, env: MenuEnvironment): MenuState {
  const { session, history } = snapshot
  return {
    ...env,
    recentFiles: [...env.recentFiles],
    locale: session.locale,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    canStepNext: stepCommand(session, 'next').length > 0,
    canStepPrevious: stepCommand(session, 'previous').length > 0,
    blackout: session.projector.blackout,
    fontScale: session.projector.fontScale,
    highContrast: session.projector.theme === 'high-contrast',
    breakRunning: session.timers.breakEndsAt !== null,
  }
}

/** A key that is equal exactly when the menu would come out the same. */
export function menuStateKey(state: MenuState): string {
  return JSON.stringify(state)
}
