import { strFromU8, unzipSync } from 'fflate'
import { reportDocx } from '@core/report/report-docx'
import { reportHtml } from '@core/report/report-html'
import { reportMarkdown } from '@core/report/report-markdown'
import type { Session } from '@core/session/schema'
import { FIXTURE_GENERATED_AT, FIXTURE_TIME_ZONE } from '../../support/report-fixture'

export const OPTIONS = { timeZone: FIXTURE_TIME_ZONE }

/** The main body of a .docx: word/document.xml from the zip. */
export function documentXml(docx: Uint8Array, part = 'word/document.xml'): string {
  const entry = unzipSync(docx, { filter: (file) => file.name === part })[part]
  if (!entry) throw new Error(`no ${part} in the .docx`)
  return strFromU8(entry)
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** The document's text as Word shows it: breaks and paragraph ends as newlines, entities read. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
      return XML_ENTITIES[name] ?? entity
    })
}

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
