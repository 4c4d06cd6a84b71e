import { useEventListener } from '@vueuse/core'
import { useSessionFileStore, type SessionFileAction } from './use-session-file'
import { commitTyping } from '../shared/use-typing-guard'

type KeyInput = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat' | 'isComposing'
>

/** Ctrl+S saves, Ctrl+Shift+S saves as, Ctrl+O opens (Cmd on macOS); null for anything else. */
export function sessionFileKeyFor(event: KeyInput): SessionFileAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return null
  const key = event.key.toLowerCase()
  if (key === 's') return event.shiftKey ? 'save-as' : 'save'
  if (key === 'o' && !event.shiftKey) return 'open'
  return null
}

/**
 * The desktop keys for session files. Unlike the other shortcuts they work inside text fields
 * too, as in any desktop program; the browser's own Save page and Open file are kept away.
 */
export function useSessionFileKeys(target: Window = window) {
  const files = useSessionFileStore()
  useEventListener(target, 'keydown', (event: KeyboardEvent) => {
    const action = sessionFileKeyFor(event)
    if (action === null) return
    event.preventDefault()
    // Holding the keys down must not open a dialog after every dialog.
    if (event.repeat) return
    commitTyping(target.document)
    void files.run(action)
  })
}
