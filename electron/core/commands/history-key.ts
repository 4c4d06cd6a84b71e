import type { z } from 'zod'
import { editMarks } from './coalescing'
import { DOMAINS } from './domains'
import type { SessionCommand } from './schema'

const SHAPES = new Map<string, Readonly<Record<string, z.ZodType>>>()
for (const domain of DOMAINS)
  for (const schema of domain.schemas) SHAPES.set(schema.shape.type.value, schema.shape)

/**
 * Commands that follow the typing of one field share a key, so a burst of keystrokes becomes
 * one undo step instead of one per letter. The fields are marked in the command schemas
 * (`typed`, `target`); an edit that also changes an unmarked field is a single, deliberate
 * act (choosing a variant, adding a facilitator, moving a date) and gets no key (null).
 */
export function historyKey(command: SessionCommand): string | null {
  const shape = SHAPES.get(command.type)
  if (shape === undefined) return null
  const values: Readonly<Record<string, unknown>> = command
  const targets: string[] = []
  const typedNames: string[] = []
  let typing = false
  for (const [field, schema] of Object.entries(shape)) {
    const value = values[field]
    if (field === 'type' || value === undefined) continue
    const mark = editMarks.get(schema)?.edit
    if (mark === 'target') targets.push(String(value))
    else if (mark !== 'typed') return null
    else {
      typing = true
      // Which of its optional fields an edit types in is part of what it is about.
      if (schema.safeParse(undefined).success) typedNames.push(field)
    }
  }
  if (!typing) return null
  const names = typedNames.sort().join(',')
  return [command.type, ...targets, ...(names ? [names] : [])].join(':')
}
