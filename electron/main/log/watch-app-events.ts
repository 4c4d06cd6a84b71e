import { app, screen, type BrowserWindow } from 'electron'
import type { AppLog } from '../../core/log/app-log'
import type { LogWindowKind } from '../../core/log/log-codes'
import type { KnownWindows } from '../ipc/sender-guard'

/**
 * Logs windows opening and closing (by kind: presenter, projector, other) and displays coming
 * and going (by count). Returns the unsubscribe.
 */
export function watchAppEvents(log: AppLog, knownWindows: () => KnownWindows): () => void {
  function kindOf(contentsId: number): LogWindowKind {
    const { presenterId, projectorId } = knownWindows()
    if (contentsId === presenterId) return 'presenter'
    return contentsId === projectorId ? 'projector' : 'other'
  }

  const created = (_event: unknown, window: BrowserWindow) => {
    const contentsId = window.webContents.id
    let kind: LogWindowKind = 'other'
    // The window manager stores a new window right after its constructor returns.
    queueMicrotask(() => {
      kind = kindOf(contentsId)
      log.logEvent('window-opened', { window: kind })
    })
    window.once('closed', () => log.logEvent('window-closed', { window: kind }))
  }
  const displaysChanged = () =>
    log.logEvent('displays-changed', { count: screen.getAllDisplays().length })

  app.on('browser-window-created', created)
  screen.on('display-added', displaysChanged)
  screen.on('display-removed', displaysChanged)
  return () => {
    app.off('browser-window-created', created)
    screen.off('display-added', displaysChanged)
    screen.off('display-removed', displaysChanged)
  }
}
