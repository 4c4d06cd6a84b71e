import { isAbsolute, resolve } from 'node:path'
import { SESSION_FILE_EXTENSION } from '../../core/session-file/session-file-format'

/**
 * The session file the app was asked to open on its command line (a double-click on Windows
 * and Linux starts the app, or a second instance, with the file's path). The first element is
 * the executable (Electron itself in development); flags such as Chromium's own switches and
 * macOS's -psn_ are skipped, and so is anything that is not a `.dilemmas` file (the app folder
 * in development). A relative path is taken from `workingDirectory` when one is given.
 */
export function sessionFileFromArgv(
  argv: readonly string[],
  workingDirectory?: string,
): string | null {
  const found = argv
    .slice(1)
    .find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${SESSION_FILE_EXTENSION}`))
  if (found === undefined) return null
  return workingDirectory !== undefined && !isAbsolute(found)
    ? resolve(workingDirectory, found)
    : found
}

export interface OsOpenQueue {
  /** A path the system asked to open; kept until a handler is there. */
  push(path: string): void
  /** From now on paths go straight to `handler`; those that waited go first, in order. */
  drainTo(handler: (path: string) => void): void
}

/**
 * macOS sends 'open-file' as early as it likes, before the app is ready and before any window
 * or session exists; the paths wait here until the session-file service can take them.
 */
export function createOsOpenQueue(): OsOpenQueue {
  const waiting: string[] = []
  let target: ((path: string) => void) | null = null
  return {
    push(path) {
      if (target) target(path)
      else waiting.push(path)
    },
    drainTo(handler) {
      target = handler
      for (const path of waiting.splice(0)) handler(path)
    },
  }
}
