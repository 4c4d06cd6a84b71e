import type { MainMenuAction, MenuAction, SessionMenuAction } from './menu-actions'

export type MenuItemType = 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio'

/** The standard Electron roles the menu uses; each does what the platform expects. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'windowMenu'
  | 'help'

/**
 * One menu item as plain data, shaped like Electron's MenuItemConstructorOptions without the
 * click handler: main adds that, by the item's `action`.
 */
export interface MenuItemSpec {
  readonly id?: string
  readonly type?: MenuItemType
  readonly label?: string
  readonly role?: MenuRole
  readonly accelerator?: string
  /** False: the key is shown but left to the page, which knows when the user is typing. */
  readonly registerAccelerator?: boolean
  readonly visible?: boolean
  readonly enabled?: boolean
  readonly checked?: boolean
  readonly action?: MenuAction
  readonly submenu?: readonly MenuItemSpec[]
}

export const separator: MenuItemSpec = { type: 'separator' }

/** Every item of a template, submenus included, depth first. */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])])
}

/** An item that runs an action without arguments; its id is the action's kind. */
export function actionItem(
  kind: SessionMenuAction | MainMenuAction,
  label: string,
  extra: Omit<MenuItemSpec, 'id' | 'label' | 'action'> = {},
): MenuItemSpec {
  return { id: kind, label, ...extra, action: { kind } }
}
