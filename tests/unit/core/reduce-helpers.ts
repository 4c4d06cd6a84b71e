import { expect } from 'vitest'
import { reduce, type ReduceResult } from '@core/commands/reducer'
import {
  isHistoryCommand,
  parseCommand,
  type CommandErrorCode,
  type CommandInput,
  type SessionCommand,
} from '@core/commands/schema'
import { sessionSchema, type Session } from '@core/session/schema'
import { clone, deepFreeze, T0 } from './fixtures'

/** The time the reducer tests apply their commands at. */
export const NOW = T0 + 60_000

/** Validates a command like the host does; a test command that does not parse is a test bug. */
export function parse(input: CommandInput): SessionCommand {
  const parsed = parseCommand(input)
  if (!parsed.ok) throw new Error(`test command invalid: ${parsed.error.detail}`)
  if (isHistoryCommand(parsed.command)) throw new Error('history commands are not reduced')
  return parsed.command
}

/** Validates and reduces like the host does, on a deep-frozen state. */
export function run(state: Session, input: CommandInput, now = NOW): ReduceResult {
  return reduce(deepFreeze(state), parse(input), now)
}

/** The accepted session, which must pass the full session schema (references included). */
export function accepted(state: Session, input: CommandInput, now = NOW): Session {
  const result = run(state, input, now)
  if (!result.ok) throw new Error(`expected acceptance, got ${result.error.code}`)
  const check = sessionSchema.safeParse(result.session)
  expect(check.success, check.error?.message).toBe(true)
  return result.session
}

/** Rejected with `code`, and the state is untouched: not even updatedAt moves. */
export function expectRejected(state: Session, input: CommandInput, code: CommandErrorCode): void {
  const before = clone(state)
  const result = run(state, input)
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error.code).toBe(code)
    expect(typeof result.error.detail).toBe('string')
  }
  expect(state).toEqual(before)
}

/** Refused by the schema before any reducer sees it. */
export function expectInvalid(input: unknown): void {
  const parsed = parseCommand(input)
  expect(parsed.ok).toBe(false)
  if (!parsed.ok) expect(parsed.error.code).toBe('invalid-command')
}

/** Accepted without any change: the very same state comes back (no revision, no undo step). */
export function expectNoOp(state: Session, input: CommandInput): void {
  const frozen = deepFreeze(state)
  const result = reduce(frozen, parse(input), NOW)
  expect(result.ok).toBe(true)
  if (result.ok) expect(result.session).toBe(frozen)
}
