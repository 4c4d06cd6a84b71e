import { describe, expect, it } from 'vitest'
import { MENU_FILE_ACTIONS, MENU_SECTIONS, parseMenuCommand } from '@core/menu/menu-command'

describe('parseMenuCommand', () => {
  it('accepts each command exactly as main sends it', () => {
    expect(parseMenuCommand({ kind: 'shortcuts' })).toEqual({ kind: 'shortcuts' })
    for (const section of MENU_SECTIONS) {
      expect(parseMenuCommand({ kind: 'section', section })).toEqual({ kind: 'section', section })
    }
    for (const action of MENU_FILE_ACTIONS) {
      expect(parseMenuCommand({ kind: 'file', action })).toEqual({ kind: 'file', action })
    }
    expect(parseMenuCommand({ kind: 'open-recent', index: 3 })).toEqual({
      kind: 'open-recent',
      index: 3,
    })
  })

  it('refuses anything else', () => {
    const refused: unknown[] = [
      null,
      undefined,
      'shortcuts',
      42,
      [],
      {},
      { kind: 'unknown' },
      { kind: 'shortcuts', extra: true },
      { kind: 'section', section: 'settings' },
      { kind: 'section' },
      { kind: 'file', action: 'delete' },
      { kind: 'file', action: 'save', path: '/etc/passwd' },
      { kind: 'open-recent', index: -1 },
      { kind: 'open-recent', index: 1.5 },
      { kind: 'open-recent', index: '1' },
      { kind: 'open-recent', index: 101 },
      { kind: 'open-recent' },
    ]
    for (const payload of refused)
      expect(parseMenuCommand(payload), JSON.stringify(payload)).toBe(null)
  })
})
