import { z } from 'zod'
import { reportFormatSchema } from './report-contract'

/** The settings file's name inside the app's data folder. */
export const REPORT_SETTINGS_FILE = 'report-settings.json'

/** Older pending reports beyond this many are no longer offered (their files stay). */
export const MAX_PENDING_REPORTS = 100

const pathSchema = z.string().min(1).max(4096)

/** A report that went to the fallback folder and still has to reach the report folder. */
export const pendingReportSchema = z.strictObject({
  /** Where the report is in the fallback folder. */
  path: pathSchema,
  /** The name it was meant to have in the report folder. */
  name: z.string().min(1).max(300),
  format: reportFormatSchema,
})
export type PendingReport = z.infer<typeof pendingReportSchema>

export const reportFolderSettingsSchema = z.strictObject({
  version: z.literal(1),
  /** The facilitator's report folder (a mapped drive or \\server\share path), once chosen. */
  folder: pathSchema.nullable(),
  pending: z.array(pendingReportSchema).max(MAX_PENDING_REPORTS),
})
export type ReportFolderSettings = z.infer<typeof reportFolderSettingsSchema>

export const DEFAULT_REPORT_FOLDER_SETTINGS: ReportFolderSettings = {
  version: 1,
  folder: null,
  pending: [],
}

/** The settings in a file's text, or null when the text is damaged or of another shape. */
export function parseReportFolderSettings(text: string): ReportFolderSettings | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = reportFolderSettingsSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

export function serialiseReportFolderSettings(settings: ReportFolderSettings): string {
  return `${JSON.stringify(reportFolderSettingsSchema.parse(settings), null, 2)}\n`
}
