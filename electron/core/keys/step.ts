import type { CommandInput } from '../commands/schema'
import type { Dilemma, Session } from '../session/schema'
import { currentDilemma, currentPhase, queuedDilemmas } from '../session/selectors'

export type StepDirection = 'next' | 'previous'

/**
 * The dilemma "previous" goes back to: the nearest discussed one before the current dilemma in
 * the queue (or the last discussed one when none is current). Skipped dilemmas are passed over.
 */
export function previousDilemma(session: Session): Dilemma | null {
  const current = currentDilemma(session)
  const end = current ? session.dilemmas.indexOf(current) : session.dilemmas.length
  const before = session.dilemmas.slice(0, end)
  return before.findLast((d) => d.status === 'discussed') ?? null
}

function caseworkStep(session: Session, direction: StepDirection): CommandInput[] {
  if (direction === 'next') {
    const next = queuedDilemmas(session)[0]
    return next ? [{ type: 'dilemma/make-current', id: next.id }] : []
  }
  const previous = previousDilemma(session)
  if (!previous) return []
  const leaving = currentDilemma(session)
  // Making another dilemma current marks the one we leave "discussed". Going back means it
  // has not been (fully) discussed: it goes back into the queue, first in line for "next".
  return [
    { type: 'dilemma/make-current', id: previous.id },
    ...(leaving ? [{ type: 'dilemma/set-status', id: leaving.id, status: 'queued' } as const] : []),
  ]
}

/**
 * What "next step" and "previous step" (PageDown/PageUp, the arrows, a clicker) mean now:
 * in a casework phase, the next queued dilemma or back to the previous one; otherwise, and once
 * the dilemmas run out, the next or previous phase. Before the programme starts, "next" starts
 * it. At either end: nothing (an empty list). The commands are sent in order; each is one
 * ordinary command, so the host validates and records them like any other.
 */
export function stepCommand(session: Session, direction: StepDirection): CommandInput[] {
  if (currentPhase(session)?.kind === 'casework') {
    const step = caseworkStep(session, direction)
    if (step.length > 0) return step
  }
  const index = session.phases.findIndex((p) => p.id === session.currentPhaseId)
  if (direction === 'next') return index + 1 < session.phases.length ? [{ type: 'phase/next' }] : []
  return index > 0 ? [{ type: 'phase/previous' }] : []
}
