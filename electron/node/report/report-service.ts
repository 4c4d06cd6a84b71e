import { oneAtATime } from '../../core/async/one-at-a-time'
import { basename } from 'node:path'
import { nodeFileOps, type FileOps } from './file-ops'
import type { ReportActions } from '../../ipc/handler'
import type { Session } from '../../core/session/schema'
import type {
  ReportFolderInfo,
  ReportFormat,
  ReportProgress,
  ReportSaveResult,
} from '../../core/report/report-contract'
import { reportFileName } from '../../core/report/report-file-name'
import type { ReportFolderStore } from './report-folder-store'
import {
  copyPendingToFolder,
  saveToFolders,
  type BuiltReport,
  type FolderWriteContext,
} from './report-folder-write'
import { renderReport, reportHtml } from '../../core/report/render-report'
import type { RetryOptions } from './safe-write-place'

export type { ReportActions }

export type RenderReport = (
  session: Session,
  format: Exclude<ReportFormat, 'pdf'>,
  generatedAt: number,
) => Promise<Uint8Array>
export type RenderReportHtml = (session: Session, generatedAt: number) => string

export interface ReportServicePorts {
  session(): Session
  now(): number
  /** Prints the report's HTML (main: a hidden, locked-down window; e2e: the test browser). */
  printPdf(html: string): Promise<Uint8Array>
  /** The facilitator's choice of report folder, or null when cancelled. */
  chooseFolder(): Promise<string | null>
  openFolder(path: string): Promise<void>
  onProgress(progress: ReportProgress): void
  readonly folderStore: ReportFolderStore
  /** Local folder for reports the report folder did not take. */
  readonly fallbackFolder: string
  readonly files?: FileOps
  /** How long a single file may take to reach a folder. */
  readonly timeoutMs?: number
  readonly retry?: RetryOptions
  readonly render?: RenderReport
  readonly html?: RenderReportHtml
}

/**
 * Saving the feedback report: built in every requested format, written safely to the remembered
 * report folder, and whatever that folder does not take goes to the local fallback folder,
 * remembered there until `retryReport` copies it over.
 *
 * Saves and retries run one at a time, so two never race for the same " (2)" name or the
 * pending list. A second "save" with the same formats while one runs (a double click) gets that
 * save's result instead of writing the report twice; other requests wait their turn.
 */
export function createReportService(ports: ReportServicePorts): ReportActions {
  const files = ports.files ?? nodeFileOps
  const render = ports.render ?? renderReport
  const html = ports.html ?? reportHtml
  const store = ports.folderStore
  const { fallbackFolder } = ports
  const context: FolderWriteContext = {
    store,
    fallbackFolder,
    write: { files, timeoutMs: ports.timeoutMs, retry: ports.retry },
    onProgress: (progress) => ports.onProgress(progress),
  }
  const inTurn = oneAtATime()
  let running: { readonly key: string; readonly result: Promise<ReportSaveResult> } | null = null

  function info(): ReportFolderInfo {
    const { folder, pending } = store.get()
    return { folder, fallbackFolder, pending: pending.map((report) => basename(report.path)) }
  }

  async function build(formats: readonly ReportFormat[]): Promise<BuiltReport[]> {
    // One session and one moment for every format, so the files tell the same story.
    const session = ports.session()
    const generatedAt = ports.now()
    const built: BuiltReport[] = []
    for (const format of formats) {
      ports.onProgress({ step: 'building', format, done: built.length, total: formats.length })
      try {
        const data =
          format === 'pdf'
            ? await ports.printPdf(html(session, generatedAt))
            : await render(session, format, generatedAt)
        built.push({ format, name: reportFileName(session, generatedAt, format), data })
      } catch {
        // One format that cannot be built does not cost the others.
      }
    }
    return built
  }

  async function save(formats: readonly ReportFormat[]): Promise<ReportSaveResult> {
    const built = await build(formats)
    if (built.length === 0) return { ok: false, reason: 'build-failed' }
    return saveToFolders(context, built)
  }

  return {
    previewReport: async () => html(ports.session(), ports.now()),
    getReportFolder: info,
    async chooseReportFolder() {
      const chosen = await ports.chooseFolder()
      if (chosen !== null) {
        // Remembered for this run even if the settings file cannot be written.
        await store.set({ ...store.get(), folder: chosen }).catch(() => undefined)
      }
      return info()
    },
    saveReport(request) {
      const key = [...request.formats].sort().join(',')
      if (running?.key === key) return running.result
      const entry = { key, result: inTurn(() => save(request.formats)) }
      running = entry
      const done = () => {
        if (running === entry) running = null
      }
      entry.result.then(done, done)
      return entry.result
    },
    retryReport: () => inTurn(() => copyPendingToFolder(context)),
    async openReportFolder(which) {
      if (which === 'shared') {
        const { folder } = store.get()
        if (folder !== null) await ports.openFolder(folder)
        return
      }
      // The fallback folder may not exist yet when nothing ever went there.
      await files.mkdir(fallbackFolder).catch(() => undefined)
      await ports.openFolder(fallbackFolder)
    },
  }
}
