import type { Session } from '../session/schema'
import { reportDocx } from './report-docx'
import { reportHtml } from './report-html'
import { reportMarkdown } from './report-markdown'
import type { ReportModelOptions } from './report-model'

export { reportHtml } from './report-html'
export type { ReportModelOptions } from './report-model'

/** The formats built here; PDF is printed by main from `reportHtml`. */
export type RenderedFormat = 'html' | 'md' | 'docx'

/** The report of a session as the bytes of one file (UTF-8 for the text formats). */
export async function renderReport(
  session: Session,
  format: RenderedFormat,
  generatedAt: number,
  options: ReportModelOptions = {},
): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return new TextEncoder().encode(reportHtml(session, generatedAt, options))
    case 'md':
      return new TextEncoder().encode(reportMarkdown(session, generatedAt, options))
    case 'docx':
      return reportDocx(session, generatedAt, options)
    default:
      return format satisfies never
  }
}
