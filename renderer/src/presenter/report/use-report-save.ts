import { presenterApi } from '@common/api'
import type {
  ReportFailureReason,
  ReportFolderKind,
  ReportFormat,
  ReportProgress,
  ReportSaveResult,
} from '@contract'
import type { SavedReportFile } from '@core/report/report-contract'
import { onMounted, onUnmounted, ref } from 'vue'

export type ReportAction = 'save' | 'retry'

/** What the last save or retry came to, in the terms the panel tells it. */
export type ReportOutcome =
  | {
      readonly kind: 'saved'
      readonly action: ReportAction
      readonly folder: string
      readonly files: readonly SavedReportFile[]
    }
  | {
      readonly kind: 'fallback'
      readonly action: ReportAction
      readonly folder: string
      readonly files: readonly SavedReportFile[]
      readonly reason: ReportFailureReason
    }
  | {
      readonly kind: 'failed'
      readonly reason: 'build-failed' | 'write-failed' | 'unexpected'
      readonly detail: ReportFailureReason | null
    }
  | { readonly kind: 'nothing-pending' }

export function outcomeOf(action: ReportAction, result: ReportSaveResult): ReportOutcome {
  if (!result.ok) {
    if (result.reason === 'nothing-pending') return { kind: 'nothing-pending' }
    return { kind: 'failed', reason: result.reason, detail: result.detail ?? null }
  }
  const { folder, files } = result
  return result.where === 'shared'
    ? { kind: 'saved', action, folder, files }
    : { kind: 'fallback', action, folder, files, reason: result.reason }
}

/**
 * Saving the report and copying waiting reports on: main does the work (and never lets the
 * window freeze on a slow network folder); the window shows progress and the outcome.
 */
export function useReportSave(afterwards: () => Promise<void>) {
  const busy = ref<ReportAction | null>(null)
  const progress = ref<ReportProgress | null>(null)
  const outcome = ref<ReportOutcome | null>(null)
  let unsubscribe: (() => void) | null = null

  onMounted(() => {
    unsubscribe = presenterApi().onReportProgress((next) => {
      if (busy.value !== null) progress.value = next
    })
  })
  onUnmounted(() => unsubscribe?.())

  async function run(action: ReportAction, call: () => Promise<ReportSaveResult>) {
    if (busy.value !== null) return
    busy.value = action
    progress.value = null
    outcome.value = null
    try {
      outcome.value = outcomeOf(action, await call())
    } catch {
      outcome.value = { kind: 'failed', reason: 'unexpected', detail: null }
    } finally {
      busy.value = null
      progress.value = null
    }
    // What waits in the fallback folder has changed either way.
    await afterwards()
  }

  const save = (formats: readonly ReportFormat[]) =>
    run('save', () => presenterApi().saveReport({ formats: [...formats] }))

  const retry = () => run('retry', () => presenterApi().retryReport())

  async function openFolder(which: ReportFolderKind): Promise<void> {
    try {
      await presenterApi().openReportFolder(which)
    } catch {
      // A file manager that does not open is visible to the facilitator by itself.
    }
  }

  return { busy, progress, outcome, save, retry, openFolder }
}
