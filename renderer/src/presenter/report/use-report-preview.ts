import { presenterApi } from '@common/api'
import { useSessionStore } from '@common/session/session-store'
import { useDebounceFn } from '@vueuse/core'
import { useLatestAnswer } from '../shared/use-latest-answer'
import { onScopeDispose, ref, watch } from 'vue'

/** How long the session must be still before an open preview is made again. */
export const PREVIEW_DEBOUNCE_MS = 400

/**
 * The report as main would save it, shown while the facilitator wants to see it. It follows the
 * session (debounced: typing does not rebuild it for every letter); a late answer to an earlier
 * request never replaces a newer one.
 */
export function useReportPreview(delayMs = PREVIEW_DEBOUNCE_MS) {
  const store = useSessionStore()
  const open = ref(false)
  const preview = useLatestAnswer(() => presenterApi().previewReport())
  const { value: html, loading, failed } = preview

  async function load(): Promise<void> {
    if (open.value) await preview.load()
  }

  const loadSoon = useDebounceFn(load, delayMs)

  watch(
    () => store.revision,
    () => {
      if (open.value) void loadSoon()
    },
  )

  // A preview that is gone asks main for nothing, not even a refresh it had scheduled.
  onScopeDispose(() => {
    open.value = false
  })

  function toggle(): void {
    open.value = !open.value
    if (open.value) {
      void load()
    } else {
      // Closed is closed: an answer still on its way is not wanted any more.
      preview.forget()
    }
  }

  return { open, html, loading, failed, toggle, refresh: load }
}
