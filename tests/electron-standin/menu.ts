import type {
  BaseWindow,
  BrowserWindow,
  KeyboardEvent,
  Menu,
  MenuItem,
  MenuItemConstructorOptions,
} from 'electron'
import { matchesAccelerator } from './accelerator'
import { app } from './app'
import type { StandinBrowserWindow } from './browser-window'
import { windowEvents } from './window-events'

type Role = NonNullable<MenuItemConstructorOptions['role']>
type Click = NonNullable<MenuItemConstructorOptions['click']>

/**
 * The accelerators roles bring along on Windows and Linux (Electron's roles table). Editing
 * roles are left out: Chromium's own editing in the page answers those keys.
 */
const ROLE_ACCELERATORS: Partial<Record<Role, string>> = {
  quit: 'Control+Q',
  close: 'CommandOrControl+W',
  minimize: 'CommandOrControl+M',
  reload: 'CmdOrCtrl+R',
  forceReload: 'Shift+CmdOrCtrl+R',
  toggleDevTools: 'Ctrl+Shift+I',
  resetZoom: 'CommandOrControl+0',
  zoomIn: 'CommandOrControl+Plus',
  zoomOut: 'CommandOrControl+-',
  togglefullscreen: 'F11',
}

/** What a role does when clicked; false when it does nothing here, so the item's click runs. */
function runRole(role: Role | undefined, window: StandinBrowserWindow | null): boolean {
  switch (role) {
    case 'quit':
      app.quit()
      return true
    case 'close':
      window?.close()
      return true
    case 'minimize':
      window?.minimize()
      return true
    case 'togglefullscreen':
      window?.setFullScreen(!window.isFullScreen())
      return true
    case 'reload':
    case 'forceReload':
      window?.contents.reload()
      return true
    default:
      // Editing, zoom and the devtools act in the page or need a real window: the stand-in
      // leaves them, and an item with such a role and its own click runs its click.
      return false
  }
}

/** docs/api/menu-item.md */
export class StandinMenuItem {
  id: string
  label: string
  type: NonNullable<MenuItemConstructorOptions['type']>
  role?: Role
  accelerator: string | null
  registerAccelerator: boolean
  enabled: boolean
  visible: boolean
  checked: boolean
  sublabel: string
  toolTip: string
  submenu?: Menu
  menu: Menu | null = null
  readonly #click: Click | undefined

  constructor(options: MenuItemConstructorOptions) {
    if (options.label === undefined && options.role === undefined && options.type === undefined) {
      throw new Error(
        'Invalid template for MenuItem: must have at least one of label, role or type',
      )
    }
    const submenu = options.submenu
    this.submenu =
      submenu === undefined
        ? undefined
        : Array.isArray(submenu)
          ? StandinMenu.buildFromTemplate(submenu)
          : (submenu as Menu)
    this.type = options.type ?? (this.submenu ? 'submenu' : 'normal')
    this.id = options.id ?? ''
    this.label = options.label ?? ''
    this.role = options.role
    this.accelerator =
      options.accelerator ?? (options.role ? (ROLE_ACCELERATORS[options.role] ?? null) : null)
    this.registerAccelerator = options.registerAccelerator ?? true
    this.enabled = options.enabled ?? true
    this.visible = options.visible ?? true
    this.checked = options.checked ?? false
    this.sublabel = options.sublabel ?? ''
    this.toolTip = options.toolTip ?? ''
    this.#click = options.click
  }

  /**
   * As a click in the menu: a checkbox flips and a radio item is chosen first, then the role's
   * action, or else the item's own click (menuItem, focusedWindow, event).
   */
  click(event?: KeyboardEvent, focusedWindow?: BaseWindow): void {
    if (this.type === 'checkbox') this.checked = !this.checked
    if (this.type === 'radio') {
      for (const sibling of (this.menu as unknown as StandinMenu | null)?.items ?? []) {
        if (sibling.type === 'radio') sibling.checked = sibling === (this as unknown as MenuItem)
      }
    }
    const window = (focusedWindow as unknown as StandinBrowserWindow | undefined) ?? null
    if (runRole(this.role, window)) return
    this.#click?.(
      this as unknown as MenuItem,
      focusedWindow as unknown as BrowserWindow | undefined,
      event ?? {
        triggeredByAccelerator: false,
        shiftKey: false,
        ctrlKey: false,
        altKey: false,
        metaKey: false,
      },
    )
  }
}

let applicationMenu: StandinMenu | null = null

/** docs/api/menu.md */
export class StandinMenu {
  items: MenuItem[] = []

  static buildFromTemplate(template: Array<MenuItemConstructorOptions | MenuItem>): Menu {
    const menu = new StandinMenu()
    for (const entry of template) {
      const item =
        entry instanceof StandinMenuItem
          ? entry
          : new StandinMenuItem(entry as MenuItemConstructorOptions)
      menu.append(item as unknown as MenuItem)
    }
    return menu as unknown as Menu
  }

  static setApplicationMenu(menu: Menu | null): void {
    applicationMenu = menu as unknown as StandinMenu | null
  }

  static getApplicationMenu(): Menu | null {
    return applicationMenu as unknown as Menu | null
  }

  append(item: MenuItem): void {
    this.insert(this.items.length, item)
  }

  insert(position: number, item: MenuItem): void {
    ;(item as unknown as StandinMenuItem).menu = this as unknown as Menu
    this.items.splice(position, 0, item)
  }

  getMenuItemById(id: string): MenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item
      const found = (item.submenu as unknown as StandinMenu | undefined)?.getMenuItemById(id)
      if (found) return found
    }
    return null
  }
}

function* allItems(menu: StandinMenu): Generator<StandinMenuItem> {
  for (const item of menu.items) {
    const standin = item as unknown as StandinMenuItem
    yield standin
    if (standin.submenu) yield* allItems(standin.submenu as unknown as StandinMenu)
  }
}

// A key the page left alone reaches the application menu's accelerators (Windows and Linux).
windowEvents.unhandledKey = (window, key) => {
  if (applicationMenu === null) return
  for (const item of allItems(applicationMenu)) {
    if (!item.enabled || !item.registerAccelerator || item.accelerator === null) continue
    if (!matchesAccelerator(item.accelerator, key)) continue
    item.click(
      {
        triggeredByAccelerator: true,
        shiftKey: key.shift,
        ctrlKey: key.control,
        altKey: key.alt,
        metaKey: key.meta,
      },
      window as unknown as BaseWindow,
    )
    return
  }
}
