import { z } from 'zod'

/** Bumped when the stored shape changes; loaders migrate older versions. */
export const SESSION_SCHEMA_VERSION = 1

export const LIMITS = {
  principles: 20,
  dilemmas: 200,
  titleLength: 2000,
  descriptionLength: 20000,
  principleNameLength: 80,
  principleSummaryLength: 300,
  principleExplanationLength: 2000,
} as const

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id may only hold letters, digits, - and _')

export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1d4e89')

export const principleSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(LIMITS.principleNameLength),
  summary: z.string().max(LIMITS.principleSummaryLength),
  explanation: z.string().max(LIMITS.principleExplanationLength),
  color: colorSchema,
})

export const dilemmaTitleSchema = z.string().trim().min(1).max(LIMITS.titleLength)
export const dilemmaDescriptionSchema = z.string().max(LIMITS.descriptionLength)

export const dilemmaSchema = z.object({
  id: idSchema,
  title: dilemmaTitleSchema,
  description: dilemmaDescriptionSchema,
})

export const projectorStateSchema = z.object({
  principleId: idSchema.nullable(),
})

export const sessionSchema = z
  .object({
    schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
    nextSeq: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    principles: z.array(principleSchema).min(1).max(LIMITS.principles),
    dilemmas: z.array(dilemmaSchema).max(LIMITS.dilemmas),
    currentDilemmaId: idSchema.nullable(),
    projector: projectorStateSchema,
  })
  .superRefine((session, ctx) => {
    const duplicate = (ids: string[]): string | undefined =>
      ids.find((id, index) => ids.indexOf(id) !== index)
    const dilemmaIds = session.dilemmas.map((d) => d.id)
    const principleIds = session.principles.map((p) => p.id)
    const twiceDilemma = duplicate(dilemmaIds)
    if (twiceDilemma) ctx.addIssue({ code: 'custom', message: `dilemma id ${twiceDilemma} twice` })
    const twicePrinciple = duplicate(principleIds)
    if (twicePrinciple)
      ctx.addIssue({ code: 'custom', message: `principle id ${twicePrinciple} twice` })
    if (session.currentDilemmaId !== null && !dilemmaIds.includes(session.currentDilemmaId))
      ctx.addIssue({ code: 'custom', message: 'current dilemma does not exist' })
    const shown = session.projector.principleId
    if (shown !== null && !principleIds.includes(shown))
      ctx.addIssue({ code: 'custom', message: 'shown principle does not exist' })
  })

export type Principle = z.infer<typeof principleSchema>
export type Dilemma = z.infer<typeof dilemmaSchema>
export type Session = z.infer<typeof sessionSchema>

/** What every window renders: the session plus the revision that produced it. */
export interface Snapshot {
  readonly revision: number
  readonly session: Session
}
