import { lstat } from 'node:fs/promises'
import type { SnapshotWriter } from '../../core/ports'
import { errorCode } from '../../core/persistence/retry'

/** Why an autosave file stayed where it was at start-up, in the terms the facilitator reads. */
export type KeptReason =
  /** A folder stands where the file should be. */
  | 'is-folder'
  /** A FIFO, socket or device stands there. */
  | 'not-a-file'
  /** Locked or not allowed, still after a few tries (antivirus, another program, rights). */
  | 'no-access'
  /** The autosave folder itself is a file. */
  | 'folder-blocked'
  /** Damaged, and it could not be moved to the folder for damaged files. */
  | 'cannot-move'
  /** It could not be moved to the archive when a new session began. */
  | 'cannot-archive'
  | 'other'

export interface KeptFile {
  readonly path: string
  readonly reason: KeptReason
}

/** Why a file could not be read, from the error the read ended in. */
export function readFailureReason(error: unknown): KeptReason {
  switch (errorCode(error)) {
    case 'EISDIR':
      return 'is-folder'
    case 'ENOTREG':
      return 'not-a-file'
    case 'ENOTDIR':
      return 'folder-blocked'
    case 'EPERM':
    case 'EACCES':
    case 'EBUSY':
      return 'no-access'
    default:
      return 'other'
  }
}

/**
 * The autosave files start-up could not read, move aside or archive. They stay exactly where
 * they are, the facilitator is told, and the autosave writes over none of them (see
 * `holdOffWhileKept`).
 */
export class KeptFiles {
  readonly #files: KeptFile[] = []

  add(file: KeptFile): void {
    if (!this.#files.some((known) => known.path === file.path)) this.#files.push(file)
  }

  get all(): readonly KeptFile[] {
    return [...this.#files]
  }

  /** Forgets the files that are gone (moved away by the facilitator); true when none is left. */
  async forgetGone(exists: (path: string) => Promise<boolean>): Promise<boolean> {
    const present = await Promise.all(this.#files.map((file) => exists(file.path)))
    const left = this.#files.filter((_file, index) => present[index])
    this.#files.splice(0, this.#files.length, ...left)
    return left.length === 0
  }
}

/** Whether anything is at the path; when that cannot be told, it counts as there. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch (error) {
    return errorCode(error) !== 'ENOENT'
  }
}

/** The autosave did not write: a file start-up kept in place is still where it would write. */
export class KeptInPlaceError extends Error {
  constructor(readonly path: string) {
    super('autosave held off: a file kept at start-up is still in its place')
    this.name = 'KeptInPlaceError'
  }
}

/**
 * The autosave writer, held off for as long as a kept file is still in its place: the writer
 * copies session.json to the backup and then replaces it, so two saves would lose a file that
 * could not be read. Each refused save fails like any other (the presenter is told, and it is
 * tried again); once the facilitator has moved the files away, saving goes on as normal.
 */
export function holdOffWhileKept(
  writer: SnapshotWriter,
  kept: KeptFiles,
  exists: (path: string) => Promise<boolean> = pathExists,
): SnapshotWriter {
  let clear = false
  return {
    async write(snapshot) {
      if (!clear) {
        clear = await kept.forgetGone(exists)
        const [first] = kept.all
        if (first) throw new KeptInPlaceError(first.path)
      }
      await writer.write(snapshot)
    },
  }
}
