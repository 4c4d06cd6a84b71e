import { presenterApi } from '@common/api'
import { useSessionStore } from '@common/session/session-store'
import { untilRevision } from '@common/session/until-revision'
import type { CommandInput } from '@core/commands/schema'
import { shortcutCommands } from '@core/keys/actions'
import {
  ARROW_KEYS,
  LIST_KEYS,
  normalizeKey,
  presenterShortcutFor,
  type Shortcut,
} from '@core/keys/shortcuts'
import { useEventListener } from '@vueuse/core'
import { provideOverviewOpen } from './overview-open'
import { isTypingTarget } from '../shared/use-typing-guard'

/** Widgets that use the arrow keys themselves while they have the focus. */
const ARROW_WIDGETS = [
  '[role="tablist"]',
  '[role="radiogroup"]',
  '[role="listbox"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="tree"]',
  '[role="grid"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  'input[type="range"]',
  'input[type="radio"]',
].join(',')
/** Lists, in which ↑ and ↓ move between items rather than stepping the programme. */
const LISTS = 'ul, ol, [role="list"]'
/** Elements that Space activates (a focused button is pressed, not the timer). */
const SPACE_TARGETS = [
  'button',
  'a[href]',
  'summary',
  'input',
  'select',
  'textarea',
  '[role="button"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="radio"]',
  '[role="menuitem"]',
  '[role="option"]',
].join(',')

/** How long a step waits for its own snapshot before the next key is handled anyway. */
const SNAPSHOT_WAIT_MS = 2000

type KeyInput = Pick<
  KeyboardEvent,
  | 'key'
  | 'ctrlKey'
  | 'altKey'
  | 'metaKey'
  | 'repeat'
  | 'isComposing'
  | 'target'
  | 'defaultPrevented'
>

function closestIn(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null
}

/**
 * The shortcut a key press is for, or null when it must be left alone: while typing in a field,
 * with Ctrl, Alt or Cmd (undo and the menus), when a dialog is open (it has its own keys), when
 * a focused widget uses the arrows or Space itself, and for a key held down (auto-repeat).
 */
export function presenterKeyFor(event: KeyInput, doc: Document = document): Shortcut | null {
  if (event.defaultPrevented || event.repeat || event.isComposing) return null
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  if (isTypingTarget(event.target)) return null
  if (closestIn(event.target, 'dialog') || doc.querySelector('dialog[open]')) return null
  const shortcut = presenterShortcutFor(event.key)
  if (shortcut === null) return null
  const key = normalizeKey(event.key)
  if (ARROW_KEYS.has(key) && closestIn(event.target, ARROW_WIDGETS)) return null
  if (LIST_KEYS.has(key) && closestIn(event.target, LISTS)) return null
  if (key === ' ' && closestIn(event.target, SPACE_TARGETS)) return null
  return shortcut
}

/**
 * The presenter's keyboard and clicker control: one keydown listener that maps keys to
 * commands through the shortcut table (electron/core/keys). Digits (the tally) and Ctrl
 * combinations (undo) are left to their own listeners. Presses are handled one at a time, each
 * on the session as the previous one left it, so a quick double press steps twice.
 */
export function usePresenterKeys(target: Window = window) {
  const store = useSessionStore()
  const overviewOpen = provideOverviewOpen()
  let queue: Promise<void> = Promise.resolve()

  async function send(commands: readonly CommandInput[]): Promise<void> {
    for (const command of commands) {
      const result = await store.dispatch(command)
      if (!result?.ok) return
      await untilRevision(store, result.revision, SNAPSHOT_WAIT_MS)
    }
  }

  async function run(shortcut: Shortcut): Promise<void> {
    const session = store.session
    if (session === null) return
    await send(shortcutCommands(session, shortcut.action))
    if (shortcut.action === 'present') await presenterApi().showProjector()
  }

  function perform(shortcut: Shortcut): void {
    queue = queue.then(() => run(shortcut)).catch(() => store.reportFailure('unexpected'))
  }

  useEventListener(target, 'keydown', (event: KeyboardEvent) => {
    const shortcut = presenterKeyFor(event)
    if (shortcut === null) return
    // Esc with nothing to leave stays free for whatever else listens for it.
    if (shortcut.action === 'leave' && store.session?.projector.blackout === 'none') return
    event.preventDefault()
    if (shortcut.action === 'overview') overviewOpen.value = true
    else perform(shortcut)
  })

  return { overviewOpen }
}

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
