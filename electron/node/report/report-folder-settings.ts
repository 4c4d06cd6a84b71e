import { isAbsolute, join, relative } from 'node:path'
import { z } from 'zod'
import { isPlainFileName } from '../../core/text/file-name'
import { reportFormatSchema } from '../../core/report/report-contract'

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

/** Whether `path` names a file directly in `folder` (not in a subfolder, not outside it). */
export function isFileDirectlyIn(folder: string, path: string): boolean {
  if (!isAbsolute(folder) || !isAbsolute(path)) return false
  return isPlainFileName(relative(folder, path))
}

/** One file name as we make them: no folder in it, nothing Windows refuses, at most 255 bytes. */
export const plainFileNameSchema = z
  .string()
  .refine(isPlainFileName, { message: 'not a plain file name' })

/**
 * A pending report that may be followed. The settings file is a plain file anyone may edit (or
 * a roaming profile may mix up), so its entries are checked before a file is read or written:
 * the file must lie directly in our own fallback folder and the intended name must be a plain
 * file name, so the copy lands directly in the report folder.
 */
export function trustedPendingSchema(fallbackFolder: string) {
  return pendingReportSchema.extend({
    path: pathSchema.refine((path) => isFileDirectlyIn(fallbackFolder, path), {
      message: 'not a file in the fallback folder',
    }),
    name: plainFileNameSchema,
  })
}

/** Where a pending report is copied to: directly in the report folder, or null when not there. */
export function pendingTarget(folder: string, name: string): string | null {
  if (!isPlainFileName(name)) return null
  const target = join(folder, name)
  return relative(folder, target) === name ? target : null
}

/** The settings with only the pending reports that may be followed; the rest are forgotten. */
export function withTrustedPending(
  settings: ReportFolderSettings,
  fallbackFolder: string,
): ReportFolderSettings {
  const trusted = trustedPendingSchema(fallbackFolder)
  const pending = settings.pending.filter((report) => trusted.safeParse(report).success)
  return pending.length === settings.pending.length ? settings : { ...settings, pending }
}

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
