import { z } from 'zod'

/** The settings file's name inside the app's data folder. */
export const DISPLAY_SETTINGS_FILE = 'display-settings.json'

const rememberedDisplaySchema = z.strictObject({
  // Electron's display ids are integers that may exceed the safe range on some systems.
  id: z.number().refine(Number.isInteger),
  label: z.string().max(500),
})

/** What is remembered about displays between sessions: only the projector's display. */
export const displaySettingsSchema = z.strictObject({
  version: z.literal(1),
  projectorDisplay: rememberedDisplaySchema.nullable(),
})

export type DisplaySettings = z.infer<typeof displaySettingsSchema>

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { version: 1, projectorDisplay: null }
