import { basename } from 'node:path'
import { oneAtATime } from '../../core/async/one-at-a-time'
import type { ReportProgress } from '../../core/report/report-contract'
import { UNTITLED_REPORT } from '../../core/report/report-file-name'
import type { Locale } from '../../core/session/schema'
import type {
  TeamOverview,
  TeamSummaryFormat,
  TeamSummarySaveResult,
} from '../../core/team/team-contract'
import { teamOverview } from '../../core/team/team-overview'
import { teamSummaryHtml } from '../../core/team/team-summary-html'
import { teamSummaryMarkdown } from '../../core/team/team-summary-markdown'
import { teamTexts } from '../../core/team/team-texts'
import { datedFileName } from '../../core/text/file-name'
import type { TeamActions } from '../../ipc/handler'
import { nodeFileOps, type FileOps } from '../report/file-ops'
import type { ReportFolderStore } from '../report/report-folder-store'
import {
  saveToFolders,
  type BuiltReport,
  type FolderWriteContext,
} from '../report/report-folder-write'
import type { RetryOptions } from '../report/safe-write-place'
import { readTeamFolder, type TeamFolderContent } from './read-team-folder'

export type { TeamActions }

export interface TeamServicePorts {
  /** The facilitator's choice of the team's shared folder, or null when cancelled. */
  chooseFolder(): Promise<string | null>
  now(): number
  /** The current session's language: the overview's labels and the summary's words. */
  locale(): Locale
  /** Prints the summary's HTML (main: a hidden, locked-down window). */
  printPdf(html: string): Promise<Uint8Array>
  /** The report's folder and fallback folder: the summary is saved where the report is. */
  readonly folderStore: ReportFolderStore
  readonly fallbackFolder: string
  onProgress?(progress: ReportProgress): void
  readonly files?: FileOps
  readonly timeoutMs?: number
  readonly retry?: RetryOptions
  /** Reads the chosen folder; tests may stand in for the disk. */
  readonly read?: (folder: string) => Promise<TeamFolderContent>
}

/** The folder's own name as the heading shows it; a drive's root has no name, so its path. */
export function folderNameOf(folder: string): string {
  return basename(folder) || folder
}

/** `YYYY-MM-DD Teamoverzicht - <folder>.<ext>`, dated the day it is made. */
export function teamSummaryFileName(
  overview: TeamOverview,
  now: number,
  locale: Locale,
  format: TeamSummaryFormat,
): string {
  const parts = { title: overview.folderName, fallback: UNTITLED_REPORT, extension: format }
  return datedFileName('', now, parts, `${teamTexts(locale).fileLabel} - `)
}

/**
 * "Teamoverzicht": reads the folder the facilitator chooses (only reading) and keeps the
 * overview, then saves its one-page summary like the report: to the report folder, else the
 * fallback folder. Saves run one at a time. Nothing read from the files is logged.
 */
export function createTeamService(ports: TeamServicePorts): TeamActions {
  const read =
    ports.read ?? ((folder: string) => readTeamFolder(folder, { timeoutMs: ports.timeoutMs }))
  const context: FolderWriteContext = {
    store: ports.folderStore,
    fallbackFolder: ports.fallbackFolder,
    write: { files: ports.files ?? nodeFileOps, timeoutMs: ports.timeoutMs, retry: ports.retry },
    onProgress: (progress) => ports.onProgress?.(progress),
  }
  const inTurn = oneAtATime()
  const encoder = new TextEncoder()
  let last: TeamOverview | null = null

  async function build(
    overview: TeamOverview,
    formats: readonly TeamSummaryFormat[],
  ): Promise<BuiltReport[]> {
    // One moment and one language for every format, so the files tell the same story.
    const generatedAt = ports.now()
    const locale = ports.locale()
    const built: BuiltReport[] = []
    for (const format of formats) {
      const total = formats.length
      context.onProgress({ step: 'building', format, done: built.length, total })
      try {
        const data =
          format === 'pdf'
            ? await ports.printPdf(teamSummaryHtml(overview, generatedAt, { locale }))
            : encoder.encode(
                format === 'html'
                  ? teamSummaryHtml(overview, generatedAt, { locale })
                  : teamSummaryMarkdown(overview, generatedAt, { locale }),
              )
        built.push({
          format,
          name: teamSummaryFileName(overview, generatedAt, locale, format),
          data,
        })
      } catch {
        // One format that cannot be built does not cost the others.
      }
    }
    return built
  }

  return {
    async chooseTeamFolder() {
      const folder = await ports.chooseFolder()
      if (folder === null) return { ok: false, reason: 'cancelled' }
      let content: TeamFolderContent
      try {
        content = await read(folder)
      } catch {
        // The last overview read stays: it is what the window still shows.
        return { ok: false, reason: 'unreadable' }
      }
      const overview = teamOverview({
        folderName: folderNameOf(folder),
        ...content,
        locale: ports.locale(),
      })
      last = overview
      return { ok: true, overview }
    },
    saveTeamSummary(request): Promise<TeamSummarySaveResult> {
      const overview = last
      if (overview === null) return Promise.resolve({ ok: false, reason: 'no-overview' })
      return inTurn(async () => {
        const built = await build(overview, request.formats)
        if (built.length === 0) return { ok: false, reason: 'build-failed' }
        return saveToFolders(context, built)
      })
    },
  }
}
