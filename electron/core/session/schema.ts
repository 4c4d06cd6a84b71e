import { z } from 'zod'
import { dilemmaSchema } from './parts/dilemmas'
import { harvestSchema } from './parts/harvest'
import { lookBackSchema } from './parts/look-back'
import { participantSchema } from './parts/participants'
import { principleSchema } from './parts/principles'
import { epochSchema, idSchema, LIMITS } from './parts/primitives'
import { phaseSchema, starterSchema } from './parts/programme'
import { localeSchema, projectorStateSchema } from './parts/projector'
import { reportOptionsSchema } from './parts/report'
import { setupSchema } from './parts/setup'
import { timerSettingsSchema, timersSchema } from './parts/timers'

export * from './parts/dilemmas'
export * from './parts/harvest'
export * from './parts/look-back'
export * from './parts/participants'
export * from './parts/primitives'
export * from './parts/principles'
export * from './parts/programme'
export * from './parts/projector'
export * from './parts/report'
export * from './parts/setup'
export * from './parts/timers'

/** Bumped when the stored shape changes; loaders migrate older versions. */
export const SESSION_SCHEMA_VERSION = 3

/** The session without the cross-references; sessionSchema below adds those. */
export const sessionShape = z.object({
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
  /** Source of new ids (d12, p3, …), so the reducer stays pure. */
  nextSeq: z.number().int().nonnegative().max(LIMITS.nextSeq),
  updatedAt: epochSchema,
  /** The language of the windows (and later the report). */
  locale: localeSchema,
  setup: setupSchema,
  principles: z.array(principleSchema).min(1).max(LIMITS.principles),
  participants: z.array(participantSchema).max(LIMITS.participants),
  phases: z.array(phaseSchema).max(LIMITS.phases),
  currentPhaseId: idSchema.nullable(),
  starter: starterSchema,
  dilemmas: z.array(dilemmaSchema).max(LIMITS.dilemmas),
  currentDilemmaId: idSchema.nullable(),
  harvest: harvestSchema,
  projector: projectorStateSchema,
  timers: timersSchema,
  timerSettings: timerSettingsSchema,
  /** Since version 2: what the feedback report may name. */
  report: reportOptionsSchema,
  /** Since version 3: the previous session's follow-ups, looked back on ("Terugblik"). */
  lookBack: lookBackSchema,
})

type SessionShape = z.infer<typeof sessionShape>

function duplicateOf(ids: readonly string[]): string | undefined {
  return ids.find((id, index) => ids.indexOf(id) !== index)
}

/** Every reference inside a session points at something that exists; ids are unique. */
function pairProblems(dilemma: SessionShape['dilemmas'][number], known: Set<string>): string[] {
  const { pairs } = dilemma
  if (pairs.some((pair) => !known.has(pair.a) || !known.has(pair.b)))
    return [`dilemma ${dilemma.id} marks a pair with an unknown principle`]
  if (pairs.some((pair) => pair.a >= pair.b))
    return [`dilemma ${dilemma.id} marks a pair out of order`]
  if (duplicateOf(pairs.map((pair) => `${pair.a}+${pair.b}`)))
    return [`dilemma ${dilemma.id} marks a pair twice`]
  return []
}

export function referenceProblems(session: SessionShape): string[] {
  const problems: string[] = []
  const principleIds = new Set(session.principles.map((p) => p.id))
  const participantIds = new Set(session.participants.map((p) => p.id))
  const collections: [string, readonly { id: string }[]][] = [
    ['principle', session.principles],
    ['participant', session.participants],
    ['phase', session.phases],
    ['dilemma', session.dilemmas],
    ['thread', session.harvest.threads],
    ['insight', session.harvest.insights],
    ['follow-up', session.harvest.followUps],
    ['look-back item', session.lookBack.followUps],
  ]
  for (const [name, items] of collections) {
    const twice = duplicateOf(items.map((item) => item.id))
    if (twice) problems.push(`${name} id ${twice} twice`)
  }
  const missing = (id: string | null, items: readonly { id: string }[]) =>
    id !== null && !items.some((item) => item.id === id)
  if (missing(session.currentPhaseId, session.phases)) problems.push('current phase does not exist')
  if (missing(session.currentDilemmaId, session.dilemmas))
    problems.push('current dilemma does not exist')
  if (session.projector.principleId !== null && !principleIds.has(session.projector.principleId))
    problems.push('shown principle does not exist')
  for (const dilemma of session.dilemmas) {
    const counted = [...Object.keys(dilemma.tally), ...Object.keys(dilemma.firstTally)]
    if (counted.some((id) => !principleIds.has(id)))
      problems.push(`dilemma ${dilemma.id} tallies an unknown principle`)
    const chosen = dilemma.variant2.principleIds
    if (chosen.some((id) => !principleIds.has(id)) || duplicateOf(chosen))
      problems.push(`dilemma ${dilemma.id} has unknown or repeated variant-2 principles`)
    problems.push(...pairProblems(dilemma, principleIds))
    if (dilemma.roundNotes.length > dilemma.variant2.rounds.length)
      problems.push(`dilemma ${dilemma.id} has notes for a round it does not have`)
    const noted = dilemma.roundNotes.flatMap((notes) => Object.keys(notes.speakers))
    if (noted.some((id) => !participantIds.has(id)))
      problems.push(`dilemma ${dilemma.id} has notes of an unknown speaker`)
    const shown = dilemma.roundNotesShown
    if (shown !== null && shown >= dilemma.variant2.rounds.length)
      problems.push(`dilemma ${dilemma.id} shows the notes of a round it does not have`)
    for (const round of dilemma.variant2.rounds) {
      const speakers = round.speakers.filter((id): id is string => id !== null)
      if (speakers.some((id) => !participantIds.has(id)) || duplicateOf(speakers))
        problems.push(`dilemma ${dilemma.id} has unknown or repeated speakers`)
    }
  }
  return problems
}

export const sessionSchema = sessionShape.superRefine((session, ctx) => {
  for (const message of referenceProblems(session)) ctx.addIssue({ code: 'custom', message })
})

export type Session = z.infer<typeof sessionSchema>

/** A session at a revision: what autosave and session files keep. */
export interface Snapshot {
  readonly revision: number
  readonly session: Session
}

/** Whether undo and redo can go anywhere; the history itself stays in main. */
export interface HistoryState {
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/** What every window renders: the snapshot plus what the undo history allows. */
export interface WindowSnapshot extends Snapshot {
  readonly history: HistoryState
  /**
   * Main's clock when this snapshot was handed out. Windows set their own clock by it, so both
   * show the same second and a changed system clock cannot make their timers jump.
   */
  readonly clock: number
  /**
   * The machine's wall clock (`Date.now()`) in main at the same instant as `clock`. A window on
   * the same machine reads that wall clock too, so through this pair it knows main's time
   * without the delay the snapshot took on its way: every window shows the same second.
   */
  readonly wallClock: number
}
