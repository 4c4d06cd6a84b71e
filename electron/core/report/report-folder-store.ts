import { createSettingsFile } from '../persistence/settings-file'
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
  const file = createSettingsFile({
    dir,
    fileName: REPORT_SETTINGS_FILE,
    parse: parseReportFolderSettings,
    serialise: serialiseReportFolderSettings,
    defaults: DEFAULT_REPORT_FOLDER_SETTINGS,
    now,
  })
  const loaded = await file.load()
  let current = loaded.value
  return {
    movedAside: loaded.movedAside,
    get: () => current,
    set(settings) {
      current = withPendingCapped(settings)
      return file.save(current)
    },
  }
}
