import type { CommandInput } from './core/commands/schema'
import type { DeckProblem } from './core/principles/deck-file'
import type { DisplayList } from './core/display/display-list'
import type { DispatchResult } from './core/host/session-host'
import type {
  ReportFolderInfo,
  ReportFolderKind,
  ReportProgress,
  ReportSaveRequest,
  ReportSaveResult,
} from './core/report/report-contract'
import type { WindowSnapshot } from './core/session/schema'
import type {
  SessionFileProblem,
  SessionFileResult,
  SessionFileState,
} from './core/session-file/session-file-contract'

/** IPC channel names: the only strings main and preload share. */
export const CHANNELS = {
  getSnapshot: 'session:get-snapshot',
  dispatch: 'session:dispatch',
  showProjector: 'window:show-projector',
  copyText: 'clipboard:copy-text',
  importDeck: 'deck:import',
  exportDeck: 'deck:export',
  getDisplays: 'displays:get',
  chooseProjectorDisplay: 'displays:choose-projector',
  identifyDisplays: 'displays:identify',
  setProjectorFullscreenHere: 'displays:projector-fullscreen-here',
  previewReport: 'report:preview',
  getReportFolder: 'report:get-folder',
  chooseReportFolder: 'report:choose-folder',
  saveReport: 'report:save',
  retryReport: 'report:retry',
  openReportFolder: 'report:open-folder',
  getSessionFile: 'file:get-state',
  openSessionFile: 'file:open',
  openRecentSessionFile: 'file:open-recent',
  saveSessionFile: 'file:save',
  saveSessionFileAs: 'file:save-as',
  snapshot: 'session:snapshot',
  notice: 'app:notice',
  displays: 'displays:changed',
  reportProgress: 'report:progress',
  sessionFile: 'file:state',
  menuCommand: 'menu:command',
} as const

/** Channels a window calls (ipcRenderer.invoke); the others are pushed by main. */
export const INVOKE_CHANNELS = [
  CHANNELS.getSnapshot,
  CHANNELS.dispatch,
  CHANNELS.showProjector,
  CHANNELS.copyText,
  CHANNELS.importDeck,
  CHANNELS.exportDeck,
  CHANNELS.getDisplays,
  CHANNELS.chooseProjectorDisplay,
  CHANNELS.identifyDisplays,
  CHANNELS.setProjectorFullscreenHere,
  CHANNELS.previewReport,
  CHANNELS.getReportFolder,
  CHANNELS.chooseReportFolder,
  CHANNELS.saveReport,
  CHANNELS.retryReport,
  CHANNELS.openReportFolder,
  CHANNELS.getSessionFile,
  CHANNELS.openSessionFile,
  CHANNELS.openRecentSessionFile,
  CHANNELS.saveSessionFile,
  CHANNELS.saveSessionFileAs,
] as const

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]
export type PushChannel =
  | typeof CHANNELS.snapshot
  | typeof CHANNELS.notice
  | typeof CHANNELS.displays
  | typeof CHANNELS.reportProgress
  | typeof CHANNELS.sessionFile
  | typeof CHANNELS.menuCommand

export type { DisplayList, DisplaySummary } from './core/display/display-list'
export type {
  ReportFolderInfo,
  ReportFormat,
  ReportProgress,
  ReportSaveRequest,
  ReportSaveResult,
  ReportFailureReason,
  ReportFolderKind,
} from './core/report/report-contract'
export type {
  SessionFileState,
  SessionFileResult,
  SessionFileProblem,
  RecentSessionFile,
} from './core/session-file/session-file-contract'
export type { MenuCommand, MenuFileAction, MenuSection } from './core/menu/menu-command'

/** Things the main process tells the facilitator that are not part of the session. */
export type AppNotice =
  | { readonly kind: 'autosave-failed'; readonly folder: string }
  | { readonly kind: 'autosave-recovered' }
  /** A session file opened from outside the window (double-click, recent list) was refused. */
  | {
      readonly kind: 'session-file-refused'
      readonly name: string
      readonly problem: SessionFileProblem
    }
  | { readonly kind: 'session-file-opened'; readonly name: string; readonly migrated: boolean }

/** The outcome of a file dialog; main picks and owns the path, the window only learns this. */
export type DeckImportResult =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly reason: 'cancelled' | 'unreadable' | DeckProblem }

export type DeckExportResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'cancelled' | 'write-failed' }

export type Unsubscribe = () => void

/** The projector only reads. */
export interface ProjectorApi {
  getSnapshot(): Promise<WindowSnapshot>
  onSnapshot(listener: (snapshot: WindowSnapshot) => void): Unsubscribe
}

export interface PresenterApi extends ProjectorApi {
  dispatch(command: CommandInput): Promise<DispatchResult>
  showProjector(): Promise<void>
  copyText(text: string): Promise<void>
  importDeck(): Promise<DeckImportResult>
  exportDeck(): Promise<DeckExportResult>
  onNotice(listener: (notice: AppNotice) => void): Unsubscribe
  /** The connected displays and where the projector is; main pushes changes (hot-plug). */
  getDisplays(): Promise<DisplayList>
  onDisplays(listener: (displays: DisplayList) => void): Unsubscribe
  /** Puts the projector on a listed display (by id) and remembers the choice. */
  chooseProjectorDisplay(displayId: number): Promise<DisplayList>
  /** Shows each display's number on it for a few seconds. */
  identifyDisplays(): Promise<void>
  /** The projector fullscreen over the presenter's own screen, or back to a window. */
  setProjectorFullscreenHere(on: boolean): Promise<DisplayList>

  /** The report as the self-contained HTML file it would be saved as (for the preview). */
  previewReport(): Promise<string>
  /** The remembered report folder and the local fallback folder (for display only). */
  getReportFolder(): Promise<ReportFolderInfo>
  /** Main opens a folder dialog; the choice is remembered. */
  chooseReportFolder(): Promise<ReportFolderInfo>
  /** Writes the report in the requested formats to the report folder (or the fallback). */
  saveReport(request: ReportSaveRequest): Promise<ReportSaveResult>
  /** Copies reports that went to the fallback folder to the report folder. */
  retryReport(): Promise<ReportSaveResult>
  /** Opens the report folder or the fallback folder in the system's file manager. */
  openReportFolder(which: ReportFolderKind): Promise<void>
  /** Progress of a long report write, pushed by main. */
  onReportProgress(listener: (progress: ReportProgress) => void): Unsubscribe

  /** Which session file is open, whether it has unsaved changes, and the recent files. */
  getSessionFile(): Promise<SessionFileState>
  onSessionFile(listener: (state: SessionFileState) => void): Unsubscribe
  /** Main opens a file dialog; the opened session replaces the current one. */
  openSessionFile(): Promise<SessionFileResult>
  /** Opens a file from the recent list, by its position in that list. */
  openRecentSessionFile(index: number): Promise<SessionFileResult>
  /** Saves to the open file, or asks where when there is none yet. */
  saveSessionFile(): Promise<SessionFileResult>
  saveSessionFileAs(): Promise<SessionFileResult>

  /**
   * What the native menu asks of this page (the shortcut overview, a section, a file action).
   * The page checks each payload with `parseMenuCommand` before it acts.
   */
  onMenuCommand(listener: (command: unknown) => void): Unsubscribe
}

/** How the API reaches the main process: ipcRenderer in the preload, a test binding in e2e. */
export interface Transport {
  invoke(channel: InvokeChannel, payload?: unknown): Promise<unknown>
  on(channel: PushChannel, listener: (payload: unknown) => void): Unsubscribe
}

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'dilemmaApi'

// Main is the only sender on these channels and validates everything it sends, so the
// renderer takes the payload types on trust instead of validating every snapshot again.
export function createProjectorApi(transport: Transport): ProjectorApi {
  return {
    getSnapshot: async () => (await transport.invoke(CHANNELS.getSnapshot)) as WindowSnapshot,
    onSnapshot: (listener) =>
      transport.on(CHANNELS.snapshot, (payload) => listener(payload as WindowSnapshot)),
  }
}

export function createPresenterApi(transport: Transport): PresenterApi {
  return {
    ...createProjectorApi(transport),
    dispatch: async (command) =>
      (await transport.invoke(CHANNELS.dispatch, command)) as DispatchResult,
    showProjector: async () => {
      await transport.invoke(CHANNELS.showProjector)
    },
    copyText: async (text) => {
      await transport.invoke(CHANNELS.copyText, text)
    },
    importDeck: async () => (await transport.invoke(CHANNELS.importDeck)) as DeckImportResult,
    exportDeck: async () => (await transport.invoke(CHANNELS.exportDeck)) as DeckExportResult,
    onNotice: (listener) =>
      transport.on(CHANNELS.notice, (payload) => listener(payload as AppNotice)),
    getDisplays: async () => (await transport.invoke(CHANNELS.getDisplays)) as DisplayList,
    onDisplays: (listener) =>
      transport.on(CHANNELS.displays, (payload) => listener(payload as DisplayList)),
    chooseProjectorDisplay: async (displayId) =>
      (await transport.invoke(CHANNELS.chooseProjectorDisplay, displayId)) as DisplayList,
    identifyDisplays: async () => {
      await transport.invoke(CHANNELS.identifyDisplays)
    },
    setProjectorFullscreenHere: async (on) =>
      (await transport.invoke(CHANNELS.setProjectorFullscreenHere, on)) as DisplayList,
    previewReport: async () => (await transport.invoke(CHANNELS.previewReport)) as string,
    getReportFolder: async () =>
      (await transport.invoke(CHANNELS.getReportFolder)) as ReportFolderInfo,
    chooseReportFolder: async () =>
      (await transport.invoke(CHANNELS.chooseReportFolder)) as ReportFolderInfo,
    saveReport: async (request) =>
      (await transport.invoke(CHANNELS.saveReport, request)) as ReportSaveResult,
    retryReport: async () => (await transport.invoke(CHANNELS.retryReport)) as ReportSaveResult,
    openReportFolder: async (which) => {
      await transport.invoke(CHANNELS.openReportFolder, which)
    },
    onReportProgress: (listener) =>
      transport.on(CHANNELS.reportProgress, (payload) => listener(payload as ReportProgress)),
    getSessionFile: async () =>
      (await transport.invoke(CHANNELS.getSessionFile)) as SessionFileState,
    onSessionFile: (listener) =>
      transport.on(CHANNELS.sessionFile, (payload) => listener(payload as SessionFileState)),
    openSessionFile: async () =>
      (await transport.invoke(CHANNELS.openSessionFile)) as SessionFileResult,
    openRecentSessionFile: async (index) =>
      (await transport.invoke(CHANNELS.openRecentSessionFile, index)) as SessionFileResult,
    saveSessionFile: async () =>
      (await transport.invoke(CHANNELS.saveSessionFile)) as SessionFileResult,
    saveSessionFileAs: async () =>
      (await transport.invoke(CHANNELS.saveSessionFileAs)) as SessionFileResult,
    onMenuCommand: (listener) => transport.on(CHANNELS.menuCommand, listener),
  }
}
