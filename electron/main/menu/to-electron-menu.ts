import type { MenuItemConstructorOptions } from 'electron'
import type { MenuAction } from '../../core/menu/menu-actions'
import type { MenuItemSpec } from '../../core/menu/menu-item'

/** The menu as data becomes Electron's template; an item with an action gets a click handler. */
export function toElectronTemplate(
  items: readonly MenuItemSpec[],
  run: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return items.map(({ action, submenu, ...item }) => ({
    ...item,
    ...(submenu === undefined ? {} : { submenu: toElectronTemplate(submenu, run) }),
    ...(action === undefined ? {} : { click: () => run(action) }),
  }))
}
