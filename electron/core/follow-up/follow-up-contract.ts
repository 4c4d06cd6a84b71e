import { z } from 'zod'
import type { ReportFailureReason } from '../report/report-contract'
import { shortTextSchema } from '../session/schema'

/**
 * "Vervolgsessie voorbereiden": the facilitator fills in when and where; main makes the new
 * session file and its calendar invitation and writes both beside the report.
 */
export const followUpPlanSchema = z.strictObject({
  date: z.iso.date(),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  location: shortTextSchema,
  /** Whether the invitation names who takes each follow-up on (off: the owner is left out). */
  includeOwners: z.boolean(),
})
export type FollowUpPlan = z.infer<typeof followUpPlanSchema>

export const FOLLOW_UP_FILE_KINDS = ['session', 'invitation'] as const
export type FollowUpFileKind = (typeof FOLLOW_UP_FILE_KINDS)[number]

export interface SavedFollowUpFile {
  readonly kind: FollowUpFileKind
  /** The file name as written (never the path). */
  readonly name: string
}

export type FollowUpSaveResult =
  | {
      readonly ok: true
      /** 'shared': the report folder; 'fallback': the local folder, with why. */
      readonly where: 'shared' | 'fallback'
      readonly folder: string
      readonly files: readonly SavedFollowUpFile[]
      readonly reason: ReportFailureReason | null
    }
  | { readonly ok: false; readonly reason: 'write-failed'; readonly detail: ReportFailureReason }
  /** A date the calendar has no day for (30 February): nothing is written. */
  | { readonly ok: false; readonly reason: 'invalid-date' }
