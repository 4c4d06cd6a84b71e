import { z } from 'zod'
import { followUpSchema } from './harvest'
import { dateSchema, LIMITS, shortTextSchema } from './primitives'

/**
 * Where a follow-up of the previous session stands, as the team says at the start of this one;
 * 'open' until the facilitator marks it.
 */
export const FOLLOW_UP_STATES = ['open', 'done', 'in-progress', 'dropped'] as const
export const followUpStateSchema = z.enum(FOLLOW_UP_STATES)
export type FollowUpState = z.infer<typeof followUpStateSchema>

export const lookBackItemSchema = followUpSchema.extend({ state: followUpStateSchema })
export type LookBackItem = z.infer<typeof lookBackItemSchema>

/**
 * "Terugblik": the follow-ups of the session this one was prepared from, looked back on in the
 * welcome phase. A session made from scratch has none.
 */
export const lookBackSchema = z.object({
  /** The previous session as the report names it; null when there is none. */
  from: z.object({ title: shortTextSchema, date: dateSchema }).nullable(),
  followUps: z.array(lookBackItemSchema).max(LIMITS.harvestItems),
  /** Whether the beamer shows the list (during the welcome phase). */
  shown: z.boolean(),
})
export type LookBack = z.infer<typeof lookBackSchema>

export const NO_LOOK_BACK: LookBack = { from: null, followUps: [], shown: false }
