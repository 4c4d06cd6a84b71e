import { errorCode, errorNameCode, type LogCode } from './log-codes'
import { stackFrames } from './error-stack'

/** What the app writes to its log: each a fixed name, never a sentence with data in it. */
export type LogEventName =
  | 'app-start'
  | 'window-opened'
  | 'window-closed'
  | 'displays-changed'
  | 'autosave-failed'
  | 'autosave-recovered'
  | 'report-saved'
  | 'report-failed'
  | 'print-saved'
  | 'print-failed'
  | 'follow-up-saved'
  | 'follow-up-failed'
  | 'session-file-opened'
  | 'session-file-refused'
  | 'session-file-saved'
  | 'session-file-save-failed'
  | 'menu-action-failed'
  | 'window-page-gone'
  | 'window-page-failed'

/**
 * Errors nobody caught, and an app that could not start, logged with their kind, code and
 * stack frames only.
 */
export type LogErrorEvent = 'uncaught-exception' | 'unhandled-rejection' | 'start-failed'

export type LogFields = Readonly<Record<string, number | boolean | LogCode>>

export type LogLevel = 'info' | 'warn' | 'error'

/** Where the lines go: electron-log's file in the app, a list in tests. */
export type LogSink = (level: LogLevel, line: string) => void

export interface AppLog {
  logEvent(name: LogEventName, fields?: LogFields): void
  logError(name: LogErrorEvent, error: unknown): void
}

const WARNINGS: ReadonlySet<LogEventName> = new Set([
  'autosave-failed',
  'report-failed',
  'print-failed',
  'follow-up-failed',
  'session-file-refused',
  'session-file-save-failed',
  'menu-action-failed',
  'window-page-gone',
  'window-page-failed',
])

const KEY = /^[a-z][A-Za-z0-9]{0,31}$/
/** What a code looks like; the types already see to it, this is for a value cast past them. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$/

function value(field: number | boolean | string): string {
  if (typeof field === 'number') return Number.isFinite(field) ? String(field) : 'NaN'
  if (typeof field === 'boolean') return String(field)
  return CODE.test(field) ? field : 'invalid'
}

/** "report-saved formats=2 where=fallback reason=timeout" */
export function formatLogLine(name: string, fields: LogFields = {}): string {
  const parts = Object.entries(fields)
    .filter(([key]) => KEY.test(key))
    .map(([key, field]) => `${key}=${value(field)}`)
  return [name, ...parts].join(' ')
}

/**
 * The app's typed event log. Names and codes come from closed lists (log-codes.ts), so no
 * dilemma, participant or file name can be written by mistake; an error keeps its kind, its
 * system code and its stack frames (with the home folder as '~'), never its message.
 */
export function createAppLog(sink: LogSink, options: { readonly home: string }): AppLog {
  return {
    logEvent(name, fields) {
      sink(WARNINGS.has(name) ? 'warn' : 'info', formatLogLine(name, fields))
    },
    logError(name, error) {
      const line = formatLogLine(name, { error: errorNameCode(error), code: errorCode(error) })
      sink('error', [line, ...stackFrames(error, options.home)].join('\n'))
    },
  }
}
