import { z } from 'zod'
import { idSchema } from './primitives'

export const participantNameSchema = z.string().trim().min(1).max(80)

export const participantSchema = z.object({
  id: idSchema,
  name: participantNameSchema,
  present: z.boolean(),
})

export type Participant = z.infer<typeof participantSchema>
