import { mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { fileStamp } from '../persistence/autosave-paths'
import { errorCode, retryTransient } from '../persistence/retry'
import {
  DEFAULT_REPORT_FOLDER_SETTINGS,
  MAX_PENDING_REPORTS,
  parseReportFolderSettings,
  REPORT_SETTINGS_FILE,
  serialiseReportFolderSettings,
  type ReportFolderSettings,
} from './report-folder-settings'

/** The remembered report folder and the reports waiting in the fallback folder. */
export interface ReportFolderStore {
  get(): ReportFolderSettings
  /** Takes effect at once; written atomically, writes never overlap and the last one wins. */
  set(settings: ReportFolderSettings): Promise<void>
}

export interface LoadedReportFolderStore extends ReportFolderStore {
  /** Where a damaged settings file was moved to (it is never deleted). */
  readonly movedAside: string | null
}

/** Keeps the newest pending reports when there are too many to remember. */
export function withPendingCapped(settings: ReportFolderSettings): ReportFolderSettings {
  if (settings.pending.length <= MAX_PENDING_REPORTS) return settings
  return { ...settings, pending: settings.pending.slice(-MAX_PENDING_REPORTS) }
}

/**
 * Reads the settings in `dir` and keeps them. A damaged file is moved aside and the defaults are
 * used; if it cannot be moved (or cannot be read), it is left alone and nothing is written over
 * it: the choice then lasts until the app closes.
 */
export async function loadReportFolderStore(
  dir: string,
  now: () => number,
): Promise<LoadedReportFolderStore> {
  const path = join(dir, REPORT_SETTINGS_FILE)
  let keepOff = false
  let movedAside: string | null = null
  let current = DEFAULT_REPORT_FOLDER_SETTINGS
  let queue: Promise<void> = Promise.resolve()

  try {
    const text = await readFile(path, 'utf8')
    const parsed = parseReportFolderSettings(text)
    if (parsed) {
      current = parsed
    } else {
      const target = join(dir, `report-settings.beschadigd-${fileStamp(now())}.json`)
      try {
        await retryTransient(() => rename(path, target))
        movedAside = target
      } catch {
        keepOff = true
      }
    }
  } catch (error) {
    // Missing is normal; unreadable (locked, no rights) is left alone and not overwritten.
    if (errorCode(error) !== 'ENOENT') keepOff = true
  }

  return {
    movedAside,
    get: () => current,
    set(settings) {
      current = withPendingCapped(settings)
      const text = serialiseReportFolderSettings(current)
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
