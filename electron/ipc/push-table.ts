import type { AppNotice } from '../core/app-notice'
import type { DisplayList } from '../core/display/display-list'
import type { MenuCommand } from '../core/menu/menu-command'
import type { ReportProgress } from '../core/report/report-contract'
import type { WindowSnapshot } from '../core/session/schema'
import type { SessionFileState } from '../core/session-file/session-file-contract'
import { EVERY_PAGE, PRESENTER_ONLY, push } from './define'

/**
 * Every message main pushes to a window. A window listens with `on<Name>`; main sends with
 * `sendPush`. No per-second messages: timers are timestamps in the snapshot.
 */
export const PUSH = {
  snapshot: push<WindowSnapshot>()('session:snapshot', EVERY_PAGE),
  notice: push<AppNotice>()('app:notice', PRESENTER_ONLY),
  displays: push<DisplayList>()('displays:changed', PRESENTER_ONLY),
  /** Progress of a long report write. */
  reportProgress: push<ReportProgress>()('report:progress', PRESENTER_ONLY),
  sessionFile: push<SessionFileState>()('file:state', PRESENTER_ONLY),
  /**
   * What the native menu asks of the page (the shortcut overview, a section, a file action).
   * The page checks each payload with `parseMenuCommand` before it acts.
   */
  menuCommand: push<MenuCommand>()('menu:command', PRESENTER_ONLY),
}

export type PushTable = typeof PUSH
export type PushName = keyof PushTable
