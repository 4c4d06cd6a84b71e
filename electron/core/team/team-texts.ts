import type { Locale, PairKind } from '../session/schema'
import type { FollowUpState } from '../session/parts/look-back'
import type { SkippedReason } from './team-contract'
import { en } from './team-texts-en'
import { nl } from './team-texts-nl'

/** Every word the team overview and its summary write themselves. User text never passes here. */
export interface TeamTexts {
  /** The BCP 47 tag for dates and the document's language. */
  readonly tag: string
  readonly kicker: string
  /** Before the folder's name in a file name: "2026-03-14 Teamoverzicht - Team Zuid.pdf". */
  readonly fileLabel: string
  /** What stands where a name was found in a text (the overview never says whose). */
  readonly nameLabel: string
  /** What stands where other personal data (an e-mail address, a phone number) was removed. */
  readonly removed: string
  readonly span: (count: number, from: string, to: string) => string
  readonly noSessions: string
  readonly discussed: (count: number) => string
  readonly hidden: (count: number) => string
  readonly principles: {
    readonly heading: string
    readonly intro: string
    readonly principle: string
    readonly first: string
    readonly after: string
    readonly empty: string
    readonly more: (count: number) => string
  }
  readonly pairs: {
    readonly heading: string
    readonly intro: string
    readonly pair: string
    readonly kind: string
    readonly sessions: string
    readonly kinds: Readonly<Record<PairKind, string>>
    readonly empty: string
    readonly more: (count: number) => string
  }
  readonly threads: {
    readonly heading: string
    readonly empty: string
    readonly more: (count: number) => string
  }
  readonly followUps: {
    readonly heading: string
    readonly intro: string
    readonly date: string
    readonly what: string
    readonly state: string
    readonly states: Readonly<Record<FollowUpState, string>>
    readonly empty: string
    readonly more: (count: number) => string
  }
  readonly skipped: {
    readonly heading: string
    readonly intro: string
    readonly reasons: Readonly<Record<SkippedReason, string>>
    readonly more: (count: number) => string
  }
  readonly generated: (when: string) => string
}

export function teamTexts(locale: Locale): TeamTexts {
  return locale === 'en' ? en : nl
}
