import { app } from 'electron'
import type { SessionHost } from '../../core/host/session-host'
import type { FollowUpActions, TeamActions } from '../../ipc/handler'
import { createFollowUpService } from '../../node/follow-up/follow-up-service'
import { createTeamService } from '../../node/team/team-service'
import { chooseOpenPath } from '../dialogs'
import type { ReportFolder } from '../report/report-actions'
import { PRINTED_MATTER_OPTIONS, printHtmlToPdf } from '../report/print-pdf'
import type { MainTexts } from '../texts'
import type { WindowManager } from '../windows/window-manager'

export interface BetweenSessionsOptions {
  readonly host: Pick<SessionHost, 'getSnapshot'>
  readonly windows: Pick<WindowManager, 'presenterWindow'>
  /** The report's folders: the follow-up files and the team summary go beside the report. */
  readonly folder: ReportFolder
  readonly texts: () => MainTexts
  readonly now: () => number
}

/**
 * What connects one session to the next: the follow-up session with its invitation, and the
 * team's overview over its session files. The core services over Electron's dialog and printing.
 */
export function createBetweenSessionsActions(
  options: BetweenSessionsOptions,
): FollowUpActions & TeamActions {
  const { host, folder, now } = options
  const session = () => host.getSnapshot().session
  const followUp = createFollowUpService({
    session,
    now,
    appVersion: app.getVersion(),
    folderStore: folder.store,
    fallbackFolder: folder.fallbackFolder,
  })
  const team = createTeamService({
    // Read only: the dialog picks a folder and nothing in it is ever written.
    chooseFolder: () => {
      const texts = options.texts()
      return chooseOpenPath(options.windows.presenterWindow, {
        title: texts.teamFolderTitle,
        buttonLabel: texts.teamFolderButton,
        properties: ['openDirectory', 'dontAddToRecent'],
      })
    },
    now,
    locale: () => session().locale,
    // The summary sets its own A4 margins; the report's would push it onto a second page.
    printPdf: (html) => printHtmlToPdf(html, undefined, PRINTED_MATTER_OPTIONS),
    folderStore: folder.store,
    fallbackFolder: folder.fallbackFolder,
  })
  return { ...followUp, ...team }
}
