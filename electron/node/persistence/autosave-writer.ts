import { copyFile, mkdir, rename } from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'
import type { Clock, SnapshotWriter } from '../../core/ports'
import { serialiseAutosave } from '../../core/persistence/autosave-format'
import { autosavePaths } from './autosave-paths'
import { orIfMissing, retryTransient } from '../../core/persistence/retry'

export interface AutosaveWriterOptions {
  /**
   * Keep the previous version as session.bak.json first (the default). Only the crash test
   * turns it off, to prove that the atomic write alone keeps session.json whole.
   */
  readonly keepBackup?: boolean
}

/**
 * Writes the autosave atomically (temp file in the same folder, fsync, rename) after keeping
 * the previous version as a backup, so a crash at any moment leaves a whole file behind.
 */
export function createAutosaveWriter(
  dir: string,
  clock: Clock,
  options: AutosaveWriterOptions = {},
): SnapshotWriter {
  const paths = autosavePaths(dir)
  const backup = options.keepBackup ?? true
  let folderReady = false
  return {
    async write(snapshot) {
      if (!folderReady) {
        await mkdir(dir, { recursive: true })
        folderReady = true
      }
      const text = serialiseAutosave(snapshot, clock.now())
      if (backup) await keepBackup(paths.current, paths.backupTemp, paths.backup)
      await retryTransient(() => writeFileAtomic(paths.current, text, { fsync: true }))
    },
  }
}

async function keepBackup(current: string, temp: string, backup: string): Promise<void> {
  const copying = copyFile(current, temp).then(() => true)
  if (await orIfMissing(copying, false)) await retryTransient(() => rename(temp, backup))
}
