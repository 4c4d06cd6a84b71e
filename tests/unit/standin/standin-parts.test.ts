import { describe, expect, it } from 'vitest'
import { matchesAccelerator, type PressedKey } from '../../electron-standin/accelerator'
import { DialogQueue } from '../../electron-standin/dialog-queue'
import { addCustomScheme, toChromiumUrl, toElectronUrl } from '../../electron-standin/url-bridge'

const key = (name: string, modifiers: Partial<PressedKey> = {}): PressedKey => ({
  key: name,
  control: false,
  shift: false,
  alt: false,
  meta: false,
  ...modifiers,
})

describe('the stand-in’s address bridge', () => {
  addCustomScheme('app')

  it('maps a custom scheme to an intercepted https address and back', () => {
    const chromium = toChromiumUrl('app://dilemmas/presenter.html?x=1#y')
    expect(chromium).toBe('https://dilemmas.app.standin.invalid/presenter.html?x=1#y')
    expect(toElectronUrl(chromium)).toBe('app://dilemmas/presenter.html?x=1#y')
  })

  it('leaves other addresses as they are', () => {
    for (const url of ['https://example.com/', 'data:text/html,x', 'about:blank', 'file:///x']) {
      expect(toChromiumUrl(url)).toBe(url)
      expect(toElectronUrl(url)).toBe(url)
    }
  })

  it('does not turn an address that only looks bridged into an app address', () => {
    expect(toElectronUrl('https://dilemmas.ftp.standin.invalid/x')).toBe(
      'https://dilemmas.ftp.standin.invalid/x',
    )
  })
})

describe('the stand-in’s accelerators', () => {
  it('matches CmdOrCtrl as Control, with the modifiers exactly', () => {
    expect(matchesAccelerator('CmdOrCtrl+Shift+S', key('S', { control: true, shift: true }))).toBe(
      true,
    )
    expect(matchesAccelerator('CmdOrCtrl+S', key('s', { control: true, shift: true }))).toBe(false)
    expect(matchesAccelerator('CmdOrCtrl+S', key('s'))).toBe(false)
  })

  it('knows named keys', () => {
    expect(matchesAccelerator('PageDown', key('PageDown'))).toBe(true)
    expect(matchesAccelerator('Space', key(' '))).toBe(true)
    expect(matchesAccelerator('CommandOrControl+Plus', key('+', { control: true }))).toBe(true)
    expect(matchesAccelerator('F5', key('F5'))).toBe(true)
    expect(matchesAccelerator('Control+Q', key('q', { control: true }))).toBe(true)
  })
})

describe('the stand-in’s dialog queue', () => {
  it('keeps each dialog open until it is answered, and remembers it', async () => {
    const queue = new DialogQueue()
    const answer = queue.ask('message', { title: 'Vraag', buttons: ['Ja', 'Nee'] })
    const [open] = queue.views()
    expect(open).toMatchObject({
      kind: 'message',
      title: 'Vraag',
      buttons: ['Ja', 'Nee'],
      open: true,
    })
    queue.answer(open?.id ?? 0, { response: 1 })
    await expect(answer).resolves.toEqual({ response: 1 })
    expect(queue.views()[0]?.open).toBe(false)
    expect(() => queue.answer(open?.id ?? 0, { response: 0 })).toThrow()
  })

  it('shows an error box without waiting', () => {
    const queue = new DialogQueue()
    queue.error('Fout', 'Het ging mis')
    expect(queue.views()).toMatchObject([
      { kind: 'error', title: 'Fout', message: 'Het ging mis', open: false },
    ])
  })
})
