import { acceleratorKeyOf } from './keys'

export interface PressedKey {
  readonly key: string
  readonly control: boolean
  readonly shift: boolean
  readonly alt: boolean
  readonly meta: boolean
}

/**
 * Whether a key matches an accelerator (docs/api/accelerator.md), as on Windows and Linux:
 * CommandOrControl is Control there; Command, Cmd, Super and Meta are the Meta key.
 */
export function matchesAccelerator(accelerator: string, pressed: PressedKey): boolean {
  const parts = accelerator.split('+')
  let key = parts.pop() ?? ''
  // 'Ctrl++' ends in an empty part: its key is '+' (Electron writes it 'Plus').
  if (key === '') {
    key = 'Plus'
    parts.pop()
  }
  const wanted = { control: false, shift: false, alt: false, meta: false }
  for (const part of parts.filter((item) => item !== '')) {
    switch (part.toLowerCase()) {
      case 'commandorcontrol':
      case 'cmdorctrl':
      case 'control':
      case 'ctrl':
        wanted.control = true
        break
      case 'command':
      case 'cmd':
      case 'super':
      case 'meta':
        wanted.meta = true
        break
      case 'alt':
      case 'option':
      case 'altgr':
        wanted.alt = true
        break
      case 'shift':
        wanted.shift = true
        break
      default:
        return false
    }
  }
  const sameModifiers =
    wanted.control === pressed.control &&
    wanted.shift === pressed.shift &&
    wanted.alt === pressed.alt &&
    wanted.meta === pressed.meta
  return sameModifiers && key.toUpperCase() === acceleratorKeyOf(pressed.key).toUpperCase()
}
