import type {
  ReportFolderInfo,
  ReportFolderKind,
  ReportSaveResult,
  SessionFileResult,
  SessionFileState,
} from '@contract'
import type { ReportActions, SessionFileActions } from '@contract'

export type { ReportActions, SessionFileActions }
import type { Session } from '@core/session/schema'

/** A report folder on a shared drive and the local fallback, as main would show them. */
export const SHARED_FOLDER = '\\\\fs01\\team-zuid\\Verslagen'
export const FALLBACK_FOLDER = 'C:\\Users\\Facilitator\\Documents\\Dansende Dilemma’s\\Verslagen'

/**
 * Main's report service as a script: the test sets what the folder dialog picks and what a save
 * or retry comes to, and may hold a save open to look at the window while it runs.
 */
export class ScriptedReports {
  folder: ReportFolderInfo = { folder: null, fallbackFolder: FALLBACK_FOLDER, pending: [] }
  /** What the next folder dialog picks; null is a cancelled dialog. */
  nextChosenFolder: string | null = SHARED_FOLDER
  saveResult: ReportSaveResult = {
    ok: true,
    where: 'shared',
    folder: SHARED_FOLDER,
    files: [
      { format: 'pdf', name: '2025-03-14 Sessie.pdf' },
      { format: 'docx', name: '2025-03-14 Sessie.docx' },
    ],
  }
  retryResult: ReportSaveResult = { ok: false, reason: 'nothing-pending' }
  /** The preview main would build: here only the session title, as a heading. */
  preview: (session: Session) => string = (session) =>
    `<!doctype html><html lang="nl"><body><h1>Verslag: ${session.setup.title}</h1></body></html>`
  previewFails = false
  /** The next save or retry rejects, as an invoke does when main's handler throws. */
  failNext = false
  readonly openedFolders: ReportFolderKind[] = []
  #gate: Promise<void> | null = null

  /** Holds every save and retry until the returned function is called. */
  holdSaves(): () => void {
    let release: () => void = () => undefined
    this.#gate = new Promise<void>((resolve) => {
      release = () => {
        this.#gate = null
        resolve()
      }
    })
    return release
  }

  actions(session: () => Session): ReportActions {
    const answer = async (result: () => ReportSaveResult) => {
      if (this.#gate) await this.#gate
      if (this.failNext) {
        this.failNext = false
        throw new Error('report service threw')
      }
      return result()
    }
    return {
      previewReport: async () => {
        if (this.previewFails) throw new Error('preview failed')
        return this.preview(session())
      },
      getReportFolder: () => this.folder,
      chooseReportFolder: async () => {
        if (this.nextChosenFolder !== null)
          this.folder = { ...this.folder, folder: this.nextChosenFolder }
        return this.folder
      },
      saveReport: () => answer(() => this.saveResult),
      retryReport: () =>
        answer(() => {
          // As main does: what reached the report folder no longer waits.
          if (this.retryResult.ok && this.retryResult.where === 'shared')
            this.folder = { ...this.folder, pending: [] }
          return this.retryResult
        }),
      openReportFolder: async (which) => {
        this.openedFolders.push(which)
      },
    }
  }
}

/** Main's session-file service as a script: the test sets each dialog's outcome. */
export class ScriptedSessionFiles {
  state: SessionFileState = { name: null, folder: null, unsaved: false, recent: [] }
  openResult: SessionFileResult = { ok: false, reason: 'cancelled' }
  recentResult: SessionFileResult = { ok: false, reason: 'missing' }
  saveResult: SessionFileResult = { ok: false, reason: 'cancelled' }
  saveAsResult: SessionFileResult = { ok: false, reason: 'cancelled' }
  /** The recent-list positions the window asked to open. */
  readonly openedRecent: number[] = []

  actions(): SessionFileActions {
    return {
      getSessionFile: () => this.state,
      openSessionFile: async () => this.openResult,
      openRecentSessionFile: async (index) => {
        this.openedRecent.push(index)
        return this.recentResult
      },
      saveSessionFile: async () => this.saveResult,
      saveSessionFileAs: async () => this.saveAsResult,
    }
  }
}
