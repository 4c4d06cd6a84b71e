import { join } from 'node:path'
import { app, clipboard, powerMonitor, session } from 'electron'
import { createInvokeHandler } from '../ipc/handler'
import { SessionHost } from '../core/host/session-host'
import { createAutosaveWriter } from '../node/persistence/autosave-writer'
import { autosaveLog } from '../core/log/log-outcomes'
import { CoalescingSaver } from '../core/persistence/coalescing-saver'
import { holdOffWhileKept, KeptFiles } from '../node/persistence/kept-files'
import { isOwnPageUrl } from '../core/app-origin'
import { createOsOpenQueue, sessionFileFromArgv } from '../node/session-file/session-file-argv'
import { MonotonicClock } from '../core/timers/monotonic-clock'
import { handleAppProtocol, registerAppScheme } from './app-protocol'
import { registerIpc } from './ipc/register-ipc'
import { pageOfSender } from './ipc/sender-guard'
import { exportDeck, importDeck } from './decks/deck-dialogs'
import { startDisplays } from './display/start-displays'
import { logAppStart, startMainLog } from './log/start-main-log'
import {
  withFileLog,
  withFollowUpLog,
  withNoticeLog,
  withPrintLog,
  withReportLog,
} from './log/logged-actions'
import { watchAppEvents } from './log/watch-app-events'
import { startAppMenu, type AppMenu } from './menu/app-menu'
import { builtPaths, devServerUrl } from './paths'
import { createPreviewPages } from '../core/print/preview-pages'
import { withPreviewPages } from '../node/print/print-service'
import { createMainPrintActions } from './print/print-actions'
import { createMainReportActions, loadReportFolder } from './report/report-actions'
import { createBetweenSessionsActions } from './between-sessions/between-sessions-actions'
import { createMainSessionFileActions } from './session-file/session-file-actions'
import { beginSession } from './startup/begin-session'
import { saveBeforeQuit } from './startup/save-before-quit'
import { startOrQuit } from './startup/start-or-quit'
import { mainTexts } from './texts'
import { blockRemoteRequests, denyAllPermissions } from './windows/harden-contents'
import { pageEvents } from './windows/page-events'
import { WindowManager } from './windows/window-manager'

// First, so that an error anywhere after this is logged (without its message).
const mainLog = startMainLog()
const log = mainLog.appLog
registerAppScheme()
app.enableSandbox()

// macOS hands over a double-clicked file with 'open-file', possibly before the app is ready.
const osOpens = createOsOpenQueue()
// Windows and Linux start the app with it: it is read before the unfinished session is decided on.
const startFile = sessionFileFromArgv(process.argv)
app.on('open-file', (event, path) => {
  event.preventDefault()
  osOpens.push(path)
})

async function start(): Promise<void> {
  const texts = mainTexts()
  const devUrl = devServerUrl()
  const previews = createPreviewPages()
  handleAppProtocol(builtPaths.renderer, previews)
  denyAllPermissions(session.defaultSession)
  blockRemoteRequests(
    session.defaultSession,
    (url) => isOwnPageUrl(url, devUrl) || url.startsWith('devtools://'),
  )

  // Timers must survive someone changing the system clock mid-session; after sleep, re-anchor.
  const clock = new MonotonicClock({ wall: () => Date.now(), monotonic: () => performance.now() })
  powerMonitor.on('resume', () => clock.resync())
  const autosaveDir = join(app.getPath('userData'), 'autosave')
  const kept = new KeptFiles()
  const began = await beginSession({ dir: autosaveDir, clock, texts, startFile, kept })

  logAppStart(mainLog, began.snapshot.session.locale)

  let failing = false
  const autosave = autosaveLog(log)
  // Nothing start-up left in place is written over.
  const writer = holdOffWhileKept(createAutosaveWriter(autosaveDir, clock), kept)
  const saver = new CoalescingSaver(writer, {
    onError: (error) => {
      autosave.failed(error)
      failing = true
      windows.notify({ kind: 'autosave-failed', folder: autosaveDir })
    },
    onSaved: () => {
      autosave.saved()
      if (failing) windows.notify({ kind: 'autosave-recovered' })
      failing = false
    },
  })
  const host = new SessionHost({ ...began.snapshot, clock, persistence: saver })
  const currentTexts = () => mainTexts(host.getSnapshot().session.locale)
  // Made after the saver, whose callbacks use it: nothing is saved before this line has run.
  const windows: WindowManager = new WindowManager(
    texts,
    () => saveBeforeQuit(host, saver, autosaveDir, texts),
    () => app.quit(),
    pageEvents({
      log,
      texts: currentTexts,
      logFolder: () => mainLog.logFolder(),
      windows: () => windows,
    }),
  )
  watchAppEvents(log, () => windows.ids())
  host.subscribe(() => windows.broadcast(host))
  const common = {
    host,
    windows,
    userDataDir: app.getPath('userData'),
    texts: currentTexts,
    now: () => clock.now(),
  }
  // Both read their remembered settings from disk; neither waits for the other.
  const [displays, reportFolder] = await Promise.all([
    startDisplays({ ...common, devServerUrl: devUrl }),
    loadReportFolder(common.userDataDir, common.now),
  ])
  const reportActions = await createMainReportActions(common, reportFolder)
  let menu: AppMenu | null = null
  const sessionFiles = createMainSessionFileActions({
    ...common,
    windows: withNoticeLog(windows, log),
    autosaveDir,
    // The menu lists the recent files.
    onStateChange: () => menu?.refresh(),
  })
  menu = startAppMenu({
    host,
    windows,
    displays: displays.actions,
    texts: mainTexts,
    recentFiles: () => sessionFiles.actions.getSessionFile().recent.map((file) => file.name),
    logFolder: () => mainLog.logFolder(),
    isDev: !app.isPackaged,
    log,
  })
  registerIpc(
    createInvokeHandler(host, {
      showProjector: () => windows.showProjector(),
      copyText: (text) => clipboard.writeText(text),
      importDeck: () => importDeck(host, windows.presenterWindow, currentTexts()),
      exportDeck: () => exportDeck(host, windows.presenterWindow, currentTexts()),
      ...displays.actions,
      ...withReportLog(reportActions, log),
      ...withPrintLog(withPreviewPages(createMainPrintActions(common), previews), log),
      ...withFileLog(sessionFiles.actions, log),
      ...withFollowUpLog(createBetweenSessionsActions({ ...common, folder: reportFolder }), log),
    }),
    (event) => pageOfSender(event, windows.ids(), devUrl),
  )
  app.on('second-instance', (_event, argv, workingDirectory) => {
    windows.focusPresenter()
    const path = sessionFileFromArgv(argv, workingDirectory)
    if (path) osOpens.push(path)
  })
  app.on('before-quit', (event) => void windows.quitAfterSave(event))
  windows.open()
  // Files handed over by the system open once the presenter listens, so their notice is seen.
  windows.presenterWindow?.webContents.once('did-finish-load', () => {
    if (began.startFile) void sessionFiles.openFromOs(began.startFile.path, began.startFile.read)
    osOpens.drainTo((path) => void sessionFiles.openFromOs(path))
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('window-all-closed', () => app.quit())
  void app
    .whenReady()
    .then(() =>
      startOrQuit(start, { log, texts: mainTexts(), logFolder: () => mainLog.logFolder() }),
    )
}
