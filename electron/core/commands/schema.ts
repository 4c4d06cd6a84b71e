import { z } from 'zod'
import { dilemmaDescriptionSchema, dilemmaTitleSchema, idSchema } from '../session/schema'

/**
 * Every change to a session is one of these commands. Each has its own strict schema, so a
 * window cannot smuggle extra fields into the state.
 */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('dilemma/add'),
    title: dilemmaTitleSchema,
    description: dilemmaDescriptionSchema.default(''),
  }),
  z.strictObject({
    type: z.literal('dilemma/edit'),
    id: idSchema,
    title: dilemmaTitleSchema.optional(),
    description: dilemmaDescriptionSchema.optional(),
  }),
  z.strictObject({ type: z.literal('dilemma/remove'), id: idSchema }),
  z.strictObject({
    type: z.literal('dilemma/move'),
    id: idSchema,
    toIndex: z.number().int().nonnegative(),
  }),
  z.strictObject({ type: z.literal('dilemma/make-current'), id: idSchema.nullable() }),
  z.strictObject({ type: z.literal('projector/show-principle'), principleId: idSchema.nullable() }),
])

/** What a window sends (defaults may be left out). */
export type CommandInput = z.input<typeof commandSchema>
/** What the reducer receives after validation. */
export type Command = z.output<typeof commandSchema>
export type CommandType = Command['type']

export type CommandErrorCode =
  'invalid-command' | 'unknown-dilemma' | 'unknown-principle' | 'limit-reached' | 'not-allowed'

export interface CommandError {
  readonly code: CommandErrorCode
  /** Technical detail for developers; never contains user text. */
  readonly detail: string
}

export type ParseResult = { ok: true; command: Command } | { ok: false; error: CommandError }

export function parseCommand(input: unknown): ParseResult {
  const result = commandSchema.safeParse(input)
  if (result.success) return { ok: true, command: result.data }
  const detail = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(command)'}: ${issue.code}`)
    .join('; ')
  return { ok: false, error: { code: 'invalid-command', detail } }
}
