import { presenterApi } from '@common/api'
import type { SessionFileResult, SessionFileState, Unsubscribe } from '@contract'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useNoticeStore, type PresenterNotice } from '../shell/use-app-notices'

export type SessionFileAction = 'open' | 'save' | 'save-as'

/** The notice an outcome deserves; a cancelled dialog deserves none. */
export function noticeFor(
  action: SessionFileAction | 'recent',
  result: SessionFileResult,
): PresenterNotice | null {
  const opening = action === 'open' || action === 'recent'
  if (result.ok) {
    return opening
      ? { kind: 'session-file-opened', name: result.name, migrated: result.migrated === true }
      : { kind: 'session-file-saved', name: result.name, as: action === 'save-as' }
  }
  if (result.reason === 'cancelled') return null
  return { kind: 'session-file-failed', action: opening ? 'open' : 'save', problem: result.reason }
}

/**
 * The open session file as main reports it, and the file actions. Main opens every dialog and
 * owns every path; the window only shows names and asks.
 */
export const useSessionFileStore = defineStore('session-file', () => {
  const state = shallowRef<SessionFileState | null>(null)
  const busy = ref(false)
  const notices = useNoticeStore()
  let users = 0
  let stop: Unsubscribe | null = null
  let pushed = false

  async function read(): Promise<void> {
    try {
      const current = await presenterApi().getSessionFile()
      // A push that came in meanwhile is at least as new as this answer.
      if (!pushed) state.value = current
    } catch {
      // Without the state only the name in the top bar is missing; the actions still work.
    }
  }

  /** Follows main's state while at least one component shows it. */
  function connect(): () => void {
    users += 1
    if (users === 1) {
      pushed = false
      stop = presenterApi().onSessionFile((next) => {
        pushed = true
        state.value = next
      })
      void read()
    }
    let connected = true
    return () => {
      if (!connected) return
      connected = false
      users -= 1
      if (users === 0) {
        stop?.()
        stop = null
      }
    }
  }

  async function perform(
    action: SessionFileAction | 'recent',
    call: () => Promise<SessionFileResult>,
  ): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      const result = await call()
      const notice = noticeFor(action, result)
      if (notice) notices.add(notice)
      if (users > 0) {
        pushed = false
        await read()
      }
    } catch {
      const opening = action === 'open' || action === 'recent'
      notices.add({
        kind: 'session-file-failed',
        action: opening ? 'open' : 'save',
        problem: 'unexpected',
      })
    } finally {
      busy.value = false
    }
  }

  const run = (action: SessionFileAction) =>
    perform(action, () => {
      const api = presenterApi()
      if (action === 'open') return api.openSessionFile()
      return action === 'save' ? api.saveSessionFile() : api.saveSessionFileAs()
    })

  const openRecent = (index: number) =>
    perform('recent', () => presenterApi().openRecentSessionFile(index))

  return { state, busy, connect, run, openRecent }
})
