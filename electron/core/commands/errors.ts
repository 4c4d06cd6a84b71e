export const COMMAND_ERROR_CODES = [
  'invalid-command',
  'unknown-dilemma',
  'unknown-principle',
  'unknown-participant',
  'unknown-phase',
  'unknown-item',
  'unknown-example',
  'limit-reached',
  'low-contrast',
  'invalid-state',
  /**
   * The command (or undo, redo) would leave a session that does not pass the session schema,
   * so it could not be saved and loaded again; the host refuses it and changes nothing. The
   * reducers clamp to the schema's bounds, so this is a safety net, not a path users take.
   */
  'invalid-result',
  'nothing-to-undo',
  'nothing-to-redo',
  'not-allowed',
] as const

export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number]

export interface CommandError {
  readonly code: CommandErrorCode
  /** Technical detail for developers; never contains user text. */
  readonly detail: string
}
