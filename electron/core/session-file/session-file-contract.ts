/** Why a session file was not opened or saved; each has its own Dutch message in the window. */
export type SessionFileProblem =
  | 'unreadable'
  | 'too-large'
  | 'not-json'
  | 'foreign'
  | 'corrupt'
  | 'newer-version'
  | 'missing'
  | 'write-failed'
  /** The folder (a network share) did not answer within the time limit; the app moved on. */
  | 'timeout'

export interface RecentSessionFile {
  /** File name shown in the list, e.g. "2026-11-29 Team Zuid.dilemmas". */
  readonly name: string
  /** The folder, for display only. */
  readonly folder: string
}

export interface SessionFileState {
  /** The open session file's name, or null when the session was never saved as a file. */
  readonly name: string | null
  readonly folder: string | null
  /** Changes since the last save to (or open from) the file. */
  readonly unsaved: boolean
  readonly recent: readonly RecentSessionFile[]
}

export type SessionFileResult =
  | { readonly ok: true; readonly name: string; readonly migrated?: boolean }
  | { readonly ok: false; readonly reason: 'cancelled' }
  | { readonly ok: false; readonly reason: SessionFileProblem }
