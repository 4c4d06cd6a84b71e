import { presenterApi } from '@common/api'
import type { PrintChoices, PrintItem } from '@contract'
import { useSessionStore } from '@common/session/session-store'
import { useDebounceFn } from '@vueuse/core'
import { onScopeDispose, watch, type Ref } from 'vue'
import { useLatestAnswer } from '../shared/use-latest-answer'

/** How long the session must be still before the preview is made again. */
export const PRINT_PREVIEW_DEBOUNCE_MS = 400

/**
 * The address of the item as main would print it, for the Drukwerk preview: made again when the item, a choice
 * or the session changes (the session debounced, so typing elsewhere does not rebuild it for
 * every letter). A late answer to an earlier request never replaces a newer one.
 */
export function usePrintPreview(
  item: Ref<PrintItem>,
  choices: Ref<PrintChoices>,
  delayMs = PRINT_PREVIEW_DEBOUNCE_MS,
) {
  const store = useSessionStore()
  const preview = useLatestAnswer(() =>
    presenterApi().previewPrint({ item: item.value, choices: { ...choices.value } }),
  )
  let shown = true
  const load = async () => {
    if (shown) await preview.load()
  }
  // A panel that is gone asks main for nothing, not even a refresh it had scheduled.
  onScopeDispose(() => {
    shown = false
    preview.forget()
  })

  const loadSoon = useDebounceFn(load, delayMs)
  watch([item, choices], () => void load(), { deep: true, immediate: true })
  watch(
    () => store.revision,
    () => void loadSoon(),
  )

  const { value: address, loading, failed } = preview
  return { address, loading, failed, refresh: load }
}
