import type { StandinBrowserWindow } from './browser-window'
import type { StandinWebContents } from './web-contents'

/** Every live window and web contents, and which window has the focus. */
export const registry = {
  windows: new Map<number, StandinBrowserWindow>(),
  contents: new Map<number, StandinWebContents>(),
  focusedWindowId: null as number | null,
}
