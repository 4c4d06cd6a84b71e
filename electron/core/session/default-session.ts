import defaultDeck from '@resources/decks/default.nl.json'
import { principleSchema, SESSION_SCHEMA_VERSION, type Principle, type Session } from './schema'

/** The shipped deck, validated once so a bad edit of the resource fails loudly in tests. */
export function defaultPrinciples(): Principle[] {
  return principleSchema.array().parse(defaultDeck.principles)
}

export function createSession(now: number): Session {
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    nextSeq: 1,
    updatedAt: now,
    principles: defaultPrinciples(),
    dilemmas: [],
    currentDilemmaId: null,
    projector: { principleId: null },
  }
}

/** A session worth offering for resume: the facilitator has put something into it. */
export function hasContent(session: Session): boolean {
  return session.dilemmas.length > 0 || session.projector.principleId !== null
}
