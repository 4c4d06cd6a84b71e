import { mkdir, readdir, rename, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { readRegularFile } from '../session-file/bounded-read'
import { MAX_SESSION_FILE_BYTES } from '../../core/persistence/stored-session'
import type { Snapshot } from '../../core/session/schema'
import { parseAutosave } from '../../core/persistence/autosave-format'
import { autosavePaths, fileStamp, type AutosavePaths } from './autosave-paths'
import { KeptFiles, pathExists, readFailureReason } from './kept-files'
import { errorCode, orIfMissing, retryTransient } from '../../core/persistence/retry'

export interface RecoveredSession {
  readonly snapshot: Snapshot
  readonly savedAt: number
  readonly source: 'autosave' | 'backup'
}

export interface Recovery {
  readonly found: RecoveredSession | null
  /** Damaged files that were moved (never deleted) into the corrupt folder. */
  readonly movedAside: readonly string[]
}

/** The file operations recovery uses; tests inject faults (locks, EEXIST) through them. */
export interface RecoveryFileOps {
  /** At most `maxBytes` of a regular file; ENOENT when there is nothing. */
  readAtMost(path: string, maxBytes: number): Promise<Uint8Array>
  mkdir(path: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  readdir(path: string): Promise<string[]>
  unlink(path: string): Promise<void>
  exists(path: string): Promise<boolean>
}

export const nodeRecoveryFileOps: RecoveryFileOps = {
  readAtMost: readRegularFile,
  mkdir: async (path) => {
    await mkdir(path, { recursive: true })
  },
  rename: (from, to) => rename(from, to),
  readdir: (path) => readdir(path),
  unlink: (path) => unlink(path),
  exists: pathExists,
}

export interface RecoveryOptions {
  readonly files?: RecoveryFileOps
  /** Where files that could not be read or moved are noted; they stay where they are. */
  readonly kept?: KeptFiles
}

type ReadOutcome =
  | { kind: 'missing' }
  | { kind: 'valid'; snapshot: Snapshot; savedAt: number }
  | { kind: 'damaged' }
  | { kind: 'unreadable'; error: unknown }

async function readCandidate(files: RecoveryFileOps, path: string): Promise<ReadOutcome> {
  let bytes: Uint8Array
  try {
    // Antivirus may hold a file for a moment just after the system started: try a few times.
    bytes = await retryTransient(() => files.readAtMost(path, MAX_SESSION_FILE_BYTES + 1))
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', error }
  }
  // The same size, UTF-8 and nesting guards as for session files (readStoredSession).
  const parsed = parseAutosave(bytes)
  if (!parsed.ok) return { kind: 'damaged' }
  const { revision, session, savedAt } = parsed.file
  return { kind: 'valid', snapshot: { revision, session }, savedAt }
}

async function moveInto(
  files: RecoveryFileOps,
  folder: string,
  path: string,
  now: number,
): Promise<string> {
  await retryTransient(() => files.mkdir(folder))
  const target = join(folder, `${fileStamp(now)}-${basename(path)}`)
  await retryTransient(() => files.rename(path, target))
  return target
}

/** Temp files left by a write that was cut off; the whole file they were meant for is intact. */
async function removeInterruptedTemps(files: RecoveryFileOps, paths: AutosavePaths): Promise<void> {
  const names = await files.readdir(paths.dir).catch(() => [])
  const interrupted = names.filter((name) => /^session\.json\.[0-9a-f]+$/.test(name))
  await Promise.all(
    interrupted.map((name) => files.unlink(join(paths.dir, name)).catch(() => undefined)),
  )
}

/**
 * Finds the last autosave at start-up. A damaged file is moved aside, and the backup (the
 * version before it) is tried next; nothing is ever deleted. A file that cannot be read (a
 * folder in its place, a lock that stays) or a damaged one that cannot be moved stays where it
 * is and is noted in `kept`; recovery goes on with the backup. Reads and moves are tried again
 * on a transient lock.
 */
export async function recoverAutosave(
  dir: string,
  now: number,
  { files = nodeRecoveryFileOps, kept = new KeptFiles() }: RecoveryOptions = {},
): Promise<Recovery> {
  const paths = autosavePaths(dir)
  await removeInterruptedTemps(files, paths)
  const movedAside: string[] = []
  for (const [path, source] of [
    [paths.current, 'autosave'],
    [paths.backup, 'backup'],
  ] as const) {
    const outcome = await readCandidate(files, path)
    switch (outcome.kind) {
      case 'valid':
        return {
          found: { snapshot: outcome.snapshot, savedAt: outcome.savedAt, source },
          movedAside,
        }
      case 'damaged':
        try {
          movedAside.push(await moveInto(files, paths.corruptDir, path, now))
        } catch {
          kept.add({ path, reason: 'cannot-move' })
        }
        break
      case 'unreadable': {
        const reason = readFailureReason(outcome.error)
        // When the autosave folder is itself a file, that file is what stays in the way.
        kept.add({ path: reason === 'folder-blocked' ? dir : path, reason })
        break
      }
      case 'missing':
        break
      default:
        return outcome satisfies never
    }
  }
  return { found: null, movedAside }
}

/**
 * When the facilitator starts afresh, the previous session is kept in the archive folder.
 * Files in `kept` stay where they are (the facilitator was told so). Fails (after a few tries
 * on a lock) when a file that is there cannot be moved.
 */
export async function archiveAutosave(
  dir: string,
  now: number,
  { files = nodeRecoveryFileOps, kept }: RecoveryOptions = {},
): Promise<string | null> {
  const paths = autosavePaths(dir)
  const staying = new Set(kept?.all.map((file) => file.path))
  let archived: string | null = null
  for (const path of [paths.current, paths.backup]) {
    if (staying.has(path)) continue
    const target = await orIfMissing(moveInto(files, paths.archiveDir, path, now), null)
    archived ??= target
  }
  return archived
}
