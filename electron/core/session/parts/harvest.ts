import { z } from 'zod'
import { dateSchema, idSchema, LIMITS, longTextSchema, shortTextSchema } from './primitives'

export const harvestItemSchema = z.object({ id: idSchema, text: longTextSchema })
export type HarvestItem = z.infer<typeof harvestItemSchema>

export const followUpSchema = z.object({
  id: idSchema,
  what: longTextSchema,
  who: shortTextSchema,
  /** '' or an ISO date. */
  due: dateSchema,
})
export type FollowUp = z.infer<typeof followUpSchema>

export const HARVEST_LISTS = ['threads', 'insights'] as const
export const harvestListSchema = z.enum(HARVEST_LISTS)
export type HarvestList = z.infer<typeof harvestListSchema>

export const harvestSchema = z.object({
  threads: z.array(harvestItemSchema).max(LIMITS.harvestItems),
  insights: z.array(harvestItemSchema).max(LIMITS.harvestItems),
  followUps: z.array(followUpSchema).max(LIMITS.harvestItems),
})
export type Harvest = z.infer<typeof harvestSchema>
