import { z } from 'zod'
import type { PairKind } from '../session/schema'
import type { FollowUpState } from '../session/parts/look-back'
import { formatListSchema, type ReportSaveResult } from '../report/report-contract'

/**
 * "Teamoverzicht": what the team's session files say over time, read from a folder the
 * facilitator chooses. Main reads the folder and keeps the overview; the window shows it and asks
 * for it to be saved, never naming a path.
 */

/** Why a file in the folder was left out; the facilitator sees each by its name. */
export const SKIPPED_REASONS = ['damaged', 'foreign', 'newer-version', 'too-large'] as const
export type SkippedReason = (typeof SKIPPED_REASONS)[number]

export interface SkippedFile {
  /** The file's name in the folder (never its path). */
  readonly name: string
  readonly reason: SkippedReason
}

/** One principle (by name: decks may differ between sessions) counted over the sessions. */
export interface PrincipleCount {
  readonly name: string
  readonly colour: string
  /** People who stood there at "eerste keuze" and "na het gesprek", over all variant-1 dilemmas. */
  readonly first: number
  readonly after: number
}

/** One session in the overview, oldest first. */
export interface TeamSession {
  /** 'YYYY-MM-DD' (the session's date, else the day it was last changed). */
  readonly date: string
  readonly title: string
  readonly discussed: number
  /** Per principle of that session's deck, in deck order. */
  readonly counts: readonly PrincipleCount[]
}

/** Two principles marked together in more than one session. */
export interface RecurringPair {
  readonly a: string
  readonly b: string
  readonly kind: PairKind
  /** In how many sessions the pair was marked (2 or more). */
  readonly sessions: number
}

/** A rode draad of one session, as the publication check leaves it. */
export interface TeamThread {
  readonly date: string
  readonly text: string
}

/** A follow-up agreed in one session and how the next session found it. */
export interface TeamFollowUp {
  /** The date of the session that agreed it. */
  readonly date: string
  readonly what: string
  /** 'open' too when no later session in the folder looked back on it. */
  readonly state: FollowUpState
}

export interface TeamOverview {
  /** The folder's own name (not its path), as the summary's heading names it. */
  readonly folderName: string
  readonly sessions: readonly TeamSession[]
  /** Over all sessions, most chosen "na het gesprek" first. */
  readonly principles: readonly PrincipleCount[]
  readonly pairs: readonly RecurringPair[]
  readonly threads: readonly TeamThread[]
  readonly followUps: readonly TeamFollowUp[]
  readonly skipped: readonly SkippedFile[]
  /**
   * How many names and other personal data the publication check replaced or removed in the
   * titles, rode draden and follow-ups above; optional so older overviews still read.
   */
  readonly hidden?: number
}

export type TeamOverviewResult =
  | { readonly ok: true; readonly overview: TeamOverview }
  | { readonly ok: false; readonly reason: 'cancelled' | 'unreadable' }

/** The summary's formats: the report's, without Word. */
export const TEAM_SUMMARY_FORMATS = ['pdf', 'html', 'md'] as const
export const teamSummaryFormatSchema = z.enum(TEAM_SUMMARY_FORMATS)
export type TeamSummaryFormat = z.infer<typeof teamSummaryFormatSchema>

export const teamSummarySaveRequestSchema = z.strictObject({
  formats: formatListSchema(TEAM_SUMMARY_FORMATS),
})
export type TeamSummarySaveRequest = z.infer<typeof teamSummarySaveRequestSchema>

/** Saved like the report: to the report folder, else the fallback folder. */
export type TeamSummarySaveResult =
  ReportSaveResult | { readonly ok: false; readonly reason: 'no-overview' }
