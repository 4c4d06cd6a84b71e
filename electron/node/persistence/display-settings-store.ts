import { createSettingsFile } from './settings-file'
import {
  DEFAULT_DISPLAY_SETTINGS,
  DISPLAY_SETTINGS_FILE,
  displaySettingsSchema,
  type DisplaySettings,
} from '../../core/display/display-settings'

export interface LoadedDisplaySettings {
  readonly settings: DisplaySettings
  /** Where a damaged settings file was moved to (it is never deleted). */
  readonly movedAside: string | null
}

export interface DisplaySettingsStore {
  load(): Promise<LoadedDisplaySettings>
  /** Writes atomically; writes never overlap, the last one wins. */
  save(settings: DisplaySettings): Promise<void>
}

/**
 * The remembered display choice in `dir`. A damaged file is moved aside and the defaults are
 * used; if it cannot be moved, it is left alone and nothing is written over it.
 */
export function createDisplaySettingsStore(dir: string, now: () => number): DisplaySettingsStore {
  const file = createSettingsFile({
    dir,
    fileName: DISPLAY_SETTINGS_FILE,
    schema: displaySettingsSchema,
    defaults: DEFAULT_DISPLAY_SETTINGS,
    now,
  })
  return {
    load: async () => {
      const { value, movedAside } = await file.load()
      return { settings: value, movedAside }
    },
    save: (settings) => file.save(settings),
  }
}
