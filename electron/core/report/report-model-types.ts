import type { Locale } from '../session/schema'

/**
 * The feedback report as plain data: every word resolved in the session's language, every
 * choice about privacy already made. The builders (HTML, Markdown, Word) only lay it out.
 */
export interface ReportModel {
  readonly locale: Locale
  /** BCP 47 tag of the report's language, such as nl-NL. */
  readonly languageTag: string
  readonly kicker: string
  readonly title: string
  readonly facts: readonly ReportFact[]
  /** The previous session's follow-ups and where they stand; null when there are none. */
  readonly lookBack: LookBackSection | null
  readonly programme: ProgrammeSection
  readonly starter: ReportFact | null
  readonly principles: PrinciplesSection
  readonly dilemmas: DilemmaSection
  readonly harvest: HarvestSection
  readonly moreInfo: ReportFact | null
  readonly generated: string
}

/** The principles of the deck, each with its short text: the report is read by absentees too. */
export interface PrinciplesSection {
  readonly heading: string
  readonly intro: string
  readonly items: readonly ReportFact[]
}

export interface ReportFact {
  readonly label: string
  readonly value: string
  /** A long value (the list of those present) takes the whole width, not one column of it. */
  readonly wide?: boolean
  /**
   * The value names people because the facilitator chose so (those present, the facilitators,
   * a dilemma's contributor): the publication check looks here for anything but names.
   */
  readonly names?: boolean
}

export interface ProgrammeRow {
  readonly title: string
  readonly planned: string
  readonly start: string
  readonly end: string
  readonly duration: string
}

export interface ProgrammeSection {
  readonly heading: string
  readonly columns: ProgrammeRow
  readonly rows: readonly ProgrammeRow[]
  readonly total: ProgrammeRow | null
  readonly empty: string | null
}

export interface PrincipleRef {
  readonly name: string
  /** #rrggbb, checked by the session schema. */
  readonly color: string
}

export interface TallyBar extends PrincipleRef {
  readonly count: number
  /** The bar's length as a share of the longest bar, 0 to 1. */
  readonly share: number
  /** What a screen reader says for the bar. */
  readonly label: string
}

export interface TallyChart {
  readonly heading: string
  readonly columns: { readonly principle: string; readonly count: string }
  /** Every principle of the deck, in deck order. */
  readonly bars: readonly TallyBar[]
  readonly total: string
  readonly empty: string | null
}

export interface RoundsTable {
  readonly heading: string
  /** The first column's header, then one per slot: the principle on it, or none. */
  readonly corner: string
  readonly columns: readonly (PrincipleRef | null)[]
  readonly noPrinciple: string
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[]
  readonly empty: string | null
}

export interface Variant2Report {
  readonly heading: string
  readonly principles: readonly PrincipleRef[]
  readonly empty: string | null
  readonly rounds: RoundsTable
  /** What was said per round; null when no round has notes (and in files from before). */
  readonly notes: RoundNotesSection | null
}

/** One speaker's notes in a round: only speakers with something written. */
export interface SpeakerNotesRow {
  /** Their name or their label, as in the rounds table, with the principle they stood on. */
  readonly speaker: string
  readonly good: string
  readonly hard: string
}

export interface RoundNotesReport {
  /** The round's index in the session (0-based): where its texts' findings are kept. */
  readonly index: number
  /** "Ronde 2", as the rounds table calls it. */
  readonly label: string
  readonly tops: string
  readonly tips: string
  readonly speakers: readonly SpeakerNotesRow[]
}

export interface RoundNotesSection {
  readonly heading: string
  readonly labels: {
    readonly tops: string
    readonly tips: string
    readonly speaker: string
    readonly good: string
    readonly hard: string
  }
  /** Rounds with notes only, in order. */
  readonly rounds: readonly RoundNotesReport[]
}

/** How often two principles were marked together, each kind apart. */
export interface PairCount {
  readonly a: PrincipleRef
  readonly b: PrincipleRef
  readonly tension: number
  readonly common: number
}

/** The harvest's tension map: the whole deck as a map, and the pairs that came up in words. */
export interface TensionMapReport {
  readonly heading: string
  readonly intro: string
  /** The deck, in order: the map's rows and columns. */
  readonly principles: readonly PrincipleRef[]
  /** Every pair of the deck, a before b in deck order: the map's cells. */
  readonly pairs: readonly PairCount[]
  /** The highest count of either kind: the map's scale. */
  readonly most: number
  /** What the map shows, for those who cannot see it. */
  readonly imageLabel: string
  readonly legend: { readonly tension: string; readonly common: string }
  /** One line per kind that came up ("Spanning: A – B 3×, …"), most often first. */
  readonly lines: readonly ReportFact[]
  /** The pairs that came up, in deck order, with both counts: the table in Markdown and Word. */
  readonly table: {
    readonly caption: string
    readonly columns: { readonly pair: string; readonly tension: string; readonly common: string }
    readonly rows: readonly {
      readonly pair: string
      readonly tension: string
      readonly common: string
    }[]
  }
}

export interface DilemmaReport {
  /** 1-based, in the order of the session. */
  readonly number: number
  readonly title: string
  readonly description: string
  readonly facts: readonly ReportFact[]
  readonly tally: TallyChart | null
  readonly variant2: Variant2Report | null
  /** Tipping point, tensions, good, hard, tops and tips: only those written. */
  readonly texts: readonly ReportFact[]
}

export interface DilemmaSection {
  readonly heading: string
  readonly items: readonly DilemmaReport[]
  readonly empty: string | null
  /** How many were skipped or not reached, in a sentence; null when none. */
  readonly notDiscussed: string | null
  /** Their titles, only when the facilitator ticked it: material for a next session. */
  readonly open: OpenDilemmas | null
}

export interface OpenDilemmas {
  readonly heading: string
  /** Skipped, then not reached; a group without titles is left out. */
  readonly groups: readonly { readonly heading: string; readonly titles: readonly string[] }[]
}

export interface ListSection {
  readonly heading: string
  readonly items: readonly string[]
  readonly empty: string | null
}

export interface FollowUpRow {
  readonly what: string
  readonly who: string
  readonly due: string
}

export interface HarvestSection {
  readonly heading: string
  /** Only when at least one pair of principles was marked. */
  readonly tensionMap: TensionMapReport | null
  readonly threads: ListSection
  readonly insights: ListSection
  readonly followUps: {
    readonly heading: string
    readonly columns: FollowUpRow
    readonly rows: readonly FollowUpRow[]
    readonly empty: string | null
  }
}

/** A follow-up of the previous session, with where it stands in words ("loopt nog"). */
export interface LookBackRow extends FollowUpRow {
  readonly state: string
}

/** "Terugblik": opens the session, so it comes right after the session's facts. */
export interface LookBackSection {
  /** Names the previous session by its title and date: typed text, read by the publication check. */
  readonly heading: string
  readonly intro: string
  readonly columns: LookBackRow
  readonly rows: readonly LookBackRow[]
  /** "2 van 4 vervolgafspraken gedaan." */
  readonly summary: string
}
