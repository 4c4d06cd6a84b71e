import { copyFileSync, renameSync, rmSync, truncateSync } from 'node:fs'
import { join, parse } from 'node:path'

/** A log file is rotated once it is larger than this. */
export const LOG_MAX_BYTES = 1024 * 1024
/** Older files kept beside the current one: five files, about 5 MB, in all. */
export const LOG_ARCHIVES = 4

export type RotationOutcome = 'rotated' | 'copied' | 'failed'

/** "main.log" → "main.1.log" (the newest older one) … "main.4.log" (the oldest). */
export function archivedLogPath(path: string, index: number): string {
  const { dir, name, ext } = parse(path)
  return join(dir, `${name}.${index}${ext}`)
}

function moveIfThere(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/**
 * Moves the full log aside and makes room: the oldest archive goes, each other one moves up a
 * number, the current file becomes number 1. Synchronous, as electron-log's `archiveLogFn` must
 * be. Where the current file cannot be renamed (Windows: another program has it open), it is
 * copied and emptied instead; 'failed' leaves the caller to empty it.
 */
export function rotateLogFile(path: string, archives: number = LOG_ARCHIVES): RotationOutcome {
  try {
    rmSync(archivedLogPath(path, archives), { force: true })
    for (let index = archives - 1; index >= 1; index -= 1) {
      moveIfThere(archivedLogPath(path, index), archivedLogPath(path, index + 1))
    }
  } catch {
    // An archive that cannot move only means an older file is overwritten or kept longer.
  }
  try {
    renameSync(path, archivedLogPath(path, 1))
    return 'rotated'
  } catch {
    try {
      copyFileSync(path, archivedLogPath(path, 1))
      truncateSync(path, 0)
      return 'copied'
    } catch {
      return 'failed'
    }
  }
}
