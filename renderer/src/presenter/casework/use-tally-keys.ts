import { onBeforeUnmount, onMounted } from 'vue'
import { isTypingTarget } from '../shared/use-typing-guard'

export interface TallyKey {
  /** 0-based position of the principle in the deck. */
  readonly index: number
  readonly delta: 1 | -1
}

/** 1–9 from the digit row or the number pad; by code, since Shift+1 types "!" as its key. */
function digitOf(event: Pick<KeyboardEvent, 'key' | 'code'>): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code) ?? /^([1-9])$/.exec(event.key)
  return match?.[1] ? Number(match[1]) : null
}

type KeyInput = Pick<
  KeyboardEvent,
  | 'key'
  | 'code'
  | 'shiftKey'
  | 'ctrlKey'
  | 'altKey'
  | 'metaKey'
  | 'repeat'
  | 'target'
  | 'defaultPrevented'
>

/** Number N adds one to the Nth principle, Shift+N takes one away; null for any other key. */
export function tallyKeyFor(event: KeyInput): TallyKey | null {
  if (event.defaultPrevented || event.repeat) return null
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  if (isTypingTarget(event.target)) return null
  const digit = digitOf(event)
  return digit === null ? null : { index: digit - 1, delta: event.shiftKey ? -1 : 1 }
}

/** What Enter does on its own there: a button, a link, a field or a check box keep their Enter. */
const OWN_ENTER =
  'button, a[href], input, select, textarea, summary, [role="button"], [contenteditable]'

/** Enter alone, not on something Enter already works on: reveals the count on the beamer. */
export function isRevealKey(event: KeyInput): boolean {
  if (event.defaultPrevented || event.repeat || event.key !== 'Enter') return false
  if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return false
  if (isTypingTarget(event.target)) return false
  return !(event.target instanceof Element && event.target.closest(OWN_ENTER) !== null)
}

/**
 * Listens on the window while the component is mounted and `enabled()` holds; Enter goes to
 * `onReveal`, which says whether there was anything to reveal.
 */
export function useTallyKeys(
  onKey: (key: TallyKey) => void,
  enabled: () => boolean,
  onReveal: () => boolean = () => false,
): void {
  function listener(event: KeyboardEvent): void {
    if (!enabled()) return
    if (isRevealKey(event)) {
      if (onReveal()) event.preventDefault()
      return
    }
    const key = tallyKeyFor(event)
    if (key === null) return
    event.preventDefault()
    onKey(key)
  }
  onMounted(() => window.addEventListener('keydown', listener))
  onBeforeUnmount(() => window.removeEventListener('keydown', listener))
}
