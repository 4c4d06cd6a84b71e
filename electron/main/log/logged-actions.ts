import type { AppNotice } from '../../core/app-notice'
import type { AppLog } from '../../core/log/app-log'
import {
  logFollowUpResult,
  logPrintResult,
  logReportResult,
  logSessionFileNotice,
  logSessionFileResult,
} from '../../core/log/log-outcomes'
import type { WindowActions } from '../../ipc/handler'
import type { WindowManager } from '../windows/window-manager'

export type FileActions = Pick<
  WindowActions,
  'openSessionFile' | 'openRecentSessionFile' | 'saveSessionFile' | 'saveSessionFileAs'
>
export type ReportSaving = Pick<WindowActions, 'saveReport' | 'retryReport'>
export type PrintSaving = Pick<WindowActions, 'savePrintPdf'>
export type FollowUpSaving = Pick<WindowActions, 'saveFollowUpSession'>

/** The session-file actions, with their outcome logged (extension and code, never the name). */
export function withFileLog<T extends FileActions>(actions: T, log: AppLog): T {
  const logged = async <R extends Parameters<typeof logSessionFileResult>[2]>(
    action: Parameters<typeof logSessionFileResult>[1],
    result: Promise<R>,
  ): Promise<R> => {
    const settled = await result
    logSessionFileResult(log, action, settled)
    return settled
  }
  return {
    ...actions,
    openSessionFile: () => logged('open', actions.openSessionFile()),
    openRecentSessionFile: (index) => logged('recent', actions.openRecentSessionFile(index)),
    saveSessionFile: () => logged('save', actions.saveSessionFile()),
    saveSessionFileAs: () => logged('save-as', actions.saveSessionFileAs()),
  }
}

/** The report actions, with how each save or retry ended logged (counts and codes only). */
export function withReportLog<T extends ReportSaving>(actions: T, log: AppLog): T {
  const logged = async (result: Promise<Parameters<typeof logReportResult>[1]>, retry: boolean) => {
    const settled = await result
    logReportResult(log, settled, retry)
    return settled
  }
  return {
    ...actions,
    saveReport: (request) => logged(actions.saveReport(request), false),
    retryReport: () => logged(actions.retryReport(), true),
  }
}

/** The Drukwerk actions, with how each PDF save ended logged (counts and codes only). */
export function withPrintLog<T extends PrintSaving>(actions: T, log: AppLog): T {
  return {
    ...actions,
    savePrintPdf: async (request) => {
      const result = await actions.savePrintPdf(request)
      logPrintResult(log, result)
      return result
    },
  }
}

/**
 * The windows as the session-file actions see them: main's notices pass on to the presenter,
 * and those about a file the system opened (double-click, Finder) are logged.
 */
export function withNoticeLog<W extends Pick<WindowManager, 'presenterWindow' | 'notify'>>(
  windows: W,
  log: AppLog,
): Pick<WindowManager, 'presenterWindow' | 'notify'> {
  return {
    get presenterWindow() {
      return windows.presenterWindow
    },
    notify(notice: AppNotice) {
      logSessionFileNotice(log, notice)
      windows.notify(notice)
    },
  }
}

/** "Vervolgsessie voorbereiden", with how each save ended logged (counts and codes only). */
export function withFollowUpLog<T extends FollowUpSaving>(actions: T, log: AppLog): T {
  return {
    ...actions,
    saveFollowUpSession: async (plan) => {
      const result = await actions.saveFollowUpSession(plan)
      logFollowUpResult(log, result)
      return result
    },
  }
}
