import type { Dilemma, Principle, Session } from './schema'

export function currentDilemma(session: Session): Dilemma | null {
  return session.dilemmas.find((d) => d.id === session.currentDilemmaId) ?? null
}

export function shownPrinciple(session: Session): Principle | null {
  return session.principles.find((p) => p.id === session.projector.principleId) ?? null
}
