export type CommandErrorCode =
  | 'invalid-command'
  | 'unknown-dilemma'
  | 'unknown-principle'
  | 'unknown-participant'
  | 'unknown-phase'
  | 'unknown-item'
  | 'unknown-example'
  | 'limit-reached'
  | 'low-contrast'
  | 'invalid-state'
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  | 'not-allowed'

export interface CommandError {
  readonly code: CommandErrorCode
  /** Technical detail for developers; never contains user text. */
  readonly detail: string
}
