import type { AppNotice } from '../app-notice'
import type { PrintSaveResult } from '../print/print-contract'
import type { FollowUpSaveResult } from '../follow-up/follow-up-contract'
import type { ReportSaveResult } from '../report/report-contract'
import type { SessionFileResult } from '../session-file/session-file-contract'
import type { AppLog } from './app-log'
import { errorCode, extensionCode, type LogFileSource } from './log-codes'

export type LoggedFileAction = 'open' | 'recent' | 'save' | 'save-as'

/**
 * A session file's outcome: the extension of its name and the outcome code, never the name. A
 * cancelled dialog is nobody's business.
 */
export function logSessionFileResult(
  log: AppLog,
  action: LoggedFileAction,
  result: SessionFileResult,
): void {
  const opening = action === 'open' || action === 'recent'
  const source: LogFileSource = action === 'recent' ? 'recent' : 'dialog'
  if (result.ok) {
    if (opening) {
      log.logEvent('session-file-opened', {
        source,
        ext: extensionCode(result.name),
        migrated: result.migrated === true,
      })
    } else {
      log.logEvent('session-file-saved', {
        ext: extensionCode(result.name),
        as: action === 'save-as',
      })
    }
    return
  }
  if (result.reason === 'cancelled') return
  if (opening) log.logEvent('session-file-refused', { source, problem: result.reason })
  else log.logEvent('session-file-save-failed', { problem: result.reason })
}

/** What main told the presenter about a file the system handed over (double-click, Finder). */
export function logSessionFileNotice(log: AppLog, notice: AppNotice): void {
  switch (notice.kind) {
    case 'session-file-opened':
      log.logEvent('session-file-opened', {
        source: 'system',
        ext: extensionCode(notice.name),
        migrated: notice.migrated,
      })
      return
    case 'session-file-refused':
      log.logEvent('session-file-refused', {
        source: 'system',
        ext: extensionCode(notice.name),
        problem: notice.problem,
      })
      return
    case 'autosave-failed':
    case 'autosave-recovered':
    case 'beamer-failed':
      return
    default:
      return notice satisfies never
  }
}

/** A report save or retry: how many files, where they went and why not the shared folder. */
export function logReportResult(log: AppLog, result: ReportSaveResult, retry: boolean): void {
  if (!result.ok) {
    log.logEvent('report-failed', {
      retry,
      reason: result.reason,
      ...(result.detail === undefined ? {} : { detail: result.detail }),
    })
    return
  }
  log.logEvent('report-saved', {
    retry,
    formats: result.files.length,
    where: result.where,
    ...(result.where === 'fallback' ? { reason: result.reason } : {}),
  })
}

/** How saving printed matter ended: counts and codes, never a name or a folder. */
export function logPrintResult(log: AppLog, result: PrintSaveResult): void {
  if (result.ok) {
    log.logEvent('print-saved', {
      files: result.files.length,
      failed: result.failed.length,
      ...(result.reason === undefined ? {} : { reason: result.reason }),
    })
  } else if (result.reason !== 'cancelled') {
    log.logEvent('print-failed', {
      reason: result.reason,
      ...(result.reason === 'write-failed' ? { detail: result.detail } : {}),
    })
  }
}

/** How "Vervolgsessie voorbereiden" ended: where and why, never a name, date or folder. */
export function logFollowUpResult(log: AppLog, result: FollowUpSaveResult): void {
  if (result.ok) {
    log.logEvent('follow-up-saved', {
      files: result.files.length,
      fallback: result.where === 'fallback',
      ...(result.reason === null ? {} : { reason: result.reason }),
    })
  } else {
    log.logEvent('follow-up-failed', {
      reason: result.reason,
      ...(result.reason === 'write-failed' ? { detail: result.detail } : {}),
    })
  }
}

/**
 * The autosave's failures and recoveries, once per change of state (a failing autosave retries
 * every few seconds); of an error only its system code.
 */
export function autosaveLog(log: AppLog) {
  let failing = false
  return {
    failed(error: unknown): void {
      if (failing) return
      failing = true
      log.logEvent('autosave-failed', { code: errorCode(error) })
    },
    saved(): void {
      if (!failing) return
      failing = false
      log.logEvent('autosave-recovered')
    },
  }
}
