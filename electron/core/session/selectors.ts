import type { Dilemma, Phase, Principle, Session, TallyMoment } from './schema'

export function currentDilemma(session: Session): Dilemma | null {
  return session.dilemmas.find((d) => d.id === session.currentDilemmaId) ?? null
}

export function currentPhase(session: Session): Phase | null {
  return session.phases.find((p) => p.id === session.currentPhaseId) ?? null
}

export function shownPrinciple(session: Session): Principle | null {
  return session.principles.find((p) => p.id === session.projector.principleId) ?? null
}

export type DisplayStatus = Dilemma['status'] | 'current'

/** A dilemma's status as the facilitator sees it: the one on the floor is 'current'. */
export function dilemmaStatus(session: Session, dilemma: Dilemma): DisplayStatus {
  return dilemma.id === session.currentDilemmaId ? 'current' : dilemma.status
}

/** The dilemmas still waiting, in queue order. */
export function queuedDilemmas(session: Session): Dilemma[] {
  return session.dilemmas.filter((d) => dilemmaStatus(session, d) === 'queued')
}

export function principleById(session: Session, id: string): Principle | undefined {
  return session.principles.find((p) => p.id === id)
}

export function plannedProgrammeMinutes(session: Session): number {
  return session.phases.reduce((sum, phase) => sum + phase.plannedMinutes, 0)
}

/** The counts of one moment of a variant-1 dilemma: before the conversation, or after it. */
export function countsOf(dilemma: Dilemma, moment: TallyMoment): Readonly<Record<string, number>> {
  return moment === 'first' ? dilemma.firstTally : dilemma.tally
}

/**
 * How many people stood on a principle at a moment. Own keys only: a tally is a plain object,
 * and `tally.constructor` would otherwise be a function, not a count.
 */
export function momentCount(dilemma: Dilemma, moment: TallyMoment, principleId: string): number {
  const counts = countsOf(dilemma, moment)
  return Object.hasOwn(counts, principleId) ? (counts[principleId] ?? 0) : 0
}

/** How many stood on a principle after the conversation: the count the report calls the choice. */
export function tallyCount(dilemma: Dilemma, principleId: string): number {
  return momentCount(dilemma, 'after', principleId)
}
