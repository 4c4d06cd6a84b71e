import { dialog } from 'electron'
import type { AppLog } from '../../core/log/app-log'
import { goneReasonCode } from '../../core/log/log-codes'
import { folderOrNone } from '../startup/start-or-quit'
import type { MainTexts } from '../texts'
import type { PageEvents, WindowManager } from './window-manager'

export interface PageEventDeps {
  readonly log: AppLog
  readonly texts: () => MainTexts
  readonly logFolder: () => string
  readonly windows: () => Pick<WindowManager, 'notify' | 'quitAfterSave'> | null
}

/**
 * What main does when a window's page goes or never comes: it logs it, and says so. Without
 * its page the facilitator's window cannot be used, so the app saves and closes; a beamer that
 * failed is reported in the facilitator's window, which can open it again.
 */
export function pageEvents({ log, texts, logFolder, windows }: PageEventDeps): PageEvents {
  return {
    onPageGone: (window, reason) =>
      log.logEvent('window-page-gone', { window, reason: goneReasonCode(reason) }),
    onPageFailed: (window) => {
      log.logEvent('window-page-failed', { window })
      if (window === 'projector') {
        windows()?.notify({ kind: 'beamer-failed' })
        return
      }
      const { startup } = texts()
      // Synchronous in Electron: the message is read before the app goes.
      dialog.showErrorBox(
        startup.windowFailedTitle,
        startup.windowFailedMessage(folderOrNone(logFolder)),
      )
      void windows()?.quitAfterSave()
    },
  }
}
