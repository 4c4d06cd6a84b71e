import { createSettingsFile } from '../persistence/settings-file'
import {
  DEFAULT_REPORT_FOLDER_SETTINGS,
  MAX_PENDING_REPORTS,
  REPORT_SETTINGS_FILE,
  reportFolderSettingsSchema,
  withTrustedPending,
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
  /** How many pending reports were forgotten because they could not be trusted. */
  readonly droppedPending: number
}

/** Keeps the newest pending reports when there are too many to remember. */
export function withPendingCapped(settings: ReportFolderSettings): ReportFolderSettings {
  if (settings.pending.length <= MAX_PENDING_REPORTS) return settings
  return { ...settings, pending: settings.pending.slice(-MAX_PENDING_REPORTS) }
}

/**
 * Reads the settings in `dir` and keeps them. A damaged file is moved aside and the defaults are
 * used; if it cannot be moved (or cannot be read), it is left alone and nothing is written over
 * it: the choice then lasts until the app closes. Pending reports that are not a file directly
 * in `fallbackFolder` with a plain name are forgotten, and the file is written without them
 * (their files, if any, are left alone).
 */
export async function loadReportFolderStore(
  dir: string,
  now: () => number,
  fallbackFolder: string,
): Promise<LoadedReportFolderStore> {
  const file = createSettingsFile({
    dir,
    fileName: REPORT_SETTINGS_FILE,
    schema: reportFolderSettingsSchema,
    defaults: DEFAULT_REPORT_FOLDER_SETTINGS,
    now,
  })
  const loaded = await file.load()
  let current = withTrustedPending(loaded.value, fallbackFolder)
  const droppedPending = loaded.value.pending.length - current.pending.length
  // Kept in memory even if the file cannot be written now; the next change writes it again.
  if (droppedPending > 0) await file.save(current).catch(() => undefined)
  return {
    movedAside: loaded.movedAside,
    droppedPending,
    get: () => current,
    set(settings) {
      current = withPendingCapped(settings)
      return file.save(current)
    },
  }
}
