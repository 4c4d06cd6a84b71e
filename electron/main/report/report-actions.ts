import { join } from 'node:path'
import { app, shell } from 'electron'
import { sendPush } from '../../ipc/send'
import type { SessionHost } from '../../core/host/session-host'
import {
  loadReportFolderStore,
  type ReportFolderStore,
} from '../../node/report/report-folder-store'
import { createReportService, type ReportActions } from '../../node/report/report-service'
import { chooseOpenPath } from '../dialogs'
import type { MainTexts } from '../texts'
import type { WindowManager } from '../windows/window-manager'
import { printHtmlToPdf } from './print-pdf'

export interface MainReportOptions {
  readonly host: Pick<SessionHost, 'getSnapshot'>
  readonly windows: Pick<WindowManager, 'presenterWindow'>
  /** The app's data folder (app.getPath('userData')): the remembered folder lives there. */
  readonly userDataDir: string
  /** Texts in the session's language at the moment a dialog opens. */
  readonly texts: () => MainTexts
  readonly now?: () => number
}

/**
 * Where reports go when the report folder cannot take them: beside the facilitator's own
 * documents, where they look for files; the app's data folder if there are no documents.
 */
export function reportFallbackFolder(userDataDir: string): string {
  try {
    return join(app.getPath('documents'), "Dansende Dilemma's", 'Verslagen')
  } catch {
    return join(userDataDir, 'verslagen')
  }
}

/**
 * Where the report goes: the remembered report folder and the local fallback. One for the whole
 * app, so whatever else is saved "beside the report" follows the facilitator's latest choice.
 */
export interface ReportFolder {
  readonly store: ReportFolderStore
  readonly fallbackFolder: string
}

export async function loadReportFolder(
  userDataDir: string,
  now: () => number,
): Promise<ReportFolder> {
  const fallbackFolder = reportFallbackFolder(userDataDir)
  const store = await loadReportFolderStore(userDataDir, now, fallbackFolder)
  return { store, fallbackFolder }
}

/** The report actions of main: the core service over Electron's dialogs, shell and printing. */
export async function createMainReportActions(
  options: MainReportOptions,
  folder?: ReportFolder,
): Promise<ReportActions> {
  const { host, windows } = options
  const now = options.now ?? (() => Date.now())
  const { store, fallbackFolder } = folder ?? (await loadReportFolder(options.userDataDir, now))

  function chooseFolder(): Promise<string | null> {
    const texts = options.texts()
    const current = store.get().folder
    return chooseOpenPath(windows.presenterWindow, {
      title: texts.reportFolderTitle,
      buttonLabel: texts.reportFolderButton,
      ...(current === null ? {} : { defaultPath: current }),
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    })
  }

  return createReportService({
    session: () => host.getSnapshot().session,
    now,
    printPdf: (html) => printHtmlToPdf(html),
    chooseFolder,
    // openPath answers with an error text instead of failing; an unreachable share just
    // does not open, and the facilitator sees the folder's path in the window anyway.
    openFolder: async (path) => {
      await shell.openPath(path)
    },
    onProgress: (progress) => {
      const presenter = windows.presenterWindow
      if (presenter) sendPush(presenter.webContents, 'reportProgress', progress)
    },
    folderStore: store,
    fallbackFolder,
  })
}
