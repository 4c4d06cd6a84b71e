import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { WindowActions } from '../../ipc/handler'
import type { SessionHost } from '../../core/host/session-host'
import type { AppLog } from '../../core/log/app-log'
import type { MenuAction } from '../../core/menu/menu-actions'
import type { MenuItemSpec } from '../../core/menu/menu-item'
import { buildMenuTemplate } from '../../core/menu/menu-template'
import { menuStateFrom, menuStateKey, type MenuState } from '../../core/menu/menu-state'
import type { Locale } from '../../core/session/schema'
import type { MainTexts } from '../texts'
import { setMacAboutPanel } from './about-dialog'
import { runMenuAction, type MenuActionPorts } from './run-menu-action'

export interface AppMenuOptions extends Omit<MenuActionPorts, 'texts' | 'displays' | 'host'> {
  readonly host: Pick<SessionHost, 'getSnapshot' | 'dispatch' | 'subscribe'>
  readonly displays: Pick<
    WindowActions,
    'getDisplays' | 'identifyDisplays' | 'setProjectorFullscreenHere'
  >
  readonly texts: (locale: Locale) => MainTexts
  /** The recent session files' names, newest first. */
  readonly recentFiles: () => readonly string[]
  readonly isDev: boolean
  readonly log: AppLog
  readonly platform?: string
}

export interface AppMenu {
  /** Builds the menu again when anything it shows has changed (or always, with `force`). */
  refresh(force?: boolean): void
  stop(): void
}

/** The menu as data becomes Electron's template; an item with an action gets a click handler. */
function toElectronTemplate(
  items: readonly MenuItemSpec[],
  run: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return items.map(({ action, submenu, ...item }) => ({
    ...item,
    ...(submenu === undefined ? {} : { submenu: toElectronTemplate(submenu, run) }),
    ...(action === undefined ? {} : { click: () => run(action) }),
  }))
}

/**
 * The application menu, in the session's language, rebuilt whenever what it shows changes:
 * the language, undo and redo, the beamer, the projector window, the recent files. The menu
 * itself is data (core/menu); this connects its items to main and keeps it current.
 */
export function startAppMenu(options: AppMenuOptions): AppMenu {
  const platform = options.platform ?? process.platform
  const { host } = options
  let shownKey: string | null = null
  let shownLocale: Locale | null = null

  const textsNow = () => options.texts(host.getSnapshot().session.locale)
  const ports: MenuActionPorts = { ...options, texts: textsNow }

  function state(): MenuState {
    const displays = options.displays.getDisplays()
    return menuStateFrom(host.getSnapshot(), {
      platform,
      appName: app.getName(),
      isDev: options.isDev,
      recentFiles: options.recentFiles(),
      projectorVisible: displays.projector !== 'hidden',
      projectorCoversPresenter: displays.coversPresenter,
    })
  }

  function run(action: MenuAction): void {
    void runMenuAction(action, ports)
      .catch(() => options.log.logEvent('menu-action-failed'))
      // A checkbox ticks itself when clicked; a rebuild shows what really happened.
      .finally(() => refresh(true))
  }

  function refresh(force = false): void {
    const next = state()
    const key = menuStateKey(next)
    if (!force && key === shownKey) return
    shownKey = key
    const texts = options.texts(next.locale)
    const template = toElectronTemplate(buildMenuTemplate(texts.menu, next), run)
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
    if (platform === 'darwin' && next.locale !== shownLocale) setMacAboutPanel(texts)
    shownLocale = next.locale
  }

  // After these the projector items may read differently.
  const watched = (_event: unknown, window: BrowserWindow) => {
    const changed = () => refresh()
    window.on('show', changed)
    window.on('hide', changed)
    window.on('enter-full-screen', changed)
    window.on('leave-full-screen', changed)
  }
  app.on('browser-window-created', watched)
  const unsubscribe = host.subscribe(() => refresh())
  refresh(true)

  return {
    refresh,
    stop() {
      unsubscribe()
      app.off('browser-window-created', watched)
    },
  }
}
