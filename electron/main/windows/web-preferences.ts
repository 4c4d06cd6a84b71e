import type { WebPreferences } from 'electron'

/**
 * The same locked-down preferences for every window of our own pages; only the preload differs.
 * createSecureWindow in secure-window.ts pins the security switches again when the window is made.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
    devTools: true,
  }
}
