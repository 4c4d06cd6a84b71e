import type { Dilemma, Principle, Session } from './schema'
import { currentDilemma, shownPrinciple } from './selectors'

/** What the projector shows, derived from the session alone. */
export type ProjectorScreen =
  | { readonly kind: 'welcome'; readonly dilemma: Dilemma | null }
  | { readonly kind: 'principle'; readonly principle: Principle; readonly dilemma: Dilemma | null }

export function projectorScreen(session: Session): ProjectorScreen {
  const dilemma = currentDilemma(session)
  const principle = shownPrinciple(session)
  return principle ? { kind: 'principle', principle, dilemma } : { kind: 'welcome', dilemma }
}
