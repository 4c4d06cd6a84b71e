import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { devServerOrigin, isOwnPageUrl, pageUrl } from '../../../electron/core/app-origin'
import { devServerUrl } from '../../../electron/main/paths'

const electron = vi.hoisted(() => ({ app: { isPackaged: true } }))
vi.mock('electron', () => ({ app: electron.app }))

describe('devServerOrigin', () => {
  const dev = (rendererUrl: string | undefined) =>
    devServerOrigin({ isPackaged: false, rendererUrl })

  it.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['http://LOCALHOST:5173/pad?x=1', 'http://localhost:5173'],
    ['https://localhost', 'https://localhost'],
    ['http://127.0.0.1:40000', 'http://127.0.0.1:40000'],
  ])('takes the local dev server %s', (url, origin) => {
    expect(dev(url)).toBe(origin)
  })

  it.each([
    ['a user name before another host', 'http://localhost@evil.example'],
    ['a user name and port before another host', 'http://localhost:5173@evil.example'],
    ['credentials for localhost itself', 'http://user:secret@localhost:5173'],
    ['a host that only starts with localhost', 'http://localhost.evil.example'],
    ['a host that only starts with 127.0.0.1', 'http://127.0.0.1.nip.io:5173'],
    ['another machine', 'https://evil.example'],
    ['another local address', 'http://[::1]:5173'],
    ['another scheme', 'file:///C:/evil/index.html'],
    ['a websocket', 'ws://localhost:5173'],
    ['a script', 'javascript:alert(1)'],
    ['no URL at all', 'localhost:5173'],
    ['an empty variable', ''],
    ['no variable', undefined],
  ])('refuses %s', (_label, url) => {
    expect(dev(url)).toBeUndefined()
  })

  it('is never used by a packaged app, not even the real dev server', () => {
    expect(
      devServerOrigin({ isPackaged: true, rendererUrl: 'http://localhost:5173' }),
    ).toBeUndefined()
  })
})

describe('devServerUrl (main)', () => {
  beforeEach(() => {
    electron.app.isPackaged = true
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app: the windows load our own pages', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(devServerUrl()).toBeUndefined()
    expect(pageUrl('presenter', devServerUrl())).toBe('app://dilemmas/presenter.html')
    expect(isOwnPageUrl('http://localhost:5173/presenter.html', devServerUrl())).toBe(false)
  })

  it('uses the local dev server when run from the sources', () => {
    electron.app.isPackaged = false
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(devServerUrl()).toBe('http://localhost:5173')
    expect(pageUrl('projector', devServerUrl())).toBe('http://localhost:5173/projector.html')
  })

  it.each(['http://localhost@evil.example', 'http://localhost.evil.example'])(
    'never trusts %s, also when run from the sources',
    (url) => {
      electron.app.isPackaged = false
      vi.stubEnv('ELECTRON_RENDERER_URL', url)
      expect(devServerUrl()).toBeUndefined()
      expect(pageUrl('presenter', devServerUrl())).toBe('app://dilemmas/presenter.html')
      expect(isOwnPageUrl('http://evil.example/presenter.html', devServerUrl())).toBe(false)
    },
  )

  it('has no dev server without the variable', () => {
    electron.app.isPackaged = false
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
    expect(devServerUrl()).toBeUndefined()
  })
})
