import type { PrintActions, PrintDialogResult, PrintOne, PrintSaveResult } from '@contract'

/** Main's Drukwerk service, scripted: what it answers and what it was asked. */
export class ScriptedPrint {
  /** Answers a preview request with a path, as main does (a page it serves). */
  preview: (request: PrintOne) => Promise<string> = async (request) =>
    `/print-preview/${request.item}-${request.choices.matPaper}`
  saveResult: PrintSaveResult = { ok: false, reason: 'cancelled' }
  printResult: PrintDialogResult = { ok: true }
  /** The next save or print throws, as a failing main handler does. */
  failNext = false

  actions(): PrintActions {
    const answer = async <R>(result: R): Promise<R> => {
      if (this.failNext) {
        this.failNext = false
        throw new Error('print service threw')
      }
      return result
    }
    return {
      previewPrint: (request) => this.preview(request),
      savePrintPdf: () => answer(this.saveResult),
      sendToPrinter: () => answer(this.printResult),
    }
  }
}
