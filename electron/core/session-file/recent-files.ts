import { z } from 'zod'

/** The recent-files list's name inside the app's data folder. */
export const RECENT_FILES_FILE = 'recent-session-files.json'
export const MAX_RECENT_FILES = 8

export const recentFilesSchema = z.strictObject({
  version: z.literal(1),
  paths: z.array(z.string().min(1).max(4096)).max(MAX_RECENT_FILES),
})
export type RecentFilesFile = z.infer<typeof recentFilesSchema>

export const NO_RECENT_FILES: RecentFilesFile = { version: 1, paths: [] }

/** The list as it is written: at most eight. */
export function recentFilesFile(paths: readonly string[]): RecentFilesFile {
  return { version: 1, paths: paths.slice(0, MAX_RECENT_FILES) }
}

/** Most recent first, each path once, at most eight. */
export function withRecent(paths: readonly string[], path: string): string[] {
  return [path, ...paths.filter((known) => known !== path)].slice(0, MAX_RECENT_FILES)
}

export function withoutRecent(paths: readonly string[], path: string): string[] {
  return paths.filter((known) => known !== path)
}
