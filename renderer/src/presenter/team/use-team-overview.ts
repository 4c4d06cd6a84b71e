import { presenterApi } from '@common/api'
import type {
  ReportFailureReason,
  ReportFormat,
  TeamOverview,
  TeamOverviewResult,
  TeamSummaryFormat,
  TeamSummarySaveResult,
} from '@contract'
import type { SavedReportFile } from '@core/report/report-contract'
import { TEAM_SUMMARY_FORMATS } from '@core/team/team-contract'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

/** Why the last folder could not be shown; a cancelled dialog is no problem. */
export type TeamReadProblem = 'unreadable' | 'unexpected'

/** What the last save of the summary came to, in the terms the panel tells it. */
export type TeamSaveOutcome =
  | {
      readonly kind: 'saved'
      readonly where: 'shared' | 'fallback'
      readonly folder: string
      readonly files: readonly SavedReportFile[]
      readonly reason: ReportFailureReason | null
    }
  | {
      readonly kind: 'failed'
      readonly reason: 'build-failed' | 'write-failed' | 'no-overview' | 'unexpected'
      readonly detail: ReportFailureReason | null
    }

export function teamSaveOutcome(result: TeamSummarySaveResult): TeamSaveOutcome {
  if (result.ok) {
    const reason = result.where === 'fallback' ? result.reason : null
    return {
      kind: 'saved',
      where: result.where,
      folder: result.folder,
      files: result.files,
      reason,
    }
  }
  switch (result.reason) {
    case 'build-failed':
    case 'write-failed':
      return { kind: 'failed', reason: result.reason, detail: result.detail ?? null }
    case 'no-overview':
      return { kind: 'failed', reason: 'no-overview', detail: null }
    // A save never has anything pending to retry; should main say so, it is still not saved.
    case 'nothing-pending':
      return { kind: 'failed', reason: 'unexpected', detail: null }
    default:
      return result satisfies never
  }
}

/** What the summary is saved as unless the facilitator ticks otherwise: one page to pass on. */
export const DEFAULT_TEAM_FORMATS: readonly TeamSummaryFormat[] = ['pdf']

/**
 * "Teamoverzicht": the overview main read last, kept for this window only (it is no part of the
 * session), so it is still there when the facilitator comes back to the tab. Main opens the folder
 * dialog and writes the summary; the window never names a path.
 */
export const useTeamOverview = defineStore('team-overview', () => {
  const overview = shallowRef<TeamOverview | null>(null)
  const problem = ref<TeamReadProblem | null>(null)
  const busy = ref<'read' | 'save' | null>(null)
  const chosen = ref<TeamSummaryFormat[]>([...DEFAULT_TEAM_FORMATS])
  const outcome = shallowRef<TeamSaveOutcome | null>(null)

  function take(result: TeamOverviewResult): void {
    if (result.ok) {
      overview.value = result.overview
      problem.value = null
      // An outcome on screen was about the summary of the folder read before.
      outcome.value = null
    } else if (result.reason === 'unreadable') {
      problem.value = 'unreadable'
    }
  }

  async function chooseFolder(): Promise<void> {
    if (busy.value !== null) return
    busy.value = 'read'
    try {
      take(await presenterApi().chooseTeamFolder())
    } catch {
      problem.value = 'unexpected'
    } finally {
      busy.value = null
    }
  }

  async function save(): Promise<void> {
    if (busy.value !== null || chosen.value.length === 0) return
    busy.value = 'save'
    outcome.value = null
    try {
      outcome.value = teamSaveOutcome(
        await presenterApi().saveTeamSummary({ formats: [...chosen.value] }),
      )
    } catch {
      outcome.value = { kind: 'failed', reason: 'unexpected', detail: null }
    } finally {
      busy.value = null
    }
  }

  /** Takes the report's format choice as it is; kept in the list's order, as the choice shows it. */
  function toggle(format: ReportFormat, on: boolean): void {
    chosen.value = TEAM_SUMMARY_FORMATS.filter((each) =>
      each === format ? on : chosen.value.includes(each),
    )
  }

  async function openFolder(which: 'shared' | 'fallback'): Promise<void> {
    try {
      await presenterApi().openReportFolder(which)
    } catch {
      // A file manager that does not open is visible to the facilitator by itself.
    }
  }

  const noFormats = computed(() => chosen.value.length === 0)

  return {
    overview,
    problem,
    busy,
    chosen,
    noFormats,
    outcome,
    chooseFolder,
    save,
    toggle,
    openFolder,
  }
})
