import type { TextMatch } from '@core/privacy/detect'

/** The texts of the matches, to read a test at a glance. */
export const spans = (text: string, matches: readonly TextMatch[]): string[] =>
  matches.map((match) => text.slice(match.start, match.end))

/** "kind:text@person" per match. */
export const described = (text: string, matches: readonly TextMatch[]): string[] =>
  matches.map(
    (match) =>
      `${match.kind}:${text.slice(match.start, match.end)}` +
      (match.personKey === undefined ? '' : `@${match.personKey}`),
  )
