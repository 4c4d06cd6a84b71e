import { join } from 'node:path'
import type { FileOps } from './file-ops'
import { errorCode, orIfMissing, retryTransient } from '../../core/persistence/retry'
import { MAX_FILE_NUMBER, numberedName } from '../../core/text/file-name'
import { NoFreeNameError } from '../../core/report/safe-write-errors'

export { MAX_FILE_NUMBER }

export interface RetryOptions {
  readonly attempts?: number
  readonly delayMs?: number
}

// How a folder says it cannot give a file a second name: FAT and exFAT, some NAS and WebDAV
// mounts; Windows reports an SMB server without hard links as EISDIR (ERROR_INVALID_FUNCTION).
// EPERM is here too because Linux answers it for file systems without links; a real lack of
// rights shows up again on the rename that follows.
const NO_LINKS = new Set(['ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EPERM', 'EISDIR'])

async function exists(files: FileOps, path: string): Promise<boolean> {
  return (await orIfMissing(files.stat(path), null)) !== null
}

/**
 * Gives the finished temp file (in `folder`) the first free name of `name`, "name (2)", … and
 * returns that name. An existing file is never replaced.
 *
 * Why link and not rename: link() fails with EEXIST when the name is taken, atomically and also
 * over SMB, so a file that appears between our look and our write is never replaced, and the
 * name only ever shows a complete file. rename() cannot promise that: Node's rename replaces
 * the target on Windows (MoveFileEx with REPLACE_EXISTING) as on POSIX. Where a drive cannot
 * link we look first and rename when the name is free; that leaves a window of a few
 * milliseconds in which a colleague's file of the very same name could be replaced. We accept
 * it over the alternative, creating the final name exclusively and writing into it, which would
 * show a half-written file under the final name while it is written.
 */
export async function placeWithoutOverwrite(
  files: FileOps,
  temp: string,
  folder: string,
  name: string,
  retry: RetryOptions = {},
): Promise<string> {
  let canLink = true
  for (let number = 1; number <= MAX_FILE_NUMBER; number++) {
    const candidate = numberedName(name, number)
    const target = join(folder, candidate)
    if (canLink) {
      try {
        await retryTransient(() => files.link(temp, target), retry)
        // The report is complete under its name; a temp name that will not go is only litter.
        await retryTransient(() => files.unlink(temp), retry).catch(() => undefined)
        return candidate
      } catch (error) {
        const code = errorCode(error)
        if (code === 'EEXIST') continue
        if (code === undefined || !NO_LINKS.has(code)) throw error
        canLink = false
      }
    }
    if (await exists(files, target)) continue
    await retryTransient(() => files.rename(temp, target), retry)
    return candidate
  }
  throw new NoFreeNameError()
}
