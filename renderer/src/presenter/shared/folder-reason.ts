import type { ReportFailureReason } from '@contract'

type Translate = (key: string) => string

/**
 * Why the report folder did not take a file saved beside the report, in the report's words; for
 * "no folder chosen" the caller's own sentence, since the report's points at the Verslag panel's
 * folder choice above it, which other panels do not have.
 */
export function folderReasonText(
  t: Translate,
  reason: ReportFailureReason | null,
  noFolderKey: string,
): string {
  if (reason === null) return ''
  return reason === 'no-folder' ? t(noFolderKey) : t(`report.reasons.${reason}`)
}
