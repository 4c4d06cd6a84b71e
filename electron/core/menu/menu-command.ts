/**
 * What the native menu asks of the presenter window: things only its page can do, such as
 * opening the shortcut overview or a section. Main sends these on the menu-command channel; the
 * page checks each one with `parseMenuCommand` before acting on it.
 */

/** The presenter sections the menu opens. */
export const MENU_SECTIONS = ['session', 'report', 'displays'] as const
export type MenuSection = (typeof MENU_SECTIONS)[number]

/** File actions go through the page: it sends a field's last typing first and shows the outcome. */
export const MENU_FILE_ACTIONS = ['open', 'save', 'save-as'] as const
export type MenuFileAction = (typeof MENU_FILE_ACTIONS)[number]

/** Matches the limit main puts on the recent-file index it accepts. */
const MAX_RECENT_INDEX = 100

export type MenuCommand =
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'section'; readonly section: MenuSection }
  | { readonly kind: 'file'; readonly action: MenuFileAction }
  | { readonly kind: 'open-recent'; readonly index: number }

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}

function field(payload: object, key: string): unknown {
  return (payload as Record<string, unknown>)[key]
}

/** The command, or null for anything that is not exactly one of them. */
export function parseMenuCommand(payload: unknown): MenuCommand | null {
  if (typeof payload !== 'object' || payload === null) return null
  const keys = Object.keys(payload).sort().join(',')
  const kind = field(payload, 'kind')
  switch (kind) {
    case 'shortcuts':
      return keys === 'kind' ? { kind } : null
    case 'section': {
      const section = field(payload, 'section')
      return keys === 'kind,section' && isOneOf(MENU_SECTIONS, section) ? { kind, section } : null
    }
    case 'file': {
      const action = field(payload, 'action')
      return keys === 'action,kind' && isOneOf(MENU_FILE_ACTIONS, action) ? { kind, action } : null
    }
    case 'open-recent': {
      const index = field(payload, 'index')
      const valid =
        typeof index === 'number' &&
        Number.isInteger(index) &&
        index >= 0 &&
        index <= MAX_RECENT_INDEX
      return keys === 'index,kind' && valid ? { kind, index } : null
    }
    default:
      return null
  }
}
