import { shell } from 'electron'
import type { CommandInput } from '../../core/commands/schema'
import type { WindowActions } from '../../ipc/handler'
import { sendPush } from '../../ipc/send'
import type { SessionHost } from '../../core/host/session-host'
import {
  isSessionMenuAction,
  menuSessionCommands,
  menuStartCommands,
  type MenuAction,
} from '../../core/menu/menu-actions'
import type { MenuCommand } from '../../core/menu/menu-command'
import { showMessageBox } from '../dialogs'
import type { MainTexts } from '../texts'
import type { WindowManager } from '../windows/window-manager'
import { showAboutDialog } from './about-dialog'

export interface MenuActionPorts {
  readonly host: Pick<SessionHost, 'getSnapshot' | 'dispatch'>
  readonly windows: Pick<WindowManager, 'showProjector' | 'presenterWindow' | 'focusPresenter'>
  readonly displays: Pick<WindowActions, 'identifyDisplays' | 'setProjectorFullscreenHere'>
  /** The texts in the session's language now. */
  readonly texts: () => MainTexts
  readonly logFolder: () => string
}

/** Each command on its own, in order, as the keys send them; a refused one ends the row. */
function dispatchAll(host: MenuActionPorts['host'], commands: readonly CommandInput[]): void {
  for (const command of commands) {
    if (!host.dispatch(command).ok) return
  }
}

/** The presenter page does what only it can do; it comes to the front to show it. */
function toPresenter(ports: MenuActionPorts, command: MenuCommand): void {
  ports.windows.focusPresenter()
  const presenter = ports.windows.presenterWindow
  if (presenter) sendPush(presenter.webContents, 'menuCommand', command)
}

/** "Nieuwe sessie" and "Sessie als sjabloon" replace what is on screen: they ask first. */
async function replaceSession(ports: MenuActionPorts, kind: 'new-session' | 'template') {
  const texts = ports.texts().menuDialogs
  const fresh = kind === 'new-session'
  const { response } = await showMessageBox(ports.windows.presenterWindow, {
    type: 'question',
    message: fresh ? texts.newSessionMessage : texts.templateMessage,
    detail: fresh ? texts.newSessionDetail : texts.templateDetail,
    buttons: [fresh ? texts.newSessionButton : texts.templateButton, texts.cancelButton],
    defaultId: 0,
    cancelId: 1,
  })
  if (response !== 0) return
  const result = ports.host.dispatch({ type: fresh ? 'setup/new-session' : 'setup/from-template' })
  if (result.ok) toPresenter(ports, { kind: 'section', section: 'session' })
}

/** shell.openPath answers with an error text rather than failing. */
async function openLogFolder(ports: MenuActionPorts): Promise<void> {
  const folder = ports.logFolder()
  const problem = await shell.openPath(folder)
  if (problem === '') return
  const texts = ports.texts()
  await showMessageBox(ports.windows.presenterWindow, {
    type: 'warning',
    message: texts.menuDialogs.logsFailedMessage,
    detail: folder,
    buttons: [texts.ok],
  })
}

/** What a menu item does; each either changes the session, asks the presenter or opens a dialog. */
export async function runMenuAction(action: MenuAction, ports: MenuActionPorts): Promise<void> {
  const { host, windows, displays } = ports
  if (isSessionMenuAction(action)) {
    const { session, history } = host.getSnapshot()
    dispatchAll(host, menuSessionCommands(session, history, action.kind))
    return
  }
  switch (action.kind) {
    case 'set-locale':
      host.dispatch({ type: 'setup/set-locale', locale: action.locale })
      return
    case 'new-session':
    case 'template':
      return replaceSession(ports, action.kind)
    case 'open-file':
      return toPresenter(ports, { kind: 'file', action: 'open' })
    case 'save-file':
      return toPresenter(ports, { kind: 'file', action: 'save' })
    case 'save-file-as':
      return toPresenter(ports, { kind: 'file', action: 'save-as' })
    case 'open-recent':
      return toPresenter(ports, { kind: 'open-recent', index: action.index })
    case 'open-print':
      return toPresenter(ports, { kind: 'section', section: 'print' })
    case 'open-report':
      return toPresenter(ports, { kind: 'section', section: 'report' })
    case 'open-team':
      return toPresenter(ports, { kind: 'section', section: 'team' })
    case 'shortcuts':
      return toPresenter(ports, { kind: 'shortcuts' })
    case 'show-projector':
      windows.showProjector()
      return
    case 'projector-fullscreen-here':
      displays.setProjectorFullscreenHere(action.on)
      return
    case 'identify-displays':
      displays.identifyDisplays()
      return
    case 'start':
      dispatchAll(host, menuStartCommands(host.getSnapshot().session))
      windows.showProjector()
      return
    case 'open-logs':
      return openLogFolder(ports)
    case 'about':
      return showAboutDialog(windows.presenterWindow, ports.texts())
    default:
      return action satisfies never
  }
}
