import { z } from 'zod'

/**
 * What the native menu asks of the presenter window: things only its page can do, such as
 * opening the shortcut overview or a section. Main sends these on the menu-command channel; the
 * page checks each one with `parseMenuCommand` before acting on it.
 */

/** The presenter sections the menu opens. */
export const MENU_SECTIONS = ['session', 'print', 'report', 'team', 'displays'] as const
export type MenuSection = (typeof MENU_SECTIONS)[number]

/** File actions go through the page: it sends a field's last typing first and shows the outcome. */
export const MENU_FILE_ACTIONS = ['open', 'save', 'save-as'] as const
export type MenuFileAction = (typeof MENU_FILE_ACTIONS)[number]

/** Matches the limit main puts on the recent-file index it accepts. */
const MAX_RECENT_INDEX = 100

const menuCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shortcuts') }),
  z.strictObject({ kind: z.literal('section'), section: z.enum(MENU_SECTIONS) }),
  z.strictObject({ kind: z.literal('file'), action: z.enum(MENU_FILE_ACTIONS) }),
  z.strictObject({
    kind: z.literal('open-recent'),
    index: z.number().int().min(0).max(MAX_RECENT_INDEX),
  }),
])

export type MenuCommand = z.infer<typeof menuCommandSchema>

/** The command, or null for anything that is not exactly one of them. */
export function parseMenuCommand(payload: unknown): MenuCommand | null {
  const parsed = menuCommandSchema.safeParse(payload)
  return parsed.success ? parsed.data : null
}
