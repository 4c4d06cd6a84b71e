import { z } from 'zod'
import { colorSchema, idSchema, LIMITS } from './primitives'

export const principleSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(LIMITS.principleNameLength),
  summary: z.string().max(LIMITS.principleSummaryLength),
  explanation: z.string().max(LIMITS.principleExplanationLength),
  color: colorSchema,
})

export type Principle = z.infer<typeof principleSchema>
