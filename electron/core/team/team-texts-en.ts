import type { TeamTexts } from './team-texts'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export const en: TeamTexts = {
  tag: 'en-GB',
  kicker: 'Dansende Dilemma’s team overview',
  fileLabel: 'Team overview',
  nameLabel: '[name]',
  removed: '[removed]',
  span: (count, from, to) =>
    count === 1 ? `1 session, on ${from}.` : `${count} sessions, from ${from} to ${to}.`,
  noSessions: 'This folder holds no session files the app could read.',
  discussed: (count) => `${plural(count, 'dilemma', 'dilemmas')} discussed in all.`,
  hidden: (count) =>
    `${plural(count, 'name or personal detail was', 'names or personal details were')} ` +
    'left out or replaced by [name].',
  principles: {
    heading: 'Principles chosen',
    intro: 'How many people stood on each principle, added up over all sessions.',
    principle: 'Principle',
    first: 'First choice',
    after: 'After the conversation',
    empty: 'No choices have been counted yet.',
    more: (count) => `And ${plural(count, 'more principle', 'more principles')} in the app.`,
  },
  pairs: {
    heading: 'Tensions and common ground that recur',
    intro: 'Principles marked together in more than one session.',
    pair: 'Principles',
    kind: 'Kind',
    sessions: 'Sessions',
    kinds: { tension: 'tension', common: 'common ground' },
    empty: 'No tension or common ground came back in more than one session.',
    more: (count) => `And ${plural(count, 'more pair', 'more pairs')} in the app.`,
  },
  threads: {
    heading: 'Common threads',
    empty: 'No common threads were written down.',
    more: (count) =>
      `And ${plural(count, 'earlier common thread', 'earlier common threads')} in the app.`,
  },
  followUps: {
    heading: 'Follow-ups',
    intro: 'How each stands, as a later session looked back on it.',
    date: 'Session',
    what: 'Follow-up',
    state: 'State',
    states: { open: 'open', done: 'done', 'in-progress': 'in progress', dropped: 'dropped' },
    empty: 'No follow-ups were agreed.',
    more: (count) => `And ${plural(count, 'earlier follow-up', 'earlier follow-ups')} in the app.`,
  },
  skipped: {
    heading: 'Left out',
    intro: 'These files in the folder were skipped; they were not changed.',
    reasons: {
      damaged: 'damaged or unreadable',
      foreign: 'not a session file',
      'newer-version': 'from a newer version of the app',
      'too-large': 'too large',
    },
    more: (count) => `And ${plural(count, 'more file', 'more files')}.`,
  },
  generated: (when) => `This overview was made on ${when}.`,
}
