import { describe, expect, it, vi } from 'vitest'
import { pageWebPreferences } from '../../../electron/main/windows/web-preferences'

vi.mock('electron', () => ({}))

describe('pageWebPreferences', () => {
  it('passes the preload path through unchanged, and leaves it out for a page without one', () => {
    expect(pageWebPreferences('C:\\app\\preload\\projector.cjs').preload).toBe(
      'C:\\app\\preload\\projector.cjs',
    )
    expect(pageWebPreferences()).not.toHaveProperty('preload')
  })

  it('turns the spellchecker off, so no typed word is sent to a dictionary service', () => {
    expect(pageWebPreferences('x.cjs').spellcheck).toBe(false)
    expect(pageWebPreferences().spellcheck).toBe(false)
  })

  it('returns a fresh object each time, so one window cannot change another', () => {
    const a = pageWebPreferences('x.cjs')
    const b = pageWebPreferences('x.cjs')
    expect(a).not.toBe(b)
    a.devTools = false
    expect(b.devTools).toBe(true)
  })
})
