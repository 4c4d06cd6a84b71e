import type { FollowUpState } from '../session/parts/look-back'
import type { CaseTextField, CaseVariant, Locale } from '../session/schema'
import { en } from './report-texts-en'
import { nl } from './report-texts-nl'

/** Every word the report writes itself, in one language. User text never passes through here. */
export interface ReportTexts {
  /** The BCP 47 tag for dates, times and the document's language. */
  readonly tag: string
  readonly kicker: string
  readonly untitled: string
  readonly facts: {
    readonly date: string
    readonly time: string
    readonly place: string
    readonly team: string
    readonly facilitators: string
    readonly participants: string
    readonly attendees: string
  }
  readonly present: (count: number) => string
  /** The facilitators without their names. */
  readonly facilitatorCount: (count: number) => string
  /** A facilitator without a name in the free text: one letter for the whole report. */
  readonly facilitator: (letter: string) => string
  /** What stands where the facilitator removed something the publication check found. */
  readonly removed: string
  /** Where in the report a finding of the publication check is, for the Verslag panel. */
  readonly places: {
    readonly title: string
    readonly dilemma: (number: number) => string
    readonly description: string
    readonly openDilemma: (number: number) => string
    readonly item: (list: string, number: number) => string
    readonly principle: (name: string) => string
    /** The look-back's place ("Terugblik") and one of its follow-ups in it. */
    readonly lookBack: string
    readonly followUp: (number: number) => string
  }
  readonly programme: {
    readonly heading: string
    readonly phase: string
    readonly planned: string
    readonly start: string
    readonly end: string
    readonly duration: string
    readonly total: string
    readonly notStarted: string
    readonly notEnded: string
    readonly running: string
    readonly empty: string
  }
  readonly minutes: (count: number) => string
  readonly starter: {
    readonly label: string
    readonly ends: (left: string, right: string) => string
  }
  readonly dilemmas: {
    readonly heading: string
    readonly empty: string
    readonly notDiscussed: (skipped: number, notReached: number) => string
  }
  readonly dilemma: {
    readonly contributor: string
    readonly variant: string
    readonly tally: string
    readonly principle: string
    readonly count: string
    readonly tallyTotal: (count: number) => string
    /** Variant 1 counted twice: the chart is the count after the conversation. */
    readonly tallyAfter: string
    readonly firstChoice: string
    readonly movement: string
    /** "Minstens 3 mensen verschoven: 2 van Integer naar Dienstbaar, …" */
    readonly moved: (count: number, moves: readonly string[]) => string
    readonly move: (count: number, from: string, to: string) => string
    readonly noTally: string
    readonly chosen: string
    readonly noneChosen: string
    readonly rounds: string
    readonly roundColumn: string
    readonly round: (number: number) => string
    readonly noRounds: string
    /** A participant without a name in the report: one letter (A, B, … AA) for the whole report. */
    readonly speaker: (letter: string) => string
    readonly noPrinciple: string
    readonly nobody: string
    /** The fact lines of the pairs a dilemma marked: "Spanning", "Raakvlak". */
    readonly tension: string
    readonly common: string
    /** Two principles of a pair, in deck order. */
    readonly pair: (a: string, b: string) => string
    /** Variant 2: the observeerders' tops and tips and the speakers' notes, per round. */
    readonly roundNotes: string
    readonly tops: string
    readonly tips: string
    readonly speakerColumn: string
    readonly good: string
    readonly hard: string
    /** A speaker with the principle they stood on that round. */
    readonly speakerOn: (speaker: string, principle: string) => string
  }
  /** The harvest's map of which principles pulled against each other or met. */
  readonly tensionMap: {
    readonly heading: string
    readonly intro: (dilemmas: number) => string
    /** The map's text alternative: what it shows, and that the same stands below as text. */
    readonly imageLabel: (principles: number, tension: number, common: number) => string
    readonly legendTension: string
    readonly legendCommon: string
    /** "Openheid – Integriteit 3×": how many dilemmas marked the pair so. */
    readonly times: (pair: string, count: number) => string
    readonly caption: string
    readonly pairColumn: string
  }
  /** The titles of the dilemmas not discussed, when the facilitator lists them. */
  readonly openDilemmas: {
    readonly heading: string
    readonly skipped: string
    readonly notReached: string
  }
  readonly variants: Readonly<Record<CaseVariant, string>>
  readonly caseTexts: Readonly<Record<CaseTextField, string>>
  readonly harvest: {
    readonly heading: string
    readonly threads: string
    readonly insights: string
    readonly followUps: string
    readonly noThreads: string
    readonly noInsights: string
    readonly noFollowUps: string
    readonly what: string
    readonly who: string
    readonly due: string
  }
  /** "Terugblik": where the previous session's follow-ups stand, as this session found. */
  readonly lookBack: {
    /** Names the previous session; either may be '' (then left out of the words). */
    readonly heading: (title: string, date: string) => string
    readonly intro: string
    readonly state: string
    readonly states: Readonly<Record<FollowUpState, string>>
    readonly summary: (done: number, total: number) => string
  }
  readonly moreInfo: string
  readonly principles: { readonly heading: string; readonly intro: string }
  readonly generated: (when: string) => string
  readonly chartLabel: (principle: string, count: number) => string
}

const TEXTS: Readonly<Record<Locale, ReportTexts>> = { nl, en }

export function reportTexts(locale: Locale): ReportTexts {
  return TEXTS[locale]
}
