import { z } from 'zod'
import { epochSchema, idSchema, LIMITS, longTextSchema } from './primitives'

export const PHASE_KINDS = [
  'welcome',
  'starter',
  'explanation',
  'casework',
  'harvest',
  'closing',
  'other',
] as const
export const phaseKindSchema = z.enum(PHASE_KINDS)
export type PhaseKind = z.infer<typeof phaseKindSchema>

export const phaseTitleSchema = z.string().trim().min(1).max(LIMITS.shortText)
export const phaseMinutesSchema = z.number().int().min(0).max(LIMITS.phaseMinutes)

export const phaseSchema = z.object({
  id: idSchema,
  kind: phaseKindSchema,
  title: phaseTitleSchema,
  plannedMinutes: phaseMinutesSchema,
  /** The facilitator's own notes: never sent to the projector. */
  notes: longTextSchema,
  /** When the phase was first started and last left; the report's actual times. */
  startedAt: epochSchema.nullable(),
  endedAt: epochSchema.nullable(),
})

export type Phase = z.infer<typeof phaseSchema>

export const starterSchema = z.object({
  statement: z.string().max(LIMITS.shortText * 2),
  leftEnd: z.string().max(LIMITS.shortText),
  rightEnd: z.string().max(LIMITS.shortText),
  observation: longTextSchema,
})

export type Starter = z.infer<typeof starterSchema>
