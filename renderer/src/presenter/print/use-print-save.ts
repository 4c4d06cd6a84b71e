import { presenterApi } from '@common/api'
import type {
  PrintChoices,
  PrintDialogResult,
  PrintItem,
  PrintSaveResult,
  ReportFailureReason,
  SavedPrintFile,
} from '@contract'
import { ref } from 'vue'

/** What the last save or print came to, in the terms the panel tells it. */
export type PrintOutcome =
  | {
      readonly kind: 'saved'
      readonly folder: string
      readonly files: readonly SavedPrintFile[]
      readonly failed: readonly PrintItem[]
      readonly reason: ReportFailureReason | null
    }
  | { readonly kind: 'build-failed' }
  | { readonly kind: 'write-failed'; readonly folder: string; readonly reason: ReportFailureReason }
  | { readonly kind: 'unexpected' }
  | { readonly kind: 'printed' }
  | { readonly kind: 'print-failed' }

/** A cancelled dialog tells nothing: the facilitator chose it. */
export function saveOutcome(result: PrintSaveResult): PrintOutcome | null {
  if (result.ok) {
    const { folder, files, failed } = result
    return { kind: 'saved', folder, files, failed, reason: result.reason ?? null }
  }
  switch (result.reason) {
    case 'cancelled':
      return null
    case 'build-failed':
      return { kind: 'build-failed' }
    case 'write-failed':
      return { kind: 'write-failed', folder: result.folder, reason: result.detail }
    default:
      return result satisfies never
  }
}

export function printOutcome(result: PrintDialogResult): PrintOutcome | null {
  if (result.ok) return { kind: 'printed' }
  return result.reason === 'cancelled' ? null : { kind: 'print-failed' }
}

/**
 * Saving PDFs and printing: main makes every page and opens every dialog; the window only asks
 * and tells the outcome. One at a time: the buttons wait while main works.
 */
export function usePrintSave() {
  const busy = ref<'save' | 'print' | null>(null)
  const outcome = ref<PrintOutcome | null>(null)

  async function run<R>(
    action: 'save' | 'print',
    call: () => Promise<R>,
    tell: (result: R) => PrintOutcome | null,
  ): Promise<void> {
    if (busy.value !== null) return
    busy.value = action
    outcome.value = null
    try {
      outcome.value = tell(await call())
    } catch {
      outcome.value = action === 'save' ? { kind: 'unexpected' } : { kind: 'print-failed' }
    } finally {
      busy.value = null
    }
  }

  return {
    busy,
    outcome,
    save: (items: readonly PrintItem[], choices: PrintChoices) =>
      run(
        'save',
        () => presenterApi().savePrintPdf({ items: [...items], choices: { ...choices } }),
        saveOutcome,
      ),
    print: (item: PrintItem, choices: PrintChoices) =>
      run(
        'print',
        () => presenterApi().sendToPrinter({ item, choices: { ...choices } }),
        printOutcome,
      ),
  }
}
