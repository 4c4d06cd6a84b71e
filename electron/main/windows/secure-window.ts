import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { hardenContents } from './harden-contents'

/**
 * Every window the app opens is made here. The security switches come after the caller's
 * preferences, so no caller can loosen them; they are written out in this call because
 * Electronegativity reads only the object literal handed to `new BrowserWindow`.
 * `enableBlinkFeatures` is never set (tests/unit/main/window-preferences.test.ts checks that).
 */
export function createSecureWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open a link in a new window, whatever the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  hardenContents(window.webContents)
  return window
}
