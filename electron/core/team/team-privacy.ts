import { createDetector } from '../privacy/detect'
import { reportPeople } from '../privacy/people'
import { cleanText } from '../report/clean-text'
import type { Session } from '../session/schema'
import type { TeamTexts } from './team-texts'

/** A text as the overview may show it, and how many findings were taken out of it. */
export interface ScrubbedText {
  readonly text: string
  readonly hidden: number
}

export type Scrub = (text: string) => ScrubbedText

/**
 * The report's publication check with the report's defaults when no names are chosen: a name of
 * a participant or facilitator of that session becomes a neutral label, anything else found (an
 * e-mail address, a phone number, a BSN, …) is removed. The overview keeps no choices of its
 * own: it covers many sessions and names nobody, so every finding is hidden. Compiled once per
 * session, as the people differ per session.
 */
export function createScrub(
  session: Session,
  texts: Pick<TeamTexts, 'nameLabel' | 'removed'>,
): Scrub {
  const detect = createDetector(reportPeople(session))
  return (raw) => {
    const text = cleanText(raw)
    const matches = detect(text)
    let published = ''
    let from = 0
    for (const match of matches) {
      published += text.slice(from, match.start)
      published += match.kind === 'name' ? texts.nameLabel : texts.removed
      from = match.end
    }
    return { text: published + text.slice(from), hidden: matches.length }
  }
}
