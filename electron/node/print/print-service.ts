import { oneAtATime } from '../../core/async/one-at-a-time'
import type { PrintActions } from '../../ipc/handler'
import type {
  PrintChoices,
  PrintDialogResult,
  PrintItem,
  PrintSaveResult,
  SavedPrintFile,
} from '../../core/print/print-contract'
import { printFileName, printItemHtml } from '../../core/print/print-item'
import type { PreviewPages } from '../../core/print/preview-pages'
import type { ReportFailureReason } from '../../core/report/report-contract'
import type { Session } from '../../core/session/schema'
import { nodeFileOps, type FileOps } from '../report/file-ops'
import { writeSafely } from '../report/safe-write'
import type { RetryOptions } from '../report/safe-write-place'

export type { PrintActions }

export interface PrintServicePorts {
  session(): Session
  now(): number
  /** Prints an item's HTML to PDF (main: the hidden, locked-down print window). */
  printPdf(html: string): Promise<Uint8Array>
  /** Hands an item's HTML to the system's print dialog (main: the same kind of window). */
  printOnPaper(html: string): Promise<PrintDialogResult>
  /** The folder the facilitator picks for the PDFs, starting at `current`; null when cancelled. */
  chooseFolder(current: string | null): Promise<string | null>
  readonly files?: FileOps
  readonly timeoutMs?: number
  readonly retry?: RetryOptions
}

interface Made {
  readonly item: PrintItem
  readonly name: string
  readonly data: Uint8Array
}

/**
 * The Drukwerk place: every item made from the session as it is now, previewed as HTML, saved as
 * PDF into a folder of the facilitator's choice (written safely, never over an existing file) or
 * sent to the system's print dialog. One save at a time, so a double click does not write an
 * item twice while the first is still being made; print dialogs take their own turns.
 */
export function createPrintService(ports: PrintServicePorts): PrintActions {
  const files = ports.files ?? nodeFileOps
  const inTurn = oneAtATime()
  // Apart from saving: a print dialog left open (or one that never answers) holds up no PDF.
  const printInTurn = oneAtATime()
  /** Where the last PDFs went in this run; the next dialog starts there. */
  let lastFolder: string | null = null

  async function make(items: readonly PrintItem[], choices: PrintChoices): Promise<Made[]> {
    // One session and one moment for every item, so the room's paper tells one story.
    const session = ports.session()
    const now = ports.now()
    const made: Made[] = []
    for (const item of items) {
      try {
        const data = await ports.printPdf(await printItemHtml(session, item, choices))
        made.push({ item, name: printFileName(session, item, now), data })
      } catch {
        // One item that cannot be made does not cost the others.
      }
    }
    return made
  }

  async function save(
    items: readonly PrintItem[],
    choices: PrintChoices,
  ): Promise<PrintSaveResult> {
    const folder = await ports.chooseFolder(lastFolder)
    if (folder === null) return { ok: false, reason: 'cancelled' }
    lastFolder = folder
    const made = await make(items, choices)
    if (made.length === 0) return { ok: false, reason: 'build-failed' }
    const saved: SavedPrintFile[] = []
    let reason: ReportFailureReason | null = null
    for (const file of made) {
      const options = { files, timeoutMs: ports.timeoutMs, retry: ports.retry }
      const result = await writeSafely(folder, file.name, file.data, options)
      if (result.ok) saved.push({ item: file.item, name: result.name })
      else reason ??= result.reason
    }
    if (saved.length === 0)
      return { ok: false, reason: 'write-failed', folder, detail: reason ?? 'unknown' }
    const failed = items.filter((item) => !saved.some((file) => file.item === item))
    return { ok: true, folder, files: saved, failed, ...(reason === null ? {} : { reason }) }
  }

  return {
    previewPrint: ({ item, choices }) => printItemHtml(ports.session(), item, choices),
    savePrintPdf: ({ items, choices }) => inTurn(() => save(items, choices)),
    sendToPrinter: ({ item, choices }) =>
      printInTurn(async () => {
        try {
          return await ports.printOnPaper(await printItemHtml(ports.session(), item, choices))
        } catch {
          return { ok: false, reason: 'failed' }
        }
      }),
  }
}

/**
 * The preview as a page served on the window's own origin (see PREVIEW_PATH), so the frame runs
 * under the page's own policy instead of inheriting the presenter's.
 */
export function withPreviewPages(actions: PrintActions, previews: PreviewPages): PrintActions {
  return {
    ...actions,
    previewPrint: async (request) => previews.publish(await actions.previewPrint(request)),
  }
}
