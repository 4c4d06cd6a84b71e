/**
 * Keys a clicker or the facilitator may press while the projector window has the focus (on a
 * single screen, or just after it was shown): they belong to the presenter, so main passes them
 * on. Values are Electron key codes for `webContents.sendInputEvent`.
 */
const FORWARDED: Readonly<Record<string, string>> = {
  PageDown: 'PageDown',
  PageUp: 'PageUp',
  ArrowRight: 'Right',
  ArrowLeft: 'Left',
  ArrowDown: 'Down',
  ArrowUp: 'Up',
  b: 'b',
  B: 'b',
  '.': '.',
  w: 'w',
  W: 'w',
  F5: 'F5',
  F1: 'F1',
  ' ': 'Space',
}

export function forwardedKeyCode(key: string): string | null {
  return Object.hasOwn(FORWARDED, key) ? (FORWARDED[key] ?? null) : null
}
