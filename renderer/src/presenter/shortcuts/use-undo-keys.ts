import { useSessionStore } from '@common/session/session-store'
import { useEventListener } from '@vueuse/core'
import { isTypingTarget } from '../shared/use-typing-guard'

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS); text fields keep their own. */
export function useUndoKeys(target: Window = window) {
  const store = useSessionStore()
  useEventListener(target, 'keydown', (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || isTypingTarget(event.target)) return
    const key = event.key.toLowerCase()
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)
    const undo = key === 'z' && !event.shiftKey
    if (!undo && !redo) return
    event.preventDefault()
    const possible = redo ? store.history.canRedo : store.history.canUndo
    if (possible) void store.dispatch({ type: redo ? 'history/redo' : 'history/undo' })
  })
}
