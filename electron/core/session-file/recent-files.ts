import { z } from 'zod'

/** The recent-files list's name inside the app's data folder. */
export const RECENT_FILES_FILE = 'recent-session-files.json'
export const MAX_RECENT_FILES = 8

const recentFilesSchema = z.strictObject({
  version: z.literal(1),
  paths: z.array(z.string().min(1).max(4096)).max(MAX_RECENT_FILES),
})

/** The paths in a recent-files file's text, or null when the text is damaged or foreign. */
export function parseRecentFiles(text: string): string[] | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = recentFilesSchema.safeParse(json)
  return parsed.success ? parsed.data.paths : null
}

export function serialiseRecentFiles(paths: readonly string[]): string {
  return `${JSON.stringify({ version: 1, paths: paths.slice(0, MAX_RECENT_FILES) }, null, 2)}\n`
}

/** Most recent first, each path once, at most eight. */
export function withRecent(paths: readonly string[], path: string): string[] {
  return [path, ...paths.filter((known) => known !== path)].slice(0, MAX_RECENT_FILES)
}

export function withoutRecent(paths: readonly string[], path: string): string[] {
  return paths.filter((known) => known !== path)
}
