import type { BrowserWindow } from 'electron'
import type { ProjectorPlacement } from '../../core/display/choose-display'
import { pageUrl } from '../../core/app-origin'
import { builtPaths, devServerUrl } from '../paths'
import { loadPage } from './load-page'
import { createSecureWindow } from './secure-window'
import { pageWebPreferences } from './web-preferences'

const ASPECT = 16 / 9

/**
 * Window options for a placement. The projector always has a frame: fullscreen hides it, and a
 * projector that must leave its beamer (unplugged, or shrunk back from covering the presenter)
 * becomes an ordinary window the facilitator can move, without a new window or a reload.
 */
export function projectorWindowOptions(placement: ProjectorPlacement, title: string) {
  const bounds = placement.kind === 'fullscreen' ? placement.display.bounds : placement.bounds
  return {
    title,
    show: false,
    backgroundColor: '#14213d',
    autoHideMenuBar: true,
    webPreferences: pageWebPreferences(builtPaths.preload('projector')),
    ...bounds,
    frame: true,
    resizable: true,
    minWidth: 320,
    minHeight: 180,
  }
}

/** The moves for a placement, once the window is out of fullscreen: first move, then fullscreen. */
function moveTo(window: BrowserWindow, placement: ProjectorPlacement): void {
  if (placement.kind === 'fullscreen') {
    window.setAspectRatio(0)
    window.setBounds(placement.display.bounds)
    window.setFullScreen(true)
  } else {
    window.setBounds(placement.bounds)
    window.setAspectRatio(ASPECT)
  }
}

/**
 * Puts an existing projector window in its new place. A fullscreen window cannot be moved, so it
 * leaves fullscreen first; that is immediate on Windows and Linux and animated on macOS, where
 * the move waits for it.
 */
export function applyProjectorPlacement(
  window: BrowserWindow,
  placement: ProjectorPlacement,
): void {
  if (!window.isFullScreen()) {
    moveTo(window, placement)
    return
  }
  window.setFullScreen(false)
  if (window.isFullScreen()) window.once('leave-full-screen', () => moveTo(window, placement))
  else moveTo(window, placement)
}

/** Creates the projector window; moved to its display first, then fullscreen. */
export function createProjectorWindow(
  placement: ProjectorPlacement,
  title: string,
  onLoadFailed: () => void = () => undefined,
): BrowserWindow {
  const window = createSecureWindow(projectorWindowOptions(placement, title))
  if (placement.kind === 'window') window.setAspectRatio(ASPECT)
  window.once('ready-to-show', () => {
    if (placement.kind === 'fullscreen') {
      window.setBounds(placement.display.bounds)
      window.setFullScreen(true)
    }
    window.showInactive()
  })
  void loadPage(window, pageUrl('projector', devServerUrl()), onLoadFailed)
  return window
}
