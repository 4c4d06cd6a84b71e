/**
 * Key names as Electron writes them (accelerators, docs/api/accelerator.md, and
 * `sendInputEvent` key codes) mapped to the DOM's `key`, its `code` and the Windows virtual
 * key code Chromium's input events carry.
 */
interface KeyInfo {
  readonly key: string
  readonly code: string
  readonly keyCode: number
}

const NAMED: Readonly<Record<string, KeyInfo>> = {
  Up: { key: 'ArrowUp', code: 'ArrowUp', keyCode: 38 },
  Down: { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40 },
  Left: { key: 'ArrowLeft', code: 'ArrowLeft', keyCode: 37 },
  Right: { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 },
  ArrowUp: { key: 'ArrowUp', code: 'ArrowUp', keyCode: 38 },
  ArrowDown: { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40 },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft', keyCode: 37 },
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 },
  PageUp: { key: 'PageUp', code: 'PageUp', keyCode: 33 },
  PageDown: { key: 'PageDown', code: 'PageDown', keyCode: 34 },
  Home: { key: 'Home', code: 'Home', keyCode: 36 },
  End: { key: 'End', code: 'End', keyCode: 35 },
  Space: { key: ' ', code: 'Space', keyCode: 32 },
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13 },
  Return: { key: 'Enter', code: 'Enter', keyCode: 13 },
  Escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
  Esc: { key: 'Escape', code: 'Escape', keyCode: 27 },
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Backspace: { key: 'Backspace', code: 'Backspace', keyCode: 8 },
  Delete: { key: 'Delete', code: 'Delete', keyCode: 46 },
  Insert: { key: 'Insert', code: 'Insert', keyCode: 45 },
  Plus: { key: '+', code: 'Equal', keyCode: 187 },
  '.': { key: '.', code: 'Period', keyCode: 190 },
  ',': { key: ',', code: 'Comma', keyCode: 188 },
  '-': { key: '-', code: 'Minus', keyCode: 189 },
  '=': { key: '=', code: 'Equal', keyCode: 187 },
  '/': { key: '/', code: 'Slash', keyCode: 191 },
  '?': { key: '?', code: 'Slash', keyCode: 191 },
}

/** An Electron key name ('Right', 'PageDown', 'b', 'F5', 'Space') or a DOM one ('ArrowRight'). */
export function keyInfo(name: string): KeyInfo | null {
  const named = NAMED[name]
  if (named) return named
  const fn = /^F(\d{1,2})$/.exec(name)
  if (fn) return { key: name, code: name, keyCode: 111 + Number(fn[1]) }
  if (/^[a-zA-Z]$/.test(name)) {
    const upper = name.toUpperCase()
    return { key: name, code: `Key${upper}`, keyCode: upper.charCodeAt(0) }
  }
  if (/^\d$/.test(name)) return { key: name, code: `Digit${name}`, keyCode: name.charCodeAt(0) }
  return null
}

/** A DOM key as the name an accelerator uses, to compare the two. */
export function acceleratorKeyOf(domKey: string): string {
  for (const [name, info] of Object.entries(NAMED)) if (info.key === domKey) return name
  return domKey.length === 1 ? domKey.toUpperCase() : domKey
}

/** A DOM key as playwright's keyboard names it. */
export function playwrightKeyOf(domKey: string): string {
  return domKey === ' ' ? 'Space' : domKey
}
