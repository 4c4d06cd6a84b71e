import { mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { fileStamp } from '../persistence/autosave-paths'
import { errorCode, retryTransient } from '../persistence/retry'
import {
  DEFAULT_DISPLAY_SETTINGS,
  DISPLAY_SETTINGS_FILE,
  parseDisplaySettings,
  serialiseDisplaySettings,
  type DisplaySettings,
} from './display-settings'

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
  const path = join(dir, DISPLAY_SETTINGS_FILE)
  let keepOff = false
  let queue: Promise<void> = Promise.resolve()

  async function moveAside(): Promise<string> {
    const target = join(dir, `display-settings.beschadigd-${fileStamp(now())}.json`)
    await retryTransient(() => rename(path, target))
    return target
  }

  return {
    async load() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        // Missing is normal; unreadable (locked, no rights) is left alone and not overwritten.
        if (errorCode(error) !== 'ENOENT') keepOff = true
        return { settings: DEFAULT_DISPLAY_SETTINGS, movedAside: null }
      }
      const settings = parseDisplaySettings(text)
      if (settings) return { settings, movedAside: null }
      try {
        return { settings: DEFAULT_DISPLAY_SETTINGS, movedAside: await moveAside() }
      } catch {
        keepOff = true
        return { settings: DEFAULT_DISPLAY_SETTINGS, movedAside: null }
      }
    },
    save(settings) {
      const text = serialiseDisplaySettings(settings)
      const write = async () => {
        if (keepOff) return
        await mkdir(dir, { recursive: true })
        await retryTransient(() => writeFileAtomic(path, text, { fsync: true }))
      }
      const next = queue.then(write, write)
      queue = next.catch(() => undefined)
      return next
    },
  }
}
