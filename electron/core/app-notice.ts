import type { SessionFileProblem } from './session-file/session-file-contract'

/** Things the main process tells the facilitator that are not part of the session. */
export type AppNotice =
  | { readonly kind: 'autosave-failed'; readonly folder: string }
  | { readonly kind: 'autosave-recovered' }
  /** A session file opened from outside the window (double-click, recent list) was refused. */
  | {
      readonly kind: 'session-file-refused'
      readonly name: string
      readonly problem: SessionFileProblem
    }
  | { readonly kind: 'session-file-opened'; readonly name: string; readonly migrated: boolean }
  /** The beamer's page could not be loaded; its window is closed until it is shown again. */
  | { readonly kind: 'beamer-failed' }
