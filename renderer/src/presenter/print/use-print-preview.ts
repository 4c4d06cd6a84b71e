import { presenterApi } from '@common/api'
import type { PrintChoices, PrintItem } from '@contract'
import { useSessionStore } from '@common/session/session-store'
import { useDebounceFn } from '@vueuse/core'
import { ref, watch, type Ref } from 'vue'

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
  const address = ref<string | null>(null)
  const loading = ref(false)
  const failed = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const path = await presenterApi().previewPrint({
        item: item.value,
        choices: { ...choices.value },
      })
      if (request !== latest) return
      address.value = path
      failed.value = false
    } catch {
      if (request === latest) failed.value = true
    } finally {
      if (request === latest) loading.value = false
    }
  }

  const loadSoon = useDebounceFn(load, delayMs)
  watch([item, choices], () => void load(), { deep: true, immediate: true })
  watch(
    () => store.revision,
    () => void loadSoon(),
  )

  return { address, loading, failed, refresh: load }
}
