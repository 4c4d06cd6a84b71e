import { z } from 'zod'
import {
  CHANNELS,
  INVOKE_CHANNELS,
  type DeckExportResult,
  type DeckImportResult,
  type InvokeChannel,
} from '../../contract'
import type { DisplayList } from '../display/display-list'
import {
  reportFolderKindSchema,
  reportSaveRequestSchema,
  type ReportFolderInfo,
  type ReportFolderKind,
  type ReportSaveRequest,
  type ReportSaveResult,
} from '../report/report-contract'
import type { SessionFileResult, SessionFileState } from '../session-file/session-file-contract'
import type { PageName } from '../app-origin'
import { redactForProjector } from '../session/redact'
import type { SessionHost } from './session-host'

/** What the windows may ask of main beyond the session: all of it owned by main. */
export interface WindowActions {
  showProjector(): void
  /** Resolves once the text is on the clipboard (Electron's clipboard answers with a promise). */
  copyText(text: string): Promise<void>
  importDeck(): Promise<DeckImportResult>
  exportDeck(): Promise<DeckExportResult>
  getDisplays(): DisplayList
  /** Main checks the id against the connected displays; an unknown one changes nothing. */
  chooseProjectorDisplay(displayId: number): DisplayList
  identifyDisplays(): void
  setProjectorFullscreenHere(on: boolean): DisplayList
  previewReport(): Promise<string>
  getReportFolder(): ReportFolderInfo
  chooseReportFolder(): Promise<ReportFolderInfo>
  saveReport(request: ReportSaveRequest): Promise<ReportSaveResult>
  retryReport(): Promise<ReportSaveResult>
  openReportFolder(which: ReportFolderKind): Promise<void>
  getSessionFile(): SessionFileState
  openSessionFile(): Promise<SessionFileResult>
  /** An index outside the recent list gives 'missing'. */
  openRecentSessionFile(index: number): Promise<SessionFileResult>
  saveSessionFile(): Promise<SessionFileResult>
  saveSessionFileAs(): Promise<SessionFileResult>
}

/** The report's part of the actions: built, saved and retried by main. */
export type ReportActions = Pick<
  WindowActions,
  | 'previewReport'
  | 'getReportFolder'
  | 'chooseReportFolder'
  | 'saveReport'
  | 'retryReport'
  | 'openReportFolder'
>

/** The session-file part of the actions: main opens every dialog and owns every path. */
export type SessionFileActions = Pick<
  WindowActions,
  | 'getSessionFile'
  | 'openSessionFile'
  | 'openRecentSessionFile'
  | 'saveSessionFile'
  | 'saveSessionFileAs'
>

/** Which window may call which channel: the projector only reads. */
const ALLOWED: Record<PageName, ReadonlySet<InvokeChannel>> = {
  // The presenter drives the app: every channel a window can call.
  presenter: new Set<InvokeChannel>(INVOKE_CHANNELS),
  projector: new Set<InvokeChannel>([CHANNELS.getSnapshot]),
}

export class NotAllowedError extends Error {
  constructor(page: PageName, channel: string) {
    super(`${page} may not call ${channel}`)
    this.name = 'NotAllowedError'
  }
}

export class InvalidPayloadError extends Error {
  constructor(channel: string) {
    super(`Invalid payload for ${channel}`)
    this.name = 'InvalidPayloadError'
  }
}

const copyTextSchema = z.string().max(100_000)
// Electron's display ids are integers, on some systems beyond the safe range.
const displayIdSchema = z.number().refine(Number.isInteger)
const fullscreenHereSchema = z.boolean()
const recentIndexSchema = z.number().int().min(0).max(100)

function parsed<T>(schema: z.ZodType<T>, channel: string, payload: unknown): T {
  const result = schema.safeParse(payload)
  if (!result.success) throw new InvalidPayloadError(channel)
  return result.data
}

/**
 * Answers a window's call. Shared by the Electron IPC registration and the e2e harness, so the
 * tests exercise the same routing the app uses.
 */
export function createInvokeHandler(host: SessionHost, actions: WindowActions) {
  return (page: PageName, channel: string, payload: unknown): unknown => {
    const allowed = ALLOWED[page]
    if (!allowed.has(channel as InvokeChannel)) throw new NotAllowedError(page, channel)
    const known = channel as InvokeChannel
    switch (known) {
      case CHANNELS.getSnapshot: {
        const snapshot = host.getSnapshot()
        return page === 'projector' ? redactForProjector(snapshot) : snapshot
      }
      case CHANNELS.dispatch:
        return host.dispatch(payload)
      case CHANNELS.showProjector:
        actions.showProjector()
        return undefined
      case CHANNELS.copyText: {
        const text = copyTextSchema.safeParse(payload)
        if (!text.success) throw new InvalidPayloadError(channel)
        return actions.copyText(text.data)
      }
      case CHANNELS.importDeck:
        return actions.importDeck()
      case CHANNELS.exportDeck:
        return actions.exportDeck()
      case CHANNELS.getDisplays:
        return actions.getDisplays()
      case CHANNELS.chooseProjectorDisplay: {
        const id = displayIdSchema.safeParse(payload)
        if (!id.success) throw new InvalidPayloadError(channel)
        return actions.chooseProjectorDisplay(id.data)
      }
      case CHANNELS.identifyDisplays:
        actions.identifyDisplays()
        return undefined
      case CHANNELS.setProjectorFullscreenHere: {
        const on = fullscreenHereSchema.safeParse(payload)
        if (!on.success) throw new InvalidPayloadError(channel)
        return actions.setProjectorFullscreenHere(on.data)
      }
      case CHANNELS.previewReport:
        return actions.previewReport()
      case CHANNELS.getReportFolder:
        return actions.getReportFolder()
      case CHANNELS.chooseReportFolder:
        return actions.chooseReportFolder()
      case CHANNELS.saveReport:
        return actions.saveReport(parsed(reportSaveRequestSchema, channel, payload))
      case CHANNELS.retryReport:
        return actions.retryReport()
      case CHANNELS.openReportFolder:
        return actions.openReportFolder(parsed(reportFolderKindSchema, channel, payload))
      case CHANNELS.getSessionFile:
        return actions.getSessionFile()
      case CHANNELS.openSessionFile:
        return actions.openSessionFile()
      case CHANNELS.openRecentSessionFile:
        return actions.openRecentSessionFile(parsed(recentIndexSchema, channel, payload))
      case CHANNELS.saveSessionFile:
        return actions.saveSessionFile()
      case CHANNELS.saveSessionFileAs:
        return actions.saveSessionFileAs()
      default:
        return known satisfies never
    }
  }
}

export type InvokeHandler = ReturnType<typeof createInvokeHandler>
