import { cleanText } from '../report/clean-text'
import { momentCount } from '../session/selectors'
import type { Dilemma, PairKind, Session } from '../session/schema'
import type { PrincipleCount, RecurringPair } from './team-contract'

/** Decks may differ between sessions: a principle is the same one when its name is. */
export function principleKey(name: string): string {
  return cleanText(name).normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ')
}

/** The dilemmas whose counts and marks count, as the report has them: discussed or on the floor. */
export function countedDilemmas(session: Session): Dilemma[] {
  return session.dilemmas.filter(
    (d) => d.status === 'discussed' || d.id === session.currentDilemmaId,
  )
}

/** Per principle of the session's deck, in deck order: who stood there, over its variant-1 dilemmas. */
export function sessionCounts(session: Session): PrincipleCount[] {
  const dilemmas = countedDilemmas(session).filter((d) => d.variant === 'variant1')
  return session.principles.map((principle) => ({
    name: cleanText(principle.name),
    colour: principle.color,
    first: dilemmas.reduce((sum, d) => sum + momentCount(d, 'first', principle.id), 0),
    after: dilemmas.reduce((sum, d) => sum + momentCount(d, 'after', principle.id), 0),
  }))
}

/**
 * Over all sessions (oldest first), by name; a later session's spelling and colour win. Most
 * chosen "na het gesprek" first, then "eerste keuze", then by name.
 */
export function principleTotals(
  perSession: readonly (readonly PrincipleCount[])[],
): PrincipleCount[] {
  const totals = new Map<string, PrincipleCount>()
  for (const counts of perSession) {
    for (const count of counts) {
      const key = principleKey(count.name)
      const known = totals.get(key)
      totals.set(key, {
        name: count.name,
        colour: count.colour,
        first: (known?.first ?? 0) + count.first,
        after: (known?.after ?? 0) + count.after,
      })
    }
  }
  return [...totals.values()].sort(
    (x, y) => y.after - x.after || y.first - x.first || x.name.localeCompare(y.name, 'nl'),
  )
}

interface PairSeen {
  readonly a: string
  readonly b: string
  readonly kind: PairKind
}

/** The pairs one session marked, by principle name, each once however many dilemmas marked it. */
export function sessionPairs(session: Session): Map<string, PairSeen> {
  const names = new Map(session.principles.map((p) => [p.id, cleanText(p.name)]))
  const seen = new Map<string, PairSeen>()
  for (const dilemma of countedDilemmas(session)) {
    for (const mark of dilemma.pairs) {
      const first = names.get(mark.a)
      const second = names.get(mark.b)
      if (first === undefined || second === undefined) continue
      const [a, b] = principleKey(first) <= principleKey(second) ? [first, second] : [second, first]
      // Two deck entries of one name are no pair.
      if (principleKey(a) === principleKey(b)) continue
      seen.set(`${mark.kind}|${principleKey(a)}|${principleKey(b)}`, { a, b, kind: mark.kind })
    }
  }
  return seen
}

/** Pairs marked in two sessions or more; most sessions first, tension before common ground. */
export function recurringPairs(perSession: readonly Map<string, PairSeen>[]): RecurringPair[] {
  const counted = new Map<string, RecurringPair>()
  for (const pairs of perSession) {
    for (const [key, pair] of pairs) {
      counted.set(key, { ...pair, sessions: (counted.get(key)?.sessions ?? 0) + 1 })
    }
  }
  return [...counted.values()]
    .filter((pair) => pair.sessions >= 2)
    .sort(
      (x, y) =>
        y.sessions - x.sessions ||
        (x.kind === y.kind ? 0 : x.kind === 'tension' ? -1 : 1) ||
        x.a.localeCompare(y.a, 'nl') ||
        x.b.localeCompare(y.b, 'nl'),
    )
}
