import type { WebPreferences } from 'electron'

/**
 * What a window of our own pages adds to the security switches createSecureWindow pins on
 * every window: its preload (none for a page that calls nothing in main), no spellchecker
 * sending words anywhere, and devtools for support.
 */
export function pageWebPreferences(preload?: string): WebPreferences {
  return { ...(preload === undefined ? {} : { preload }), spellcheck: false, devTools: true }
}
