import type { Browser } from 'playwright-core'
import type { SessionHost } from '@core/host/session-host'
import { createTeamService, type TeamActions } from '@node/team/team-service'
import { printInBrowser } from './harness-print'
import type { HarnessReport } from './harness-report'

// As main prints printed matter: the summary's own @page size and margins.
const SUMMARY_PDF = { printBackground: true, preferCSSPageSize: true } as const

/**
 * The real Teamoverzicht service for the e2e tests: it reads real folders and saves beside the
 * harness's report. Only the folder dialog is stood in for: it answers what the test set.
 */
export class HarnessTeam {
  /** What the next folder dialog answers (null: cancelled). */
  nextFolder: string | null = null
  readonly #actions: TeamActions

  constructor(browser: Browser, host: SessionHost, report: HarnessReport) {
    this.#actions = createTeamService({
      chooseFolder: async () => this.nextFolder,
      now: () => Date.now(),
      locale: () => host.getSnapshot().session.locale,
      printPdf: (html) => printInBrowser(browser, html, SUMMARY_PDF),
      folderStore: report.folderStore,
      fallbackFolder: report.fallbackFolder,
    })
  }

  actions(): TeamActions {
    return this.#actions
  }
}
