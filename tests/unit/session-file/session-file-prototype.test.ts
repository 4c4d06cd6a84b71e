import { describe, expect, it } from 'vitest'
import { parseSessionFile, serialiseSessionFile } from '@core/session-file/session-file-format'
import { sessionWith, T0 } from '../core/fixtures'

const session = sessionWith(3, { currentDilemmaId: 'd2' })
const valid = serialiseSessionFile(session, T0, '1.2.3')

/** The valid file as JSON, changed by `edit`, as text. */
function edited(edit: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(valid) as Record<string, unknown>
  edit(file)
  return JSON.stringify(file)
}

const sessionOf = (file: Record<string, unknown>) => file['session'] as Record<string, unknown>

describe('parseSessionFile: prototype keys', () => {
  const probe = () => ({}) as Record<string, unknown>
  /** The valid file with `"key": {"polluted": true}` added inside the object `at`. */
  function withKey(at: 'envelope' | 'session' | 'setup', key: string): string {
    const marker = at === 'envelope' ? '{' : at === 'session' ? '"session": {' : '"setup": {'
    const json = valid.replace(marker, `${marker}"${key}": {"polluted": true},`)
    expect(json).not.toBe(valid)
    return json
  }

  it.each(['envelope', 'session', 'setup'] as const)(
    'refuses a __proto__ key in the %s and pollutes nothing',
    (at) => {
      expect(parseSessionFile(withKey(at, '__proto__'))).toEqual({ ok: false, problem: 'corrupt' })
      expect(probe()['polluted']).toBeUndefined()
    },
  )

  it.each(['constructor', 'prototype'])('drops a %s key wherever the schema has none', (key) => {
    for (const at of ['envelope', 'session', 'setup'] as const) {
      const parsed = parseSessionFile(withKey(at, key))
      expect(parsed).toEqual({ ok: true, session, migratedFrom: null })
      if (parsed.ok) {
        expect(Object.keys(parsed.session)).not.toContain(key)
        expect(Object.keys(parsed.session.setup)).not.toContain(key)
      }
    }
    expect(probe()['polluted']).toBeUndefined()
  })

  it('refuses a constructor key in a tally: it is no principle of the session', () => {
    const text = edited((file) => {
      const dilemmas = sessionOf(file)['dilemmas'] as Record<string, unknown>[]
      if (dilemmas[0]) dilemmas[0]['tally'] = JSON.parse('{"constructor": 1}')
    })
    expect(parseSessionFile(text)).toEqual({ ok: false, problem: 'corrupt' })
  })
})
