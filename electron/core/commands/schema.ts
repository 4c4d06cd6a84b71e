import { z } from 'zod'
import { DOMAINS, schemasOf } from './domains'
import type { CommandError } from './errors'

export { COMMAND_ERROR_CODES, type CommandError, type CommandErrorCode } from './errors'

/** Undo and redo are handled by the session host, which keeps the history. */
export const historyCommandSchemas = [
  z.strictObject({ type: z.literal('history/undo') }),
  z.strictObject({ type: z.literal('history/redo') }),
] as const

/**
 * Every change to a session is one of these commands. Each has its own strict schema, so a
 * window cannot smuggle extra fields into the state.
 */
export const commandSchema = z.discriminatedUnion('type', [
  ...schemasOf(DOMAINS),
  ...historyCommandSchemas,
])

/** What a window sends (defaults may be left out). */
export type CommandInput = z.input<typeof commandSchema>
/** What the host receives after validation. */
export type Command = z.output<typeof commandSchema>
export type HistoryCommand = z.output<(typeof historyCommandSchemas)[number]>
/** Commands the reducer applies to a session. */
export type SessionCommand = Exclude<Command, HistoryCommand>

export type ParseResult = { ok: true; command: Command } | { ok: false; error: CommandError }

/** Never throws, not even on objects whose getters throw (IPC never sends those, tests may). */
export function parseCommand(input: unknown): ParseResult {
  let result: ReturnType<typeof commandSchema.safeParse>
  try {
    result = commandSchema.safeParse(input)
  } catch {
    return { ok: false, error: { code: 'invalid-command', detail: '(command): unreadable' } }
  }
  if (result.success) return { ok: true, command: result.data }
  const detail = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(command)'}: ${issue.code}`)
    .join('; ')
  return { ok: false, error: { code: 'invalid-command', detail } }
}

export function isHistoryCommand(command: Command): command is HistoryCommand {
  return command.type === 'history/undo' || command.type === 'history/redo'
}
