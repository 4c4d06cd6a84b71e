import { createSettingsFile } from './settings-file'
import {
  NO_RECENT_FILES,
  RECENT_FILES_FILE,
  recentFilesFile,
  recentFilesSchema,
} from '../../core/session-file/recent-files'

export interface LoadedRecentFiles {
  readonly paths: readonly string[]
  /** Where a damaged list was moved to (it is never deleted). */
  readonly movedAside: string | null
}

export interface RecentFilesStore {
  load(): Promise<LoadedRecentFiles>
  /** Writes atomically; writes never overlap, the last one wins. */
  save(paths: readonly string[]): Promise<void>
}

/**
 * The recent session files, remembered in `dir` like the display settings: a damaged list is
 * moved aside and the app starts with none; if it cannot be moved, nothing is written over it.
 */
export function createRecentFilesStore(dir: string, now: () => number): RecentFilesStore {
  const file = createSettingsFile({
    dir,
    fileName: RECENT_FILES_FILE,
    schema: recentFilesSchema,
    defaults: NO_RECENT_FILES,
    now,
  })
  return {
    load: async () => {
      const { value, movedAside } = await file.load()
      return { paths: value.paths, movedAside }
    },
    save: (paths) => file.save(recentFilesFile(paths)),
  }
}
