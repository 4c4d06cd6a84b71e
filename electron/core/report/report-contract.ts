import { z } from 'zod'

/** The formats a report can be saved in; PDF is printed by main from the HTML. */
export const REPORT_FORMATS = ['pdf', 'docx', 'html', 'md'] as const
export const reportFormatSchema = z.enum(REPORT_FORMATS)
export type ReportFormat = z.infer<typeof reportFormatSchema>

/** One or more of `all`, each at most once: the formats a save request asks for. */
export function formatListSchema<const T extends readonly [string, ...string[]]>(all: T) {
  return z
    .array(z.enum(all))
    .min(1)
    .max(all.length)
    .refine((formats) => new Set(formats).size === formats.length, 'formats repeat')
}

/** What the presenter asks for; the names and privacy choices live in the session itself. */
export const reportSaveRequestSchema = z.strictObject({ formats: formatListSchema(REPORT_FORMATS) })
export type ReportSaveRequest = z.infer<typeof reportSaveRequestSchema>

export const REPORT_FOLDER_KINDS = ['shared', 'fallback'] as const
export const reportFolderKindSchema = z.enum(REPORT_FOLDER_KINDS)
export type ReportFolderKind = z.infer<typeof reportFolderKindSchema>

/** Folders are shown to the facilitator; the window never sends one back. */
export interface ReportFolderInfo {
  /** The remembered report folder (a mapped drive or \\server\share path), if chosen. */
  readonly folder: string | null
  /** Where reports go when the report folder cannot be written. */
  readonly fallbackFolder: string
  /** Reports waiting in the fallback folder to be copied to the report folder. */
  readonly pending: readonly string[]
}

/** Why the report folder was not used, in terms the facilitator can act on. */
export type ReportFailureReason =
  | 'no-folder'
  | 'unreachable'
  | 'no-permission'
  | 'read-only'
  | 'disk-full'
  | 'busy'
  | 'timeout'
  | 'verify-failed'
  | 'unknown'

export interface SavedReportFile {
  readonly format: ReportFormat
  /** The file name (not the path) as it was written. */
  readonly name: string
}

export type ReportSaveResult =
  | {
      readonly ok: true
      readonly where: 'shared'
      readonly folder: string
      readonly files: readonly SavedReportFile[]
    }
  | {
      readonly ok: true
      readonly where: 'fallback'
      readonly folder: string
      readonly files: readonly SavedReportFile[]
      readonly reason: ReportFailureReason
    }
  | {
      readonly ok: false
      /** Nothing could be written anywhere (both folders failed), or nothing to retry. */
      readonly reason: 'nothing-pending' | 'build-failed' | 'write-failed'
      readonly detail?: ReportFailureReason
    }

/** Pushed by main while a report is being built and written. */
export interface ReportProgress {
  readonly step: 'building' | 'writing' | 'verifying' | 'fallback' | 'done'
  readonly format: ReportFormat | null
  /** Files finished so far and in all. */
  readonly done: number
  readonly total: number
}
