import type { Clock } from '../../core/ports'
import type { RecoveryFileOps } from '../../node/persistence/autosave-recovery'
import type { KeptFiles } from '../../node/persistence/kept-files'
import type { Snapshot } from '../../core/session/schema'
import type { ParsedSessionFile } from '../../core/session-file/session-file-format'
import {
  nodeSessionFileOps,
  readSessionFile,
  type SessionFileOps,
} from '../../node/session-file/session-file-io'
import type { MainTexts } from '../texts'
import { chooseStartSession } from './choose-start-session'

export interface BeginSessionOptions {
  /** The autosave folder. */
  readonly dir: string
  readonly clock: Clock
  readonly texts: MainTexts
  /** The session file the app was started with (a double-click), if any. */
  readonly startFile: string | null
  /** Notes the autosave files left in place, so the autosave writes over none of them. */
  readonly kept: KeptFiles
  readonly files?: SessionFileOps
  readonly recoveryFiles?: RecoveryFileOps
}

export interface BeganSession {
  readonly snapshot: Snapshot
  /** The start file as it was read, to be opened (or refused) once the presenter listens. */
  readonly startFile: { readonly path: string; readonly read: ParsedSessionFile } | null
}

/**
 * The session the app starts with. A double-clicked file is read and checked before anything
 * happens to the unfinished session: only a file that will open replaces it without a question
 * (it goes to the archive); a refused file leaves it in place, offered to resume as usual.
 */
export async function beginSession(options: BeginSessionOptions): Promise<BeganSession> {
  const { startFile } = options
  const read =
    startFile === null
      ? null
      : await readSessionFile(options.files ?? nodeSessionFileOps, startFile)
  const snapshot = await chooseStartSession(options.dir, options.clock, options.texts, {
    offerResume: read?.ok !== true,
    kept: options.kept,
    files: options.recoveryFiles,
  })
  return {
    snapshot,
    startFile: startFile !== null && read !== null ? { path: startFile, read } : null,
  }
}
