import { blankDilemma } from '../session/blank-dilemma'
import { sessionAsTemplate } from '../session/default-session'
import type { Dilemma, LookBackItem, Session } from '../session/schema'
import type { FollowUpPlan } from './follow-up-contract'

/** A dilemma that did not get its turn, back in the queue as prepared material. */
function carriedOver(dilemma: Dilemma): Dilemma {
  const { id, title, description, contributor, variant } = dilemma
  return blankDilemma(id, { title, description, contributor, source: 'prepared' }, variant)
}

/**
 * The next session of the same team, made from this one: the same set-up, deck, programme,
 * facilitators and participants; the date, time and place of the plan; the dilemmas that were
 * not discussed back in the queue as prepared; and this session's follow-ups to look back on
 * at the start. Counts, notes and the harvest start empty.
 */
export function followUpSession(session: Session, plan: FollowUpPlan, now: number): Session {
  const next = sessionAsTemplate(session, now)
  // A follow-up left without words is nothing to look back on.
  const followUps: LookBackItem[] = session.harvest.followUps
    .filter((followUp) => followUp.what.trim() !== '')
    .map((followUp) => ({ ...followUp, state: 'open' }))
  return {
    ...next,
    setup: {
      ...next.setup,
      date: plan.date,
      startTime: plan.startTime,
      location: plan.location,
    },
    // Whoever was absent this time is expected again next time.
    participants: session.participants.map((participant) => ({ ...participant, present: true })),
    dilemmas: session.dilemmas.filter((d) => d.status !== 'discussed').map(carriedOver),
    lookBack: {
      from: { title: session.setup.title, date: session.setup.date },
      followUps,
      shown: false,
    },
  }
}
