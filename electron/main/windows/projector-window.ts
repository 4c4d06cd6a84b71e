import { BrowserWindow } from 'electron'
import type { ProjectorPlacement } from '../../core/display/choose-display'
import { pageUrl } from '../../core/security/app-origin'
import { builtPaths, devServerUrl } from '../paths'
import { hardenContents } from './harden-contents'
import { secureWebPreferences } from './web-preferences'

/** Window options for a placement: frameless on the beamer, an ordinary 16:9 window otherwise. */
export function projectorWindowOptions(placement: ProjectorPlacement, title: string) {
  const common = {
    title,
    show: false,
    backgroundColor: '#14213d',
    webPreferences: secureWebPreferences(builtPaths.preload('projector')),
  }
  if (placement.kind === 'fullscreen') {
    const { bounds } = placement.display
    return { ...common, ...bounds, frame: false, resizable: true }
  }
  return {
    ...common,
    ...placement.bounds,
    frame: true,
    resizable: true,
    minWidth: 320,
    minHeight: 180,
  }
}

/** Creates the projector window; moved to its display first, then fullscreen. */
export function createProjectorWindow(placement: ProjectorPlacement, title: string): BrowserWindow {
  const window = new BrowserWindow(projectorWindowOptions(placement, title))
  if (placement.kind === 'window') window.setAspectRatio(16 / 9)
  hardenContents(window.webContents)
  window.once('ready-to-show', () => {
    if (placement.kind === 'fullscreen') {
      window.setBounds(placement.display.bounds)
      window.setFullScreen(true)
    }
    window.showInactive()
  })
  void window.loadURL(pageUrl('projector', devServerUrl()))
  return window
}
