import { reportDocx } from '@core/report/report-docx'
import { reportHtml } from '@core/report/report-html'
import { reportMarkdown } from '@core/report/report-markdown'
import type { Session } from '@core/session/schema'
import { FIXTURE_GENERATED_AT, FIXTURE_TIME_ZONE } from '../../support/report-fixture'
import { documentXml } from '../../support/docx-text'

export { documentXml, xmlText } from '../../support/docx-text'

export const OPTIONS = { timeZone: FIXTURE_TIME_ZONE }

export interface RenderedReport {
  readonly html: string
  readonly markdown: string
  readonly docxXml: string
}

/** The report of a session in every format built here, the .docx as its document XML. */
export async function renderAll(session: Session): Promise<RenderedReport> {
  return {
    html: reportHtml(session, FIXTURE_GENERATED_AT, OPTIONS),
    markdown: reportMarkdown(session, FIXTURE_GENERATED_AT, OPTIONS),
    docxXml: documentXml(await reportDocx(session, FIXTURE_GENERATED_AT, OPTIONS)),
  }
}
