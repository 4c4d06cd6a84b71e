import { describe, expect, it, vi } from 'vitest'
import { secureWebPreferences } from '../../../electron/main/windows/web-preferences'

vi.mock('electron', () => ({}))

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/presenter.cjs')

  it('isolates the page from the preload and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
  })

  it('gives no Node.js to the page, its workers or its subframes', () => {
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and refuses insecure content, webviews and experiments', () => {
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
  })

  it('turns off middle-click link opening and enables no Blink feature', () => {
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
  })

  it('sets exactly the known switches, so a new one cannot slip in unnoticed', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'preload',
        'contextIsolation',
        'sandbox',
        'nodeIntegration',
        'nodeIntegrationInWorker',
        'nodeIntegrationInSubFrames',
        'webSecurity',
        'allowRunningInsecureContent',
        'experimentalFeatures',
        'webviewTag',
        'navigateOnDragDrop',
        'disableBlinkFeatures',
        'spellcheck',
        'devTools',
      ].sort(),
    )
  })

  it('passes the preload path through unchanged', () => {
    expect(prefs.preload).toBe('/app/out/preload/presenter.cjs')
    expect(secureWebPreferences('C:\\app\\preload\\projector.cjs').preload).toBe(
      'C:\\app\\preload\\projector.cjs',
    )
  })

  it('differs between windows only in the preload', () => {
    const { preload: first, ...rest } = secureWebPreferences('a.cjs')
    const { preload: second, ...otherRest } = secureWebPreferences('b.cjs')
    expect(first).not.toBe(second)
    expect(rest).toEqual(otherRest)
  })

  it('returns a fresh object each time, so one window cannot loosen another', () => {
    const a = secureWebPreferences('x.cjs')
    const b = secureWebPreferences('x.cjs')
    expect(a).not.toBe(b)
    a.sandbox = false
    expect(b.sandbox).toBe(true)
  })
})
