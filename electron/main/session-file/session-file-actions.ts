import { basename, isAbsolute, join } from 'node:path'
import { app } from 'electron'
import type { AppNotice } from '../../core/app-notice'
import { sendPush } from '../../ipc/send'
import type { SessionHost } from '../../core/host/session-host'
import { archiveAutosave } from '../../node/persistence/autosave-recovery'
import { createRecentFilesStore } from '../../node/persistence/recent-files-store'
import type { SessionFileResult } from '../../core/session-file/session-file-contract'
import type { ParsedSessionFile } from '../../core/session-file/session-file-format'
import {
  createSessionFileService,
  type SessionFileActions,
  type SessionFileService,
} from '../../node/session-file/session-file-service'
import type { MainTexts } from '../texts'
import type { WindowManager } from '../windows/window-manager'
import {
  askUnsavedSessionChanges,
  chooseSessionOpenPath,
  chooseSessionSavePath,
} from './session-file-dialogs'

export interface MainSessionFileOptions {
  readonly host: Pick<SessionHost, 'getSnapshot' | 'replaceSession' | 'subscribe' | 'flush'>
  readonly windows: Pick<WindowManager, 'presenterWindow' | 'notify'>
  /** The app's data folder: the recent-files list lives there. */
  readonly userDataDir: string
  /** The autosave folder: a replaced session is archived from there. */
  readonly autosaveDir: string
  /** The texts in the session's language at the moment a dialog opens. */
  readonly texts: () => MainTexts
  readonly now?: () => number
  /** Told whenever the open file, its saved state or the recent list changes (the menu). */
  readonly onStateChange?: () => void
}

export interface MainSessionFileActions {
  readonly actions: SessionFileActions
  readonly service: SessionFileService
  /**
   * Opens a file the system handed over (double-click, command line, macOS 'open-file') and
   * tells the presenter how it went; it never rejects. `read`: the file as start-up already
   * read and checked it (before it decided about the unfinished session).
   */
  openFromOs(path: string, read?: ParsedSessionFile): Promise<void>
}

/** A suggested file name goes into the documents folder; a full path is used as it is. */
function savePathFor(suggested: string): string {
  if (isAbsolute(suggested)) return suggested
  try {
    return join(app.getPath('documents'), suggested)
  } catch {
    return suggested
  }
}

/** The session-file actions with Electron's dialogs, wired to the presenter window. */
export function createMainSessionFileActions(
  options: MainSessionFileOptions,
): MainSessionFileActions {
  const { host, windows, texts } = options
  const now = options.now ?? (() => Date.now())
  const parent = () => windows.presenterWindow
  const service = createSessionFileService({
    host,
    now,
    chooseOpenPath: () => chooseSessionOpenPath(parent(), texts()),
    chooseSavePath: (suggested) => chooseSessionSavePath(parent(), texts(), savePathFor(suggested)),
    askUnsavedChanges: () => askUnsavedSessionChanges(parent(), texts()),
    recentStore: createRecentFilesStore(options.userDataDir, now),
    onState: (state) => {
      const presenter = parent()
      if (presenter) sendPush(presenter.webContents, 'sessionFile', state)
      options.onStateChange?.()
    },
    // The last changes reach the autosave first, so the archived copy is the whole session.
    archiveCurrent: async () => {
      await host.flush()
      await archiveAutosave(options.autosaveDir, now())
    },
    appVersion: app.getVersion(),
  })
  const { getSessionFile, openSessionFile, openRecentSessionFile } = service
  const { saveSessionFile, saveSessionFileAs } = service

  async function openFromOs(path: string, read?: ParsedSessionFile): Promise<void> {
    let result: SessionFileResult
    try {
      result = await service.openPath(path, read)
    } catch {
      result = { ok: false, reason: 'unreadable' }
    }
    const notice = noticeFor(result, basename(path))
    if (notice) windows.notify(notice)
  }

  return {
    actions: {
      getSessionFile,
      openSessionFile,
      openRecentSessionFile,
      saveSessionFile,
      saveSessionFileAs,
    },
    service,
    openFromOs,
  }
}

function noticeFor(result: SessionFileResult, name: string): AppNotice | null {
  if (result.ok)
    return { kind: 'session-file-opened', name: result.name, migrated: result.migrated ?? false }
  if (result.reason === 'cancelled') return null
  return { kind: 'session-file-refused', name, problem: result.reason }
}
