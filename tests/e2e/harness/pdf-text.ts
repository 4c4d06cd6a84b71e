import { openPdf } from './pdf-pages'

export interface PdfText {
  readonly pages: number
  readonly text: string
}

/** The PDF's pages and text as pdf.js reads them, without worker, fonts or network. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await openPdf(bytes)
  const parts: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    for (const item of content.items)
      if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '')
  }
  const pages = pdf.numPages
  await pdf.destroy()
  return { pages, text: parts.join('').replace(/\s+/g, ' ') }
}
