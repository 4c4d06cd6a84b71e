import { z } from 'zod'
import type { CommandInput } from '../core/commands/schema'
import type { DisplayList } from '../core/display/display-list'
import type { DispatchResult } from '../core/host/session-host'
import type { DeckExportResult, DeckImportResult } from '../core/principles/deck-file'
import {
  printOneSchema,
  printSaveRequestSchema,
  type PrintDialogResult,
  type PrintSaveResult,
} from '../core/print/print-contract'
import {
  reportFolderKindSchema,
  reportSaveRequestSchema,
  type ReportFolderInfo,
  type ReportSaveResult,
} from '../core/report/report-contract'
import type { WindowSnapshot } from '../core/session/schema'
import { followUpPlanSchema, type FollowUpSaveResult } from '../core/follow-up/follow-up-contract'
import {
  teamSummarySaveRequestSchema,
  type TeamOverviewResult,
  type TeamSummarySaveResult,
} from '../core/team/team-contract'
import type {
  SessionFileResult,
  SessionFileState,
} from '../core/session-file/session-file-contract'
import { EVERY_PAGE, PRESENTER_ONLY as PRESENTER, invoke, invokeWith } from './define'

// The host checks commands itself and answers a bad one with its own error result, so the
// payload reaches it as sent.
const asSent = z.custom<CommandInput>(() => true)
// Electron's display ids are integers, on some systems beyond the safe range.
const displayId = z.number().refine(Number.isInteger)
const recentIndex = z.number().int().min(0).max(100)

/**
 * Every call a window makes, in one place: channel, payload, what its action in main returns
 * (the window always gets a promise of it) and who may call it.
 * The preload's API, main's handler and registration, and the test mocks all derive from it.
 */
export const INVOKE = {
  getSnapshot: invoke('session:get-snapshot', EVERY_PAGE).returns<WindowSnapshot>(),
  dispatch: invokeWith('session:dispatch', PRESENTER, asSent).returns<DispatchResult>(),
  showProjector: invoke('window:show-projector', PRESENTER).returnsNothing(),
  copyText: invokeWith('clipboard:copy-text', PRESENTER, z.string().max(100_000)).returns<
    Promise<void>
  >(),
  importDeck: invoke('deck:import', PRESENTER).returns<Promise<DeckImportResult>>(),
  exportDeck: invoke('deck:export', PRESENTER).returns<Promise<DeckExportResult>>(),
  /** The connected displays and where the projector is; main pushes changes (hot-plug). */
  getDisplays: invoke('displays:get', PRESENTER).returns<DisplayList>(),
  /** Puts the projector on a listed display and remembers it; an unknown id changes nothing. */
  chooseProjectorDisplay: invokeWith(
    'displays:choose-projector',
    PRESENTER,
    displayId,
  ).returns<DisplayList>(),
  /** Shows each display's number on it for a few seconds. */
  identifyDisplays: invoke('displays:identify', PRESENTER).returnsNothing(),
  /** The projector fullscreen over the presenter's own screen, or back to a window. */
  setProjectorFullscreenHere: invokeWith(
    'displays:projector-fullscreen-here',
    PRESENTER,
    z.boolean(),
  ).returns<DisplayList>(),
  /** The report as the self-contained HTML file it would be saved as (for the preview). */
  previewReport: invoke('report:preview', PRESENTER).returns<Promise<string>>(),
  /** The remembered report folder and the local fallback folder (for display only). */
  getReportFolder: invoke('report:get-folder', PRESENTER).returns<ReportFolderInfo>(),
  /** Main opens a folder dialog; the choice is remembered. */
  chooseReportFolder: invoke('report:choose-folder', PRESENTER).returns<
    Promise<ReportFolderInfo>
  >(),
  /** Writes the report in the requested formats to the report folder (or the fallback). */
  saveReport: invokeWith('report:save', PRESENTER, reportSaveRequestSchema).returns<
    Promise<ReportSaveResult>
  >(),
  /** Copies reports that went to the fallback folder to the report folder. */
  retryReport: invoke('report:retry', PRESENTER).returns<Promise<ReportSaveResult>>(),
  /** Opens the report folder or the fallback folder in the system's file manager. */
  openReportFolder: invokeWith('report:open-folder', PRESENTER, reportFolderKindSchema).returns<
    Promise<void>
  >(),
  /** The path of a page showing a printed item as it will print (for the Drukwerk preview). */
  previewPrint: invokeWith('print:preview', PRESENTER, printOneSchema).returns<Promise<string>>(),
  /** Main asks for a folder, then writes each item there as a PDF (never over a file). */
  savePrintPdf: invokeWith('print:save-pdf', PRESENTER, printSaveRequestSchema).returns<
    Promise<PrintSaveResult>
  >(),
  /** Opens the system's print dialog for one item. */
  sendToPrinter: invokeWith('print:to-printer', PRESENTER, printOneSchema).returns<
    Promise<PrintDialogResult>
  >(),
  /** Which session file is open, whether it has unsaved changes, and the recent files. */
  getSessionFile: invoke('file:get-state', PRESENTER).returns<SessionFileState>(),
  /** Main opens a file dialog; the opened session replaces the current one. */
  openSessionFile: invoke('file:open', PRESENTER).returns<Promise<SessionFileResult>>(),
  /** Opens a file from the recent list by its position; one outside the list gives 'missing'. */
  openRecentSessionFile: invokeWith('file:open-recent', PRESENTER, recentIndex).returns<
    Promise<SessionFileResult>
  >(),
  /** Saves to the open file, or asks where when there is none yet. */
  saveSessionFile: invoke('file:save', PRESENTER).returns<Promise<SessionFileResult>>(),
  saveSessionFileAs: invoke('file:save-as', PRESENTER).returns<Promise<SessionFileResult>>(),
  /** Makes the follow-up session and its invitation from this one, saved beside the report. */
  saveFollowUpSession: invokeWith('follow-up:save', PRESENTER, followUpPlanSchema).returns<
    Promise<FollowUpSaveResult>
  >(),
  /** Main asks for the team's folder and reads its session files (read only). */
  chooseTeamFolder: invoke('team:choose-folder', PRESENTER).returns<Promise<TeamOverviewResult>>(),
  /** Writes the summary of the overview main last read, like the report. */
  saveTeamSummary: invokeWith('team:save', PRESENTER, teamSummarySaveRequestSchema).returns<
    Promise<TeamSummarySaveResult>
  >(),
}

export type InvokeTable = typeof INVOKE
export type InvokeName = keyof InvokeTable
