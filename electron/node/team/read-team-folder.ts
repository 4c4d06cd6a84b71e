import { readdir } from 'node:fs/promises'
import { NO_ANSWER_LIMIT_MS, withTimeLimit } from '../../core/async/time-limit'
import { retryTransient } from '../../core/persistence/retry'
import { SESSION_FILE_EXTENSION } from '../../core/session-file/session-file-format'
import type { SessionFileProblem } from '../../core/session-file/session-file-contract'
import type { Session } from '../../core/session/schema'
import type { SkippedFile, SkippedReason } from '../../core/team/team-contract'
import {
  nodeSessionFileOps,
  readSessionFile,
  type SessionFileOps,
} from '../session-file/session-file-io'
import { join } from 'node:path'

export interface TeamFolderContent {
  readonly sessions: { readonly name: string; readonly session: Session }[]
  readonly skipped: SkippedFile[]
}

export interface ReadTeamFolderOptions {
  /** How each file is looked at and read; tests inject faults here. */
  readonly files?: SessionFileOps
  /** The names of the regular entries (files and links) directly in the folder. */
  readonly list?: (folder: string) => Promise<string[]>
  /** Files read at the same time: a share answers faster to a few than to all at once. */
  readonly concurrency?: number
  /** How long the listing, and each file, may take on a share that does not answer. */
  readonly timeoutMs?: number
}

/** The folder itself could not be listed (gone, no permission, a share that does not answer). */
export class TeamFolderUnreadableError extends Error {
  readonly reason = 'unreadable'
  constructor() {
    super('the team folder could not be listed')
    this.name = 'TeamFolderUnreadableError'
  }
}

async function listEntries(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  return entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)
}

const ENDING = `.${SESSION_FILE_EXTENSION}`

/** Whether a name in the folder is a session file by its name: `*.dilemmas`, any case. */
export function isSessionFileName(name: string): boolean {
  return name.length > ENDING.length && name.toLowerCase().endsWith(ENDING)
}

/** Why a file is left out, in the overview's words; null: it is gone, so it is not listed. */
export function skippedReason(problem: SessionFileProblem): SkippedReason | null {
  switch (problem) {
    case 'missing':
      return null
    case 'foreign':
    case 'newer-version':
    case 'too-large':
      return problem
    default:
      // Not JSON, a broken session, unreadable, a file that did not answer: the facilitator
      // can do one thing with each, which is look at it.
      return 'damaged'
  }
}

/** Runs `work` over `items` with at most `limit` at a time; results in the items' order. */
async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      const item = items[index]
      if (item !== undefined) results[index] = await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

/**
 * Reads the session files directly in `folder` (not in folders below it), only reading: every
 * file is left exactly as it was. A file that is not a session this app can open is skipped and
 * listed by its name and why. Throws TeamFolderUnreadableError when the folder cannot be listed.
 * Logs nothing: the files hold other people's words.
 */
export async function readTeamFolder(
  folder: string,
  options: ReadTeamFolderOptions = {},
): Promise<TeamFolderContent> {
  const { files = nodeSessionFileOps, list = listEntries, concurrency = 8 } = options
  const timeoutMs = options.timeoutMs ?? NO_ANSWER_LIMIT_MS
  let names: string[]
  try {
    names = await withTimeLimit(timeoutMs, () => retryTransient(() => list(folder)))
  } catch {
    throw new TeamFolderUnreadableError()
  }
  const sessionFiles = names.filter(isSessionFileName).sort((x, y) => x.localeCompare(y))
  const read = await inBatches(sessionFiles, concurrency, async (name) => ({
    name,
    parsed: await readSessionFile(files, join(folder, name), { timeoutMs }),
  }))
  const content: TeamFolderContent = { sessions: [], skipped: [] }
  for (const { name, parsed } of read) {
    if (parsed.ok) {
      content.sessions.push({ name, session: parsed.session })
      continue
    }
    const reason = skippedReason(parsed.problem)
    if (reason !== null) content.skipped.push({ name, reason })
  }
  return content
}
