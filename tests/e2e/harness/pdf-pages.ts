import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** One run of text on a page, where pdf.js places it (PDF points, 1/72 inch). */
export interface PdfRun {
  readonly text: string
  readonly width: number
  readonly fontSize: number
}

export interface PdfPage {
  readonly widthMm: number
  readonly heightMm: number
  readonly runs: readonly PdfRun[]
  readonly text: string
}

const MM_PER_POINT = 25.4 / 72

/** A PDF as pdf.js reads it, without worker, fonts or network. */
export function openPdf(bytes: Uint8Array) {
  return getDocument({
    data: bytes,
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise
}

/** Every page's size and text runs. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await openPdf(bytes)
  const pages: PdfPage[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view
    const runs: PdfRun[] = []
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const [a = 0, b = 0] = item.transform as number[]
      runs.push({ text: item.str, width: item.width, fontSize: Math.hypot(a, b) })
    }
    pages.push({
      widthMm: (x1 - x0) * MM_PER_POINT,
      heightMm: (y1 - y0) * MM_PER_POINT,
      runs,
      text: runs
        .map((run) => run.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    })
  }
  await pdf.destroy()
  return pages
}

/** The widest run of the page's largest type (a mat's name), in mm. */
export function widestLargestRunMm(page: PdfPage): number {
  const largest = Math.max(...page.runs.map((run) => run.fontSize))
  const name = page.runs.filter((run) => run.fontSize > largest * 0.95)
  return Math.max(...name.map((run) => run.width)) * MM_PER_POINT
}
