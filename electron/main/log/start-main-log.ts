import { homedir } from 'node:os'
import { app, ipcMain } from 'electron'
import log from 'electron-log/main'
import { archCode, platformCode, versionCode } from '../../core/log/log-codes'
import type { Locale } from '../../core/session/schema'
import { configureMainLog, type MainLog } from './configure-log'

/** electron-log's own channel, on which a window could write to the log. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__'

/**
 * The main-process log, set up first thing so that even an error during start-up is caught.
 * electron-log listens for windows on its own IPC channel as soon as it is loaded; the app never
 * lets a window write to the log, so that listener goes.
 */
export function startMainLog(): MainLog {
  const mainLog = configureMainLog(log, { dev: !app.isPackaged, home: homedir() })
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL)
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL)
  mainLog.catchErrors()
  return mainLog
}

export function logAppStart(mainLog: MainLog, locale: Locale): void {
  mainLog.appLog.logEvent('app-start', {
    version: versionCode(app.getVersion()),
    electron: versionCode(process.versions.electron ?? ''),
    platform: platformCode(process.platform),
    arch: archCode(process.arch),
    locale,
  })
}
