import { presenterApi } from '@common/api'
import type { AppNotice, SessionFileProblem } from '@contract'
import { defineStore } from 'pinia'
import { onMounted, onUnmounted, ref } from 'vue'

/** Notices main sends, and the window's own news about session files. */
export type PresenterNotice =
  | AppNotice
  | { readonly kind: 'session-file-saved'; readonly name: string; readonly as: boolean }
  | {
      readonly kind: 'session-file-failed'
      readonly action: 'open' | 'save'
      readonly problem: SessionFileProblem | 'unexpected'
    }

export interface ShownNotice {
  readonly id: number
  readonly notice: PresenterNotice
}

/** A confirmation goes away by itself after this long; a problem stays until it is closed. */
export const CONFIRMATION_MS = 8000

type NoticeGroup = 'autosave' | 'session-file' | 'beamer'

function groupOf(notice: PresenterNotice): NoticeGroup {
  switch (notice.kind) {
    case 'autosave-failed':
    case 'autosave-recovered':
      return 'autosave'
    case 'session-file-opened':
    case 'session-file-refused':
    case 'session-file-saved':
    case 'session-file-failed':
      return 'session-file'
    case 'beamer-failed':
      return 'beamer'
    default:
      return notice satisfies never
  }
}

function isConfirmation(notice: PresenterNotice): boolean {
  return notice.kind === 'session-file-opened' || notice.kind === 'session-file-saved'
}

/** One list of notices for the whole window, so a shortcut's outcome shows wherever one is. */
export const useNoticeStore = defineStore('notices', () => {
  const shown = ref<ShownNotice[]>([])
  let nextId = 0

  // News replaces older news of its kind: an autosave recovery answers the failure, a new failure
  // makes an earlier "works again" untrue, the latest file action is the one that counts, and
  // the same notice is shown once.
  function add(notice: PresenterNotice): void {
    const id = nextId++
    const group = groupOf(notice)
    shown.value = [...shown.value.filter((s) => groupOf(s.notice) !== group), { id, notice }]
    if (isConfirmation(notice)) setTimeout(() => dismiss(id), CONFIRMATION_MS)
  }

  function dismiss(id: number): void {
    shown.value = shown.value.filter((s) => s.id !== id)
  }

  return { shown, add, dismiss }
})

/** The window's notices, with main's (such as a failing autosave) coming in while mounted. */
export function useAppNotices() {
  const store = useNoticeStore()
  let unsubscribe: (() => void) | null = null

  onMounted(() => {
    unsubscribe = presenterApi().onNotice((notice) => store.add(notice))
  })
  onUnmounted(() => unsubscribe?.())

  return { store }
}
