import { z } from 'zod'

/**
 * What the feedback report may name. It goes onto a shared drive, so names stay out unless
 * the facilitator ticks them in.
 */
export const reportOptionsSchema = z.object({
  /** Participants' names: the attendance list and who stood where in variant 2. */
  includeNames: z.boolean(),
  /** Who brought each dilemma in. */
  includeContributors: z.boolean(),
  /**
   * The titles of the dilemmas not discussed (skipped, not reached): the next session's
   * material, but a title can be private to whoever brought it in. Files from before: off.
   */
  includeOpenDilemmas: z.boolean().default(false),
})
export type ReportOptions = z.infer<typeof reportOptionsSchema>

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  includeNames: false,
  includeContributors: false,
  includeOpenDilemmas: false,
}
