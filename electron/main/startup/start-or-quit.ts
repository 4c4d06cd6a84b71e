import { app, dialog } from 'electron'
import type { AppLog } from '../../core/log/app-log'
import type { MainTexts } from '../texts'

export interface StartOrQuitOptions {
  readonly log: AppLog
  readonly texts: MainTexts
  /** Where the log files are, for the message. */
  logFolder(): string
}

/**
 * Starts the app; if that fails all the same (after start-up has fallen back to a fresh
 * session wherever it could), says so and quits. An app without windows must not go on
 * running: it would hold the single-instance lock, and every later start would only hand it
 * the file and end.
 */
export async function startOrQuit(
  start: () => Promise<void>,
  { log, texts, logFolder }: StartOrQuitOptions,
): Promise<void> {
  try {
    await start()
  } catch (error) {
    log.logError('start-failed', error)
    // Synchronous in Electron: the message is read before the app goes.
    dialog.showErrorBox(
      texts.startup.failedTitle,
      texts.startup.failedMessage(folderOrNone(logFolder)),
    )
    // exit, not quit: nothing of this start is worth a 'before-quit' save, and the lock goes now.
    app.exit(1)
  }
}

/** The log folder for a message, or '' when it cannot be named: the message goes all the same. */
export function folderOrNone(logFolder: () => string): string {
  try {
    return logFolder()
  } catch {
    return ''
  }
}
