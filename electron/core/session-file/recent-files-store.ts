import { mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { fileStamp } from '../persistence/autosave-paths'
import { errorCode, retryTransient } from '../persistence/retry'
import { parseRecentFiles, RECENT_FILES_FILE, serialiseRecentFiles } from './recent-files'

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
  const path = join(dir, RECENT_FILES_FILE)
  let keepOff = false
  let queue: Promise<void> = Promise.resolve()

  async function moveAside(): Promise<string> {
    const target = join(dir, `recent-session-files.beschadigd-${fileStamp(now())}.json`)
    await retryTransient(() => rename(path, target))
    return target
  }

  return {
    async load() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') keepOff = true
        return { paths: [], movedAside: null }
      }
      const paths = parseRecentFiles(text)
      if (paths) return { paths, movedAside: null }
      try {
        return { paths: [], movedAside: await moveAside() }
      } catch {
        keepOff = true
        return { paths: [], movedAside: null }
      }
    },
    save(paths) {
      const text = serialiseRecentFiles(paths)
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
