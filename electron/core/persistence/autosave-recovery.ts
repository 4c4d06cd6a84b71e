import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Snapshot } from '../session/schema'
import { parseAutosave } from './autosave-format'
import { autosavePaths, fileStamp, type AutosavePaths } from './autosave-paths'
import { errorCode, retryTransient } from './retry'

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

type ReadOutcome =
  { kind: 'missing' } | { kind: 'valid'; snapshot: Snapshot; savedAt: number } | { kind: 'damaged' }

async function readCandidate(path: string): Promise<ReadOutcome> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  const parsed = parseAutosave(text)
  if (!parsed.ok) return { kind: 'damaged' }
  const { revision, session, savedAt } = parsed.file
  return { kind: 'valid', snapshot: { revision, session }, savedAt }
}

async function moveInto(folder: string, path: string, now: number): Promise<string> {
  await mkdir(folder, { recursive: true })
  const target = join(folder, `${fileStamp(now)}-${basename(path)}`)
  await retryTransient(() => rename(path, target))
  return target
}

/** Temp files left by a write that was cut off; the whole file they were meant for is intact. */
async function removeInterruptedTemps(paths: AutosavePaths): Promise<void> {
  const names = await readdir(paths.dir).catch(() => [])
  const interrupted = names.filter((name) => /^session\.json\.[0-9a-f]+$/.test(name))
  await Promise.all(interrupted.map((name) => unlink(join(paths.dir, name)).catch(() => undefined)))
}

/**
 * Finds the last autosave at start-up. A damaged file is moved aside, and the backup (the
 * version before it) is tried next; nothing is ever deleted.
 */
export async function recoverAutosave(dir: string, now: number): Promise<Recovery> {
  const paths = autosavePaths(dir)
  await removeInterruptedTemps(paths)
  const movedAside: string[] = []
  for (const [path, source] of [
    [paths.current, 'autosave'],
    [paths.backup, 'backup'],
  ] as const) {
    const outcome = await readCandidate(path)
    if (outcome.kind === 'valid') {
      return { found: { snapshot: outcome.snapshot, savedAt: outcome.savedAt, source }, movedAside }
    }
    if (outcome.kind === 'damaged') movedAside.push(await moveInto(paths.corruptDir, path, now))
  }
  return { found: null, movedAside }
}

/** When the facilitator starts afresh, the previous session is kept in the archive folder. */
export async function archiveAutosave(dir: string, now: number): Promise<string | null> {
  const paths = autosavePaths(dir)
  let archived: string | null = null
  for (const path of [paths.current, paths.backup]) {
    try {
      const target = await moveInto(paths.archiveDir, path, now)
      archived ??= target
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
    }
  }
  return archived
}
