import type { Browser, Page } from 'playwright-core'
import type { PrintDialogResult } from '@contract'
import type { SessionHost } from '@core/host/session-host'
import type { PreviewPages } from '@core/print/preview-pages'
import { createPrintService, withPreviewPages, type PrintActions } from '@node/print/print-service'

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>

/** Prints like main does (Chromium's printing), in a context without scripts or network. */
export async function printInBrowser(
  browser: Browser,
  html: string,
  options: PdfOptions,
): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return new Uint8Array(await page.pdf(options))
  } finally {
    await context.close()
  }
}

/** Printed matter as main prints it: the page's own @page size and margins, backgrounds on. */
export function printMatterInBrowser(browser: Browser, html: string): Promise<Uint8Array> {
  const margin = { top: '0', bottom: '0', left: '0', right: '0' }
  return printInBrowser(browser, html, { printBackground: true, preferCSSPageSize: true, margin })
}

/**
 * The real Drukwerk service for the e2e tests. Only main's Electron parts are stood in for: the
 * preview pages are served by the test server, the folder dialog answers what the test set,
 * the PDF is printed by the test browser, and the system's print dialog is recorded and
 * answers what the test set.
 */
export class HarnessPrint {
  /** What the next folder dialog answers (null: cancelled). */
  nextFolder: string | null = null
  /** The HTML handed to the print dialog, one per "Afdrukken". */
  readonly printed: string[] = []
  printAnswer: PrintDialogResult = { ok: true }
  readonly #actions: PrintActions

  constructor(browser: Browser, host: SessionHost, previews: PreviewPages) {
    const service = createPrintService({
      session: () => host.getSnapshot().session,
      now: () => Date.now(),
      printPdf: (html) => printMatterInBrowser(browser, html),
      printOnPaper: async (html) => {
        this.printed.push(html)
        return this.printAnswer
      },
      chooseFolder: async () => this.nextFolder,
    })
    this.#actions = withPreviewPages(service, previews)
  }

  actions(): PrintActions {
    return this.#actions
  }
}
