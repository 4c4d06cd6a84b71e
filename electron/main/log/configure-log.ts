import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { NodeLogger } from 'electron-log'
import { createAppLog, type AppLog } from '../../core/log/app-log'
import { LOG_ARCHIVES, LOG_MAX_BYTES, rotateLogFile } from '../../node/log-rotation'

export interface MainLogOptions {
  /** Development: the log also goes to the terminal. */
  readonly dev: boolean
  /** The user's home folder, written as '~' in stack frames. */
  readonly home: string
}

export interface MainLog {
  readonly appLog: AppLog
  /** The folder with the log files (created when it is not there yet). */
  logFolder(): string
  /** From now on uncaught errors and unhandled rejections are logged, without a dialog. */
  catchErrors(): void
}

/**
 * Sets up electron-log for the main process: one file in the platform's logs folder, rotated
 * at 1 MB with four older files kept; the console only while developing; nothing sent to the
 * windows. Only the typed app log writes to it, and uncaught errors go through it too, so their
 * messages (which may quote a file path or a title) never reach the file.
 */
export function configureMainLog(log: NodeLogger, options: MainLogOptions): MainLog {
  const { file, console: terminal } = log.transports
  file.level = 'info'
  file.maxSize = LOG_MAX_BYTES
  file.archiveLogFn = (full) => {
    if (rotateLogFile(full.path, LOG_ARCHIVES) === 'failed') full.clear()
  }
  terminal.level = options.dev ? 'info' : false
  // The transports to the windows and to a server stay off (outside Electron there is no ipc).
  const { ipc, remote } = log.transports as Partial<NodeLogger['transports']>
  if (ipc) ipc.level = false
  if (remote) remote.level = false

  const appLog = createAppLog((level, line) => log[level](line), { home: options.home })
  log.errorHandler.setOptions({
    showDialog: false,
    onError: ({ error, errorName }) => {
      appLog.logError(
        errorName === 'Unhandled rejection' ? 'unhandled-rejection' : 'uncaught-exception',
        error,
      )
      // false: electron-log itself logs nothing more (it would write the message).
      return false
    },
  })

  return {
    appLog,
    logFolder() {
      const folder = dirname(file.getFile().path)
      mkdirSync(folder, { recursive: true })
      return folder
    },
    catchErrors: () => log.errorHandler.startCatching(),
  }
}
