import { readFile, stat } from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'
import { errorCode, retryTransient } from '../persistence/retry'
import {
  MAX_SESSION_FILE_BYTES,
  parseSessionFile,
  type ParsedSessionFile,
} from './session-file-format'

/** The file operations the session-file service uses; tests inject faults through them. */
export interface SessionFileOps {
  /** Fails with ENOENT when there is nothing at the path. */
  size(path: string): Promise<number>
  readFile(path: string): Promise<Uint8Array>
  /** Temp file beside the target, fsync, rename: a crash leaves the old file or the new one. */
  writeAtomic(path: string, text: string): Promise<void>
}

export const nodeSessionFileOps: SessionFileOps = {
  size: async (path) => (await stat(path)).size,
  readFile: (path) => readFile(path),
  writeAtomic: (path, text) => writeFileAtomic(path, text, { fsync: true }),
}

/**
 * Reads and checks a session file. Only reads: whatever is wrong with the file, it is left
 * exactly as it was. Never throws.
 */
export async function readSessionFile(
  ops: SessionFileOps,
  path: string,
): Promise<ParsedSessionFile> {
  let bytes: Uint8Array
  try {
    if ((await retryTransient(() => ops.size(path))) > MAX_SESSION_FILE_BYTES)
      return { ok: false, problem: 'too-large' }
    bytes = await retryTransient(() => ops.readFile(path))
  } catch (error) {
    const code = errorCode(error)
    return {
      ok: false,
      problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable',
    }
  }
  // parseSessionFile checks the size again: the file may have grown since it was measured.
  return parseSessionFile(bytes)
}

/** Writes a session file's text; false when it could not be written (after a few retries). */
export async function writeSessionFile(
  ops: SessionFileOps,
  path: string,
  text: string,
): Promise<boolean> {
  try {
    await retryTransient(() => ops.writeAtomic(path, text))
    return true
  } catch {
    return false
  }
}
