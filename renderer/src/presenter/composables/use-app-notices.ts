import { presenterApi } from '@common/api'
import type { AppNotice } from '@contract'
import { onMounted, onUnmounted, ref } from 'vue'

/** Notices from main (such as a failing autosave); UI-only, so they live in the window. */
export function useAppNotices() {
  const notices = ref<AppNotice[]>([])
  let unsubscribe: (() => void) | null = null

  onMounted(() => {
    unsubscribe = presenterApi().onNotice((notice) => {
      // Autosave news replaces older autosave news: a recovery answers the failure, a new failure
      // makes an earlier "works again" untrue, and the same notice is shown once.
      const others = notices.value.filter(
        (n) => n.kind !== 'autosave-failed' && n.kind !== 'autosave-recovered',
      )
      notices.value = [...others, notice]
    })
  })
  onUnmounted(() => unsubscribe?.())

  function dismiss(index: number): void {
    notices.value = notices.value.filter((_, i) => i !== index)
  }

  return { notices, dismiss }
}
