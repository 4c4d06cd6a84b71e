/** Input types that take no typing: keys pressed on them may still be app shortcuts. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
])

/** True when keys typed now belong to a field (text input, textarea, select, editable text). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type)
}

/**
 * A field keeps what was typed in the last moment as a draft; blurring it sends that at once,
 * ahead of a save on the same channel, so the file holds every letter on screen. The focus
 * comes straight back, so the facilitator keeps typing where they were.
 */
export function commitTyping(doc: Document): void {
  const active = doc.activeElement
  if (!(active instanceof HTMLElement) || !isTypingTarget(active)) return
  active.blur()
  active.focus({ preventScroll: true })
}
