import { z } from 'zod'
import { idSchema } from './primitives'

export const LOCALES = ['nl', 'en'] as const
export const localeSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof localeSchema>

export const projectorStateSchema = z.object({
  /** A principle shown very large, over whatever the phase would show. */
  principleId: idSchema.nullable(),
})
export type ProjectorState = z.infer<typeof projectorStateSchema>
