import { z } from 'zod'
import { dateSchema, LIMITS, shortTextSchema, timeSchema } from './primitives'

export const VARIANTS = ['variant1', 'variant2', 'both'] as const
export const variantSchema = z.enum(VARIANTS)
export type Variant = z.infer<typeof variantSchema>

export const plannedMinutesSchema = z.number().int().min(60).max(240)

export const setupSchema = z.object({
  title: shortTextSchema,
  date: dateSchema,
  startTime: timeSchema,
  location: shortTextSchema,
  team: shortTextSchema,
  facilitators: z.array(z.string().trim().min(1).max(80)).max(LIMITS.facilitators),
  variant: variantSchema,
  /** The workshop takes 1.5 to 2.5 hours; a little room either side is allowed. */
  plannedMinutes: plannedMinutesSchema,
  /** Where participants read more, shown as plain text on the closing screen. */
  moreInfo: shortTextSchema,
})

export type Setup = z.infer<typeof setupSchema>
