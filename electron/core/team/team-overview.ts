import type { Locale, Session } from '../session/schema'
import type {
  SkippedFile,
  TeamFollowUp,
  TeamOverview,
  TeamSession,
  TeamThread,
} from './team-contract'
import { followUpStates } from './team-follow-ups'
import { createScrub } from './team-privacy'
import { principleTotals, recurringPairs, sessionCounts, sessionPairs } from './team-tallies'
import { teamTexts } from './team-texts'

export interface TeamOverviewInput {
  readonly folderName: string
  /** `name` is the file's name in the folder; only used to keep the order stable. */
  readonly sessions: readonly { readonly name: string; readonly session: Session }[]
  readonly skipped: readonly SkippedFile[]
  /** The language of the labels that replace names in texts (default Dutch). */
  readonly locale?: Locale
}

// The team meets in the Netherlands: a session without a date is dated by its last change there.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

function amsterdamDay(epochMs: number): string {
  const parts = AMSTERDAM_DAY.formatToParts(epochMs)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** 'YYYY-MM-DD': the session's date, else the day it was last changed. */
export function sessionDay(session: Session): string {
  return session.setup.date || amsterdamDay(session.updatedAt)
}

const bySessionTime = (
  x: { name: string; session: Session; day: string },
  y: { name: string; session: Session; day: string },
) =>
  x.day.localeCompare(y.day) ||
  x.session.updatedAt - y.session.updatedAt ||
  x.name.localeCompare(y.name)

/**
 * What the team's session files say over time. Pure. Texts pass the publication check of their
 * own session (names become a neutral label, other personal data goes); the overview carries no
 * participant, contributor or follow-up owner.
 */
export function teamOverview(input: TeamOverviewInput): TeamOverview {
  const texts = teamTexts(input.locale ?? 'nl')
  const ordered = input.sessions
    .map((entry) => ({ ...entry, day: sessionDay(entry.session) }))
    .sort(bySessionTime)
  const stateOf = followUpStates(ordered.map((entry) => entry.session))
  let hidden = 0
  const sessions: TeamSession[] = []
  const threads: TeamThread[] = []
  const followUps: TeamFollowUp[] = []
  for (const { session, day } of ordered) {
    const scrub = createScrub(session, texts)
    const title = scrub(session.setup.title)
    hidden += title.hidden
    sessions.push({
      date: day,
      title: title.text,
      discussed: session.dilemmas.filter((d) => d.status === 'discussed').length,
      counts: sessionCounts(session),
    })
    for (const thread of session.harvest.threads) {
      const text = scrub(thread.text)
      hidden += text.hidden
      if (text.text !== '') threads.push({ date: day, text: text.text })
    }
    for (const followUp of session.harvest.followUps) {
      const what = scrub(followUp.what)
      hidden += what.hidden
      if (what.text !== '')
        followUps.push({ date: day, what: what.text, state: stateOf(session, followUp.id) })
    }
  }
  return {
    folderName: input.folderName,
    sessions,
    principles: principleTotals(sessions.map((s) => s.counts)),
    pairs: recurringPairs(ordered.map((entry) => sessionPairs(entry.session))),
    threads,
    followUps,
    skipped: [...input.skipped].sort((x, y) => x.name.localeCompare(y.name)),
    hidden,
  }
}
