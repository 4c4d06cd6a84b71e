import { z } from 'zod'

type EditMark = 'typed' | 'target'

/** The marks below, kept beside the command schemas they mark (read by history-key). */
export const editMarks = z.registry<{ readonly edit: EditMark }>()

/**
 * A field the facilitator types (or drags, for a colour) in many small steps: a burst of edits
 * to it becomes one undo step. Marks a copy, so a schema shared with other commands stays as is.
 */
export const typed = <T extends z.ZodType>(schema: T): T => marked(schema, 'typed')

/** Which item (list, field) an edit is about: typing into another one is another step. */
export const target = <T extends z.ZodType>(schema: T): T => marked(schema, 'target')

function marked<T extends z.ZodType>(schema: T, edit: EditMark): T {
  const copy = schema.clone()
  const asSchema: z.ZodType = copy
  editMarks.add(asSchema, { edit })
  return copy
}
