import type { BrowserWindow } from 'electron'

/** How often a window's page is asked for before the window is given up on. */
export const PAGE_LOAD_TRIES = 3
const PAUSE_BETWEEN_TRIES_MS = 300

/**
 * Loads one of our pages into a window. A load can fail for a moment (a virus scanner holding
 * the file, a disk that is slow to wake), so it is tried again. Only when every try failed is
 * `onFailed` told: a window whose page never loads never shows, and the app would seem dead.
 */
export async function loadPage(
  window: BrowserWindow,
  url: string,
  onFailed: () => void,
  pauseMs = PAUSE_BETWEEN_TRIES_MS,
): Promise<void> {
  for (let tries = 0; tries < PAGE_LOAD_TRIES; tries++) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs))
    if (window.isDestroyed()) return
    try {
      await window.loadURL(url)
      return
    } catch {
      // Tried again; whoever is told in the end logs it.
    }
  }
  if (!window.isDestroyed()) onFailed()
}
