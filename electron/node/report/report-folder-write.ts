import { basename, join } from 'node:path'
import { errorCode, retryTransient } from '../../core/persistence/retry'
import type {
  ReportFailureReason,
  ReportFormat,
  ReportProgress,
  ReportSaveResult,
  SavedReportFile,
} from '../../core/report/report-contract'
import { pendingTarget, trustedPendingSchema, type PendingReport } from './report-folder-settings'
import type { ReportFolderStore } from './report-folder-store'
import { writeSafely, type SafeWriteOptions, type SafeWriteResult } from './safe-write'
import { classifyWriteError } from '../../core/report/safe-write-errors'

/** A report built in one format, not yet written anywhere. */
export interface BuiltReport {
  readonly format: ReportFormat
  /** The name it should get: `YYYY-MM-DD <title>.<ext>`. */
  readonly name: string
  readonly data: Uint8Array
}

export interface FolderWriteContext {
  readonly store: ReportFolderStore
  /** Local folder for reports the report folder did not take. */
  readonly fallbackFolder: string
  /** How every file is written (file operations, timeout, retries). */
  readonly write: SafeWriteOptions
  onProgress(progress: ReportProgress): void
}

/** The reports waiting in the fallback folder, as the facilitator sees them there. */
export function waitingReports(store: ReportFolderStore): SavedReportFile[] {
  return store
    .get()
    .pending.map((report) => ({ format: report.format, name: basename(report.path) }))
}

// The settings file is a convenience: the reports themselves are already on disk.
function remember(
  store: ReportFolderStore,
  change: (pending: readonly PendingReport[]) => PendingReport[],
): Promise<void> {
  return store.set({ ...store.get(), pending: change(store.get().pending) }).catch(() => undefined)
}

function writeWithProgress(
  context: FolderWriteContext,
  folder: string,
  report: BuiltReport,
  done: number,
  total: number,
): Promise<SafeWriteResult> {
  const { format } = report
  context.onProgress({ step: 'writing', format, done, total })
  const onVerify = () => context.onProgress({ step: 'verifying', format, done, total })
  return writeSafely(folder, report.name, report.data, { ...context.write, onVerify })
}

async function toFallback(
  context: FolderWriteContext,
  reports: readonly BuiltReport[],
  reason: ReportFailureReason,
  savedBefore: number,
  total: number,
): Promise<ReportSaveResult> {
  const { fallbackFolder } = context
  const saved: SavedReportFile[] = []
  const pending: PendingReport[] = []
  let failure: ReportFailureReason = reason
  for (const report of reports) {
    const { format, name } = report
    context.onProgress({ step: 'fallback', format, done: savedBefore + saved.length, total })
    const result = await writeSafely(fallbackFolder, name, report.data, {
      ...context.write,
      createFolder: true,
    })
    if (result.ok) {
      saved.push({ format, name: result.name })
      pending.push({ path: join(fallbackFolder, result.name), name, format })
    } else {
      failure = result.reason
    }
  }
  await remember(context.store, (before) => [...before, ...pending])
  context.onProgress({ step: 'done', format: null, done: savedBefore + saved.length, total })
  // Nothing saved anywhere: the fallback folder's own failure is what the facilitator must fix.
  if (saved.length === 0) return { ok: false, reason: 'write-failed', detail: failure }
  return { ok: true, where: 'fallback', folder: fallbackFolder, files: saved, reason }
}

/**
 * Writes the reports to the report folder; from the first one it does not take (or when no
 * folder is chosen), the rest go to the fallback folder and are remembered as pending. The
 * report folder is not tried again after a failure: each try may cost the full timeout.
 */
export async function saveToFolders(
  context: FolderWriteContext,
  reports: readonly BuiltReport[],
): Promise<ReportSaveResult> {
  const total = reports.length
  const folder = context.store.get().folder
  if (folder === null) return toFallback(context, reports, 'no-folder', 0, total)
  const saved: SavedReportFile[] = []
  for (const report of reports) {
    const result = await writeWithProgress(context, folder, report, saved.length, total)
    if (!result.ok) {
      return toFallback(context, reports.slice(saved.length), result.reason, saved.length, total)
    }
    saved.push({ format: report.format, name: result.name })
  }
  context.onProgress({ step: 'done', format: null, done: total, total })
  return { ok: true, where: 'shared', folder, files: saved }
}

async function readPending(
  context: FolderWriteContext,
  report: PendingReport,
): Promise<Uint8Array | 'missing'> {
  try {
    return await retryTransient(
      () => context.write.files.readFile(report.path),
      context.write.retry,
    )
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
    throw error
  }
}

/**
 * Copies the reports waiting in the fallback folder to the report folder, under their intended
 * names (numbered when taken). Copies stay in the fallback folder: they are the facilitator's
 * files. A pending report whose file is gone is forgotten, and so is one that is not a file
 * directly in the fallback folder or whose name would leave the report folder: it is never
 * followed.
 */
export async function copyPendingToFolder(context: FolderWriteContext): Promise<ReportSaveResult> {
  const { store, fallbackFolder } = context
  const { folder, pending } = store.get()
  if (pending.length === 0) return { ok: false, reason: 'nothing-pending' }
  const stillWaiting = (reason: ReportFailureReason): ReportSaveResult => {
    const files = waitingReports(store)
    return { ok: true, where: 'fallback', folder: fallbackFolder, files, reason }
  }
  if (folder === null) return stillWaiting('no-folder')
  const total = pending.length
  const copied: SavedReportFile[] = []
  const settled = new Set<string>()
  const trusted = trustedPendingSchema(fallbackFolder)
  let reason: ReportFailureReason | null = null
  for (const report of pending) {
    // Checked again here: the list may come from a store that did not check it on loading.
    if (!trusted.safeParse(report).success || pendingTarget(folder, report.name) === null) {
      settled.add(report.path)
      continue
    }
    let result: SafeWriteResult
    try {
      const data = await readPending(context, report)
      if (data === 'missing') {
        settled.add(report.path)
        continue
      }
      result = await writeWithProgress(context, folder, { ...report, data }, copied.length, total)
    } catch (error) {
      result = { ok: false, reason: classifyWriteError(error) }
    }
    if (!result.ok) {
      reason = result.reason
      break
    }
    copied.push({ format: report.format, name: result.name })
    settled.add(report.path)
  }
  await remember(store, (before) => before.filter((report) => !settled.has(report.path)))
  context.onProgress({ step: 'done', format: null, done: copied.length, total })
  if (reason !== null) return stillWaiting(reason)
  if (copied.length === 0) return { ok: false, reason: 'nothing-pending' }
  return { ok: true, where: 'shared', folder, files: copied }
}
