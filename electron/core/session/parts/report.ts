import { z } from 'zod'

/** What happens to one finding: its label in place of a name, left as it is, or removed. */
export const FINDING_CHOICES = ['label', 'keep', 'remove'] as const
export const findingChoiceSchema = z.enum(FINDING_CHOICES)
export type FindingChoice = z.infer<typeof findingChoiceSchema>
/** A finding's key names its place, kind and the text found: never longer than this. */
export const FINDING_KEY_MAX = 400
export const FINDING_CHOICES_MAX = 1000

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
  /**
   * Names of those who take a follow-up on: a separate choice, since "who" is often a role
   * ("teamleider") and a name there must never slip in unnoticed. Off: a name becomes its label.
   */
  includeFollowUpOwners: z.boolean().default(false),
  /**
   * The facilitator's choice per finding of the publication check (electron/core/privacy), by
   * the finding's key; a finding without one gets its default (a name its label, anything else
   * removed). Keys of findings that are gone do no harm and are dropped when the record is full.
   */
  findingChoices: z
    .record(z.string().min(1).max(FINDING_KEY_MAX), findingChoiceSchema)
    .refine((choices) => Object.keys(choices).length <= FINDING_CHOICES_MAX, 'too many choices')
    .default({}),
})
export type ReportOptions = z.infer<typeof reportOptionsSchema>

/**
 * A new session lists the dilemmas not discussed by title: they are the material for a next
 * session, and the publication check reads the titles like any other text.
 */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  includeNames: false,
  includeContributors: false,
  includeOpenDilemmas: true,
  includeFollowUpOwners: false,
  findingChoices: {},
}
