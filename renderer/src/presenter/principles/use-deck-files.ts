import { presenterApi } from '@common/api'
import type { DeckExportResult, DeckImportResult } from '@contract'
import { ref } from 'vue'

type FailureReason = ((DeckImportResult | DeckExportResult) & { ok: false })['reason']

/** What the last open or save came to; a cancelled dialog says nothing. */
export type DeckMessage =
  | { readonly kind: 'imported'; readonly count: number }
  | { readonly kind: 'exported' }
  | {
      readonly kind: 'problem'
      readonly problem: Exclude<FailureReason, 'cancelled'> | 'unexpected'
      /** An import that failed left the deck as it was. */
      readonly unchanged: boolean
    }

/** Opening and saving a deck: main shows the dialogs and owns the path, we show the outcome. */
export function useDeckFiles() {
  const message = ref<DeckMessage | null>(null)
  const busy = ref(false)

  async function run<T>(call: () => Promise<T>, toMessage: (result: T) => DeckMessage | null) {
    if (busy.value) return
    busy.value = true
    message.value = null
    try {
      message.value = toMessage(await call())
    } catch {
      message.value = { kind: 'problem', problem: 'unexpected', unchanged: false }
    } finally {
      busy.value = false
    }
  }

  const failed = (reason: FailureReason, unchanged: boolean): DeckMessage | null =>
    reason === 'cancelled' ? null : { kind: 'problem', problem: reason, unchanged }

  const importDeck = () =>
    run(
      () => presenterApi().importDeck(),
      (result) =>
        result.ok ? { kind: 'imported', count: result.count } : failed(result.reason, true),
    )

  const exportDeck = () =>
    run(
      () => presenterApi().exportDeck(),
      (result) => (result.ok ? { kind: 'exported' } : failed(result.reason, false)),
    )

  return { message, busy, importDeck, exportDeck }
}
