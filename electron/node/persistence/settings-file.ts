import { oneAtATime } from '../../core/async/one-at-a-time'
import { mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { z } from 'zod'
import { fileStamp } from './autosave-paths'
import { errorCode, retryTransient } from '../../core/persistence/retry'
import { prettyJson, readJsonAs } from '../../core/persistence/safe-json'

/**
 * Far above any settings file the app writes: 100 pending reports with the longest paths, every
 * character escaped, stay under 3 MB.
 */
export const MAX_SETTINGS_BYTES = 4 * 1024 * 1024

export interface SettingsFileOptions<T> {
  readonly dir: string
  /** e.g. "display-settings.json"; a damaged one becomes "display-settings.beschadigd-<stamp>.json". */
  readonly fileName: string
  /** The file's exact shape: anything else counts as damaged. */
  readonly schema: z.ZodType<T>
  /** What a missing or damaged file stands for. */
  readonly defaults: T
  readonly now: () => number
}

export interface LoadedSettings<T> {
  readonly value: T
  /** Where a damaged file was moved to (it is never deleted). */
  readonly movedAside: string | null
}

export interface SettingsFile<T> {
  load(): Promise<LoadedSettings<T>>
  /** Writes atomically; writes never overlap, the last one wins. */
  save(value: T): Promise<void>
}

/**
 * A small remembered-settings file. A damaged file is moved aside and the defaults are used; a
 * file that cannot be read (locked, no rights) or moved is left alone, and nothing is written
 * over it for as long as the app runs.
 */
export function createSettingsFile<T>(options: SettingsFileOptions<T>): SettingsFile<T> {
  const { dir, fileName, defaults } = options
  const path = join(dir, fileName)
  const base = fileName.replace(/\.json$/, '')
  let keepOff = false
  const inTurn = oneAtATime()

  async function moveAside(): Promise<string> {
    const target = join(dir, `${base}.beschadigd-${fileStamp(options.now())}.json`)
    await retryTransient(() => rename(path, target))
    return target
  }

  return {
    async load() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') keepOff = true
        return { value: defaults, movedAside: null }
      }
      const value = readJsonAs(options.schema, text, MAX_SETTINGS_BYTES)
      if (value !== null) return { value, movedAside: null }
      try {
        return { value: defaults, movedAside: await moveAside() }
      } catch {
        keepOff = true
        return { value: defaults, movedAside: null }
      }
    },
    save(value) {
      const text = prettyJson(options.schema.parse(value))
      const write = async () => {
        if (keepOff) return
        await mkdir(dir, { recursive: true })
        await retryTransient(() => writeFileAtomic(path, text, { fsync: true }))
      }
      return inTurn(write)
    },
  }
}
