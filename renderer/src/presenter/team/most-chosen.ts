import type { PrincipleCount, TeamSession } from '@core/team/team-contract'

/**
 * The principle most people stood on after the conversation in one session: the team's pattern
 * over time, one line a session. Null when nobody was counted; a tie goes to the deck's order.
 */
export function mostChosen(session: TeamSession): PrincipleCount | null {
  let best: PrincipleCount | null = null
  for (const count of session.counts) if (count.after > (best?.after ?? 0)) best = count
  return best
}
