import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import type { ReportProgress } from '@contract'
import type { SessionHost } from '@core/host/session-host'
import type { ReportFolderSettings } from '@node/report/report-folder-settings'
import { DEFAULT_REPORT_FOLDER_SETTINGS } from '@node/report/report-folder-settings'
import type { ReportFolderStore } from '@node/report/report-folder-store'
import { createReportService, type ReportActions } from '@node/report/report-service'
import { printInBrowser } from './harness-print'

export interface HarnessReportOptions {
  /** The harness's temp folder: both report folders go inside it. */
  readonly dir: string
  readonly browser: Browser
  readonly host: SessionHost
  /** Pushes progress to the presenter page, as main does over IPC. */
  readonly push: (progress: ReportProgress) => void
}

const REPORT_PDF = { format: 'A4', printBackground: true, preferCSSPageSize: true } as const

/**
 * The real report service for the e2e tests, on real temp folders. Only main's Electron parts
 * are stood in for: the folder dialog answers what the test set, opening a folder is recorded,
 * and the PDF is printed by the test browser. The remembered folder is kept in memory (its file
 * is covered by the unit tests).
 */
export class HarnessReport {
  /** Stands for the team's shared drive (made by the test that needs it). */
  readonly sharedFolder: string
  readonly fallbackFolder: string
  /** What the next folder dialog answers (null: cancelled). */
  nextFolder: string | null = null
  readonly openedFolders: string[] = []
  readonly progress: ReportProgress[] = []
  /** The remembered report folder, shared with what is saved beside the report. */
  readonly folderStore: ReportFolderStore
  readonly #actions: ReportActions

  constructor(options: HarnessReportOptions) {
    this.sharedFolder = join(options.dir, 'gedeelde schijf', 'Verslagen')
    this.fallbackFolder = join(options.dir, 'Documenten', "Dansende Dilemma's", 'Verslagen')
    let settings: ReportFolderSettings = DEFAULT_REPORT_FOLDER_SETTINGS
    const folderStore: ReportFolderStore = {
      get: () => settings,
      set: async (next) => {
        settings = next
      },
    }
    this.folderStore = folderStore
    this.#actions = createReportService({
      session: () => options.host.getSnapshot().session,
      now: () => Date.now(),
      printPdf: (html) => printInBrowser(options.browser, html, REPORT_PDF),
      chooseFolder: async () => this.nextFolder,
      openFolder: async (path) => {
        this.openedFolders.push(path)
      },
      onProgress: (progress) => {
        this.progress.push(progress)
        options.push(progress)
      },
      folderStore,
      fallbackFolder: this.fallbackFolder,
    })
  }

  actions(): ReportActions {
    return this.#actions
  }
}
