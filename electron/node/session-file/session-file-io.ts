import writeFileAtomic from 'write-file-atomic'
import { NO_ANSWER_LIMIT_MS, TimeLimitError, withTimeLimit } from '../../core/async/time-limit'
import { errorCode, retryTransient } from '../../core/persistence/retry'
import { pathInfo, readRegularFile, type PathInfo } from './bounded-read'
import {
  MAX_SESSION_FILE_BYTES,
  parseSessionFile,
  type ParsedSessionFile,
} from '../../core/session-file/session-file-format'

/** The file operations the session-file service uses; tests inject faults through them. */
export interface SessionFileOps {
  /** What is at the path, without opening it. Fails with ENOENT when there is nothing. */
  stat(path: string): Promise<PathInfo>
  /** At most `maxBytes` of a regular file, through a handle; anything else is refused. */
  readAtMost(path: string, maxBytes: number): Promise<Uint8Array>
  /** Temp file beside the target, fsync, rename: a crash leaves the old file or the new one. */
  writeAtomic(path: string, text: string): Promise<void>
}

export const nodeSessionFileOps: SessionFileOps = {
  stat: pathInfo,
  readAtMost: readRegularFile,
  writeAtomic: (path, text) => writeFileAtomic(path, text, { fsync: true }),
}

export interface FileTimeLimit {
  /** How long a file system that does not answer is waited for (default: as for reports). */
  readonly timeoutMs?: number
}

const refused = (problem: 'unreadable' | 'too-large' | 'missing' | 'timeout') =>
  ({ ok: false, problem }) as const

type ReadOutcome = { readonly ok: true; readonly bytes: Uint8Array } | ReturnType<typeof refused>

/**
 * Reads and checks a session file. Only reads: whatever is wrong with the file, it is left
 * exactly as it was. Only a regular file is opened, a file over the size limit is refused
 * without being read, and a share that does not answer is given up on after the time limit.
 * Never throws.
 */
export async function readSessionFile(
  ops: SessionFileOps,
  path: string,
  { timeoutMs = NO_ANSWER_LIMIT_MS }: FileTimeLimit = {},
): Promise<ParsedSessionFile> {
  let outcome: ReadOutcome
  try {
    outcome = await withTimeLimit(timeoutMs, async ({ stopIfAbandoned }): Promise<ReadOutcome> => {
      const info = await retryTransient(() => ops.stat(path))
      // A FIFO or device would make the read wait, possibly for ever; a folder is no file.
      if (!info.isFile) return refused('unreadable')
      if (info.size > MAX_SESSION_FILE_BYTES) return refused('too-large')
      stopIfAbandoned()
      // One byte over the limit is enough to know the file is too large (it may have grown).
      const bytes = await retryTransient(() => ops.readAtMost(path, MAX_SESSION_FILE_BYTES + 1))
      return { ok: true, bytes }
    })
  } catch (error) {
    if (error instanceof TimeLimitError) return refused('timeout')
    const code = errorCode(error)
    return refused(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable')
  }
  // parseSessionFile checks the size again and the nesting before it parses.
  return outcome.ok ? parseSessionFile(outcome.bytes) : outcome
}

export type WriteOutcome = 'written' | 'write-failed' | 'timeout'

/**
 * Writes a session file's text, retrying a few times on a transient error. A share that does
 * not answer is given up on after the time limit, so the next file action need not wait for it.
 * The write it gave up on may still finish later; the atomic rename means the file then holds
 * either its old or its whole new content, never a part.
 */
export async function writeSessionFile(
  ops: SessionFileOps,
  path: string,
  text: string,
  { timeoutMs = NO_ANSWER_LIMIT_MS }: FileTimeLimit = {},
): Promise<WriteOutcome> {
  try {
    await withTimeLimit(timeoutMs, ({ stopIfAbandoned }) =>
      retryTransient(() => {
        // No new attempt once nobody waits for the answer.
        stopIfAbandoned()
        return ops.writeAtomic(path, text)
      }),
    )
    return 'written'
  } catch (error) {
    return error instanceof TimeLimitError ? 'timeout' : 'write-failed'
  }
}
