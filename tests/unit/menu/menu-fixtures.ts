import { SessionHost } from '@core/host/session-host'
import type { MenuState } from '@core/menu/menu-state'
import { createSession } from '@core/session/default-session'

export const T0 = Date.UTC(2025, 2, 14, 9, 30)

/** The menu's state for a fresh session on Windows, with `changes` on top. */
export function menuState(changes: Partial<MenuState> = {}): MenuState {
  return {
    locale: 'nl',
    platform: 'win32',
    appName: "Dansende Dilemma's",
    isDev: false,
    recentFiles: [],
    canUndo: false,
    canRedo: false,
    canStepNext: true,
    canStepPrevious: false,
    blackout: 'none',
    fontScale: 1,
    highContrast: false,
    breakRunning: false,
    projectorVisible: true,
    projectorCoversPresenter: false,
    ...changes,
  }
}

export function freshHost(): SessionHost {
  return new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
}
