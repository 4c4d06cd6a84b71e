/**
 * The IPC contract: one table per direction (invoke-table, push-table) and what derives from
 * them: the windows' APIs, main's handler and typed push. Imports core types only; nothing in
 * core imports from here.
 */
import { INVOKE, type InvokeName } from './invoke-table'
import { PUSH, type PushName } from './push-table'

export * from './api'
export * from './handler'
export * from './routes'
export * from './send'
export { INVOKE, type InvokeName } from './invoke-table'
export { PUSH, type PushName } from './push-table'

/** Every channel by its call or push name (tests and logs name channels through this). */
export const CHANNELS = Object.fromEntries([
  ...Object.entries(INVOKE).map(([name, spec]) => [name, spec.channel]),
  ...Object.entries(PUSH).map(([name, spec]) => [name, spec.channel]),
]) as Readonly<Record<InvokeName | PushName, string>>

export type { AppNotice } from '../core/app-notice'
export type { DeckExportResult, DeckImportResult } from '../core/principles/deck-file'
export type { DisplayList, DisplaySummary } from '../core/display/display-list'
export type {
  ReportFolderInfo,
  ReportFormat,
  ReportProgress,
  ReportSaveRequest,
  ReportSaveResult,
  ReportFailureReason,
  ReportFolderKind,
} from '../core/report/report-contract'
export type {
  PrintChoices,
  PrintDialogResult,
  PrintItem,
  PrintOne,
  PrintSaveRequest,
  PrintSaveResult,
  SavedPrintFile,
} from '../core/print/print-contract'
export type {
  SessionFileState,
  SessionFileResult,
  SessionFileProblem,
  RecentSessionFile,
} from '../core/session-file/session-file-contract'
export type { MenuCommand, MenuFileAction, MenuSection } from '../core/menu/menu-command'
export type {
  FollowUpPlan,
  FollowUpSaveResult,
  SavedFollowUpFile,
} from '../core/follow-up/follow-up-contract'
export type {
  TeamOverview,
  TeamOverviewResult,
  TeamSummaryFormat,
  TeamSummarySaveResult,
} from '../core/team/team-contract'
