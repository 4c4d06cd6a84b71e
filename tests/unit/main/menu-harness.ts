import type { BrowserWindow, MenuItemConstructorOptions, MessageBoxOptions } from 'electron'
import { vi } from 'vitest'
import { CHANNELS } from '@contract'
import type { DisplayList } from '@core/display/display-list'
import { SessionHost } from '@core/host/session-host'
import { createAppLog } from '@core/log/app-log'
import { createSession } from '@core/session/default-session'
import { startAppMenu, type AppMenu } from '../../../electron/main/menu/app-menu'
import { mainTexts } from '../../../electron/main/texts'
import { FakeBrowserWindow } from './fake-electron'
import type { FakeMenuElectron } from './menu-electron'

export const T0 = Date.UTC(2025, 2, 14, 9, 30)
export const LOG_FOLDER = '/home/anna/.config/Dansende Dilemmas/logs'

function flat(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...flat(Array.isArray(item.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : []),
  ])
}

/**
 * The application menu over a real SessionHost, with the windows, displays and recent files
 * as plain stand-ins, and helpers to read the menu that is set and click its items.
 */
export function createMenuHarness(electron: FakeMenuElectron) {
  FakeBrowserWindow.reset()
  const host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
  const presenter = new FakeBrowserWindow({})
  const state = {
    displays: {
      displays: [],
      projector: 'window',
      coversPresenter: false,
      missingRemembered: null,
      settingsReset: false,
    } as DisplayList,
    recent: [] as string[],
    logLines: [] as string[],
  }
  const windows = {
    showProjector: vi.fn<() => void>(),
    focusPresenter: vi.fn<() => void>(),
    presenterWindow: presenter as unknown as BrowserWindow,
  }
  const displayActions = {
    getDisplays: () => state.displays,
    identifyDisplays: vi.fn<() => void>(),
    setProjectorFullscreenHere: vi.fn((on: boolean) => {
      state.displays = { ...state.displays, coversPresenter: on }
      return state.displays
    }),
  }
  let menu: AppMenu | null = null

  function start(platform = 'win32'): AppMenu {
    menu = startAppMenu({
      host,
      windows,
      displays: displayActions,
      texts: mainTexts,
      recentFiles: () => state.recent,
      logFolder: () => LOG_FOLDER,
      isDev: false,
      log: createAppLog((_level, line) => state.logLines.push(line), { home: '/home/anna' }),
      platform,
    })
    return menu
  }

  /** The template of the menu that is set now. */
  function shown(): MenuItemConstructorOptions[] {
    const menuSet = electron.Menu.setApplicationMenu.mock.lastCall?.[0]
    if (!menuSet) throw new Error('no menu set')
    return menuSet.template
  }

  function item(id: string): MenuItemConstructorOptions {
    const found = flat(shown()).find((candidate) => candidate.id === id)
    if (!found) throw new Error(`no menu item ${id}`)
    return found
  }

  /** Clicks an item as Electron would, and lets what it started finish. */
  async function click(id: string): Promise<void> {
    const handler = item(id).click as (() => void) | undefined
    if (!handler) throw new Error(`${id} has no click handler`)
    handler()
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0))
  }

  return {
    host,
    presenter,
    state,
    windows,
    displayActions,
    start,
    stop: () => menu?.stop(),
    refresh: () => menu?.refresh(),
    shown,
    all: () => flat(shown()),
    item,
    click,
    session: () => host.getSnapshot().session,
    builds: () => electron.Menu.buildFromTemplate.mock.calls.length,
    sentToPresenter: () =>
      presenter.webContents.send.mock.calls
        .filter(([channel]) => channel === CHANNELS.menuCommand)
        .map(([, command]) => command),
    lastMessageBox: () =>
      electron.dialog.showMessageBox.mock.lastCall?.at(-1) as MessageBoxOptions | undefined,
  }
}

export type MenuHarness = ReturnType<typeof createMenuHarness>
