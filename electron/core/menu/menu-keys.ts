import type { MenuItemSpec } from './menu-item'
import type { MenuState } from './menu-state'

export const isMac = (state: Pick<MenuState, 'platform'>) => state.platform === 'darwin'

/**
 * The accelerator of a key the presenter page already handles (with its typing guard): shown in
 * the menu but not registered, so the key press still reaches the page and a text field keeps
 * its own keys. macOS does not honour `registerAccelerator: false`; there a single key (B, W,
 * Space…) is left out of the menu, so typing it in a field can never trigger the item.
 */
export function pageKey(
  state: Pick<MenuState, 'platform'>,
  accelerator: string,
): Pick<MenuItemSpec, 'accelerator' | 'registerAccelerator'> {
  const singleKey = !accelerator.includes('+')
  if (isMac(state) && singleKey) return {}
  return { accelerator, registerAccelerator: false }
}
