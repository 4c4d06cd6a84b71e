import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  WebContents,
  webContents as ElectronWebContents,
} from 'electron'
import { app } from './app'
import { StandinBrowserWindow } from './browser-window'
import { startControl } from './control'
import { dialog } from './dialog'
import { ipcMain } from './ipc-main'
import { StandinMenu, StandinMenuItem } from './menu'
import { registry } from './registry'
import { screen } from './screen'
import { protocolModule, sessionModule } from './session'
import { clipboard, powerMonitor, powerSaveBlocker, shell } from './system'

/** docs/api/web-contents.md, the module's static functions. */
const webContents: Pick<
  typeof ElectronWebContents,
  'getAllWebContents' | 'fromId' | 'getFocusedWebContents'
> = {
  getAllWebContents: () =>
    [...registry.contents.values()].map((contents) => contents as unknown as WebContents),
  fromId: (id: number) => registry.contents.get(id) as unknown as WebContents | undefined,
  getFocusedWebContents: () => {
    const id = registry.focusedWindowId
    return id === null ? null : (registry.windows.get(id)?.webContents ?? null)
  },
}

/** The window class's static side, checked against Electron's. */
const BrowserWindow: Pick<
  typeof ElectronBrowserWindow,
  'getAllWindows' | 'getFocusedWindow' | 'fromWebContents' | 'fromId'
> &
  (new (options?: BrowserWindowConstructorOptions) => StandinBrowserWindow) = StandinBrowserWindow

/**
 * The `electron` module as the built main process and electron-log use it, and nothing more:
 * a member main reaches for that is not here is undefined, and main fails as it should.
 */
export const electron = {
  app,
  BrowserWindow,
  webContents,
  ipcMain,
  protocol: protocolModule,
  session: sessionModule,
  screen,
  dialog,
  Menu: StandinMenu,
  MenuItem: StandinMenuItem,
  clipboard,
  shell,
  powerSaveBlocker,
  powerMonitor,
}

/** Called by the resolution hook before main runs: the control, then 'ready' once Chromium is up. */
export function start(): void {
  Object.defineProperty(process.versions, 'electron', { value: '45.5.0', enumerable: true })
  startControl(electron)
  setImmediate(() => {
    app.start().catch((error: unknown) => {
      console.error('electron-standin: Chromium did not start', error)
      process.exit(1)
    })
  })
}
