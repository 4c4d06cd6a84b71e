import { join } from 'node:path'
import { app } from 'electron'
import type { SessionHost } from '../../core/host/session-host'
import { createPrintService, type PrintActions } from '../../node/print/print-service'
import { chooseOpenPath } from '../dialogs'
import {
  printHtmlOnPaper,
  printHtmlToPdf,
  PRINTED_MATTER_OPTIONS,
  PRINT_TIMEOUT_MS,
} from '../report/print-pdf'
import type { MainTexts } from '../texts'
import type { WindowManager } from '../windows/window-manager'

export interface MainPrintOptions {
  readonly host: Pick<SessionHost, 'getSnapshot'>
  readonly windows: Pick<WindowManager, 'presenterWindow'>
  /** Texts in the session's language at the moment a dialog opens. */
  readonly texts: () => MainTexts
  readonly now?: () => number
}

/** Where the folder dialog starts the first time: beside the app's reports, in Documents. */
function firstPrintFolder(): string | undefined {
  try {
    return join(app.getPath('documents'), "Dansende Dilemma's")
  } catch {
    return undefined
  }
}

/** The Drukwerk actions of main: the core service over Electron's folder dialog and printing. */
export function createMainPrintActions(options: MainPrintOptions): PrintActions {
  const { host, windows } = options
  return createPrintService({
    session: () => host.getSnapshot().session,
    now: options.now ?? (() => Date.now()),
    printPdf: (html) => printHtmlToPdf(html, PRINT_TIMEOUT_MS, PRINTED_MATTER_OPTIONS),
    printOnPaper: (html) => printHtmlOnPaper(html),
    chooseFolder: (current) => {
      const texts = options.texts()
      const start = current ?? firstPrintFolder()
      return chooseOpenPath(windows.presenterWindow, {
        title: texts.printFolderTitle,
        buttonLabel: texts.printFolderButton,
        ...(start === undefined ? {} : { defaultPath: start }),
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      })
    },
  })
}
