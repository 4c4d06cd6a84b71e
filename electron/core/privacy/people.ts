import { cleanText } from '../report/clean-text'
import type { Session } from '../session/schema'
import type { Person } from './detect'

/** The participant's key in findings and labels. */
export const participantKey = (id: string): string => `p:${id}`

/**
 * Everyone whose name the publication check looks for: the participants (present or not: an
 * absent colleague is named in a text just as easily), then the facilitators. When two share a
 * name, the first in this list is the one found.
 */
export function reportPeople(session: Session): Person[] {
  const participants = session.participants.map((p) => ({
    key: participantKey(p.id),
    name: cleanText(p.name),
  }))
  const facilitators = session.setup.facilitators.map((name, index) => ({
    key: `f:${index}`,
    name: cleanText(name),
  }))
  return [...participants, ...facilitators].filter((person) => person.name !== '')
}
