import { join } from 'node:path'

/** The layout of the autosave folder inside the app's data folder. */
export function autosavePaths(dir: string) {
  return {
    dir,
    current: join(dir, 'session.json'),
    backup: join(dir, 'session.bak.json'),
    backupTemp: join(dir, 'session.bak.json.tmp'),
    corruptDir: join(dir, 'beschadigd'),
    archiveDir: join(dir, 'archief'),
  }
}

export type AutosavePaths = ReturnType<typeof autosavePaths>

/** A sortable, file-name-safe time stamp such as 2026-11-29T14-05-09-123Z. */
export function fileStamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-')
}
