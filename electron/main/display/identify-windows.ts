import type { BrowserWindow } from 'electron'
import type { DisplayInfo } from '../../core/display/choose-display'
import { numberDisplays } from '../../core/display/display-list'
import {
  IDENTIFY_DURATION_MS,
  identifyPageUrl,
  identifyWindowBounds,
} from '../../core/display/identify'
import { loadPage } from '../windows/load-page'
import { createSecureWindow } from '../windows/secure-window'
import { pageWebPreferences } from '../windows/web-preferences'

/**
 * "Schermen herkennen": a small frameless window in the middle of every display, above
 * everything (a fullscreen projector too), showing that display's number for three seconds.
 */
export class IdentifyWindows {
  #windows: BrowserWindow[] = []
  #timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly devServerUrl?: string) {}

  show(displays: readonly DisplayInfo[]): void {
    this.close()
    for (const { display, number } of numberDisplays(displays)) {
      const window = createSecureWindow({
        ...identifyWindowBounds(display.bounds),
        show: false,
        frame: false,
        alwaysOnTop: true,
        skipTaskbar: true,
        focusable: false,
        resizable: false,
        movable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        backgroundColor: '#14213d',
        webPreferences: pageWebPreferences(),
      })
      window.setAlwaysOnTop(true, 'screen-saver')
      window.once('ready-to-show', () => window.showInactive())
      // A number that cannot be shown is simply left out; the others still say which is which.
      void loadPage(window, identifyPageUrl(number, this.devServerUrl), () => window.destroy())
      this.#windows.push(window)
    }
    this.#timer = setTimeout(() => this.close(), IDENTIFY_DURATION_MS)
  }

  close(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    for (const window of this.#windows) if (!window.isDestroyed()) window.destroy()
    this.#windows = []
  }
}
