import type { Session } from '../session/schema'
import { currentPhase } from '../session/selectors'

/**
 * Whether the displays must stay awake: while a phase of the programme is current and not yet
 * finished. Before the start, and once the programme has been finished, the computer may sleep.
 */
export function sessionKeepsDisplayAwake(session: Session): boolean {
  const phase = currentPhase(session)
  return phase !== null && phase.endedAt === null
}
