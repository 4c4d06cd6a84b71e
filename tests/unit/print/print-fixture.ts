import { createSession } from '@core/session/default-session'
import type { Locale, Principle, Session } from '@core/session/schema'

const COLORS = ['#1d4e89', '#6a2c91', '#005f73', '#a1262d', '#7d4608', '#3d4f5c', '#245c36']

/** A deck of `count` principles with names and summaries of the longest kind. */
export function deckOf(count: number): Principle[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Verantwoordingsbereidheidsprincipe${i + 1} en nog wat woorden erbij`,
    summary: `Samenvatting ${i + 1}: ${'je weegt belangen zorgvuldig af en legt uit waarom. '.repeat(5)}`,
    explanation: '',
    color: COLORS[i % COLORS.length] ?? '#1d4e89',
  }))
}

export function printSession(
  locale: Locale = 'nl',
  changes: Partial<Session['setup']> = {},
): Session {
  const session = createSession(Date.UTC(2026, 11, 1), locale)
  return {
    ...session,
    setup: { ...session.setup, title: 'Teamdag Financiën', date: '2026-12-04', ...changes },
  }
}
