import type { StandinBrowserWindow } from './browser-window'
import type { PageMessage } from './page-messages'

type UnhandledKey = Extract<PageMessage, { kind: 'unhandled-key' }>

/**
 * What windows tell the app and the menu, without importing them (the app module decides about
 * 'window-all-closed', the menu about accelerators). Each is set once by its owner.
 */
export const windowEvents: {
  created(window: StandinBrowserWindow): void
  closed(window: StandinBrowserWindow): void
  unhandledKey(window: StandinBrowserWindow, key: UnhandledKey): void
} = {
  created: () => undefined,
  closed: () => undefined,
  unhandledKey: () => undefined,
}
