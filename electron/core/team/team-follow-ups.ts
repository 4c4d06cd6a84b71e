import type { FollowUpState } from '../session/parts/look-back'
import type { Session } from '../session/schema'

interface Looker {
  readonly session: Session
  readonly states: ReadonlyMap<string, FollowUpState>
}

/** Where a follow-up stands according to the sessions that looked back on its session. */
export type FollowUpStateOf = (agreedIn: Session, followUpId: string) => FollowUpState

/**
 * A follow-up agreed in session A gets its state from a session B prepared from A: B looks back
 * on A's title and date and lists the same follow-up id. When more than one session did (a copy
 * of B in the folder), the last of them in time order is the newest word. Otherwise: 'open'.
 *
 * `sessions` are in time order, oldest first.
 */
export function followUpStates(sessions: readonly Session[]): FollowUpStateOf {
  const byOrigin = new Map<string, Looker[]>()
  const originKey = (title: string, date: string) => JSON.stringify([title, date])
  for (const session of sessions) {
    const { from, followUps } = session.lookBack
    if (from === null) continue
    const key = originKey(from.title, from.date)
    const states = new Map(followUps.map((item) => [item.id, item.state]))
    byOrigin.set(key, [...(byOrigin.get(key) ?? []), { session, states }])
  }
  return (agreedIn, followUpId) => {
    const lookers = byOrigin.get(originKey(agreedIn.setup.title, agreedIn.setup.date)) ?? []
    let state: FollowUpState = 'open'
    for (const looker of lookers) {
      // A session never answers for its own follow-ups, even with its own title and date.
      if (looker.session !== agreedIn) state = looker.states.get(followUpId) ?? state
    }
    return state
  }
}
