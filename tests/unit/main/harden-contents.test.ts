import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { isOwnPageUrl } from '../../../electron/core/app-origin'
import {
  blockRemoteRequests,
  denyAllPermissions,
  hardenContents,
} from '../../../electron/main/windows/harden-contents'
import { fakeEvent, FakeWebContents } from './fake-electron'

vi.mock('electron', () => ({}))

type PermissionCallback = (granted: boolean) => void
type RequestHandler = (contents: unknown, permission: string, callback: PermissionCallback) => void
type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean
type DeviceHandler = (details: unknown) => boolean
type BeforeRequest = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void

/** The parts of a Session the hardening touches, keeping the handlers it installs. */
class FakeSession {
  request: RequestHandler | null = null
  check: CheckHandler | null = null
  device: DeviceHandler | null = null
  beforeRequest: BeforeRequest | null = null
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest): void => {
      this.beforeRequest = listener
    },
  }

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.request = handler
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.check = handler
  }

  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.device = handler
  }

  asSession(): Session {
    return this as unknown as Session
  }
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents(7)
  hardenContents(contents as unknown as WebContents)
  return contents
}

describe('hardenContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (eventName) => {
    const contents = hardened()
    const event = fakeEvent()
    contents.emit(eventName, event, 'https://evil.example/')
    expect(event.preventDefault).toHaveBeenCalledTimes(1)
  })

  it('prevents navigation even to our own pages (the app never navigates)', () => {
    const contents = hardened()
    const event = fakeEvent()
    contents.emit('will-navigate', event, 'app://dilemmas/projector.html')
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies every window.open and link with target=_blank', () => {
    const contents = hardened()
    const handler = contents.windowOpenHandler
    expect(handler).not.toBeNull()
    for (const url of ['https://example.org/', 'app://dilemmas/presenter.html', 'file:///etc']) {
      expect(handler?.({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({
        action: 'deny',
      })
    }
  })

  it('adds one listener per guarded event and sends nothing', () => {
    const contents = hardened()
    for (const eventName of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.listenerCount(eventName)).toBe(1)
    }
    expect(contents.send).not.toHaveBeenCalled()
  })
})

describe('denyAllPermissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ])('answers a request for %s with false', (permission) => {
    const session = new FakeSession()
    denyAllPermissions(session.asSession())
    const callback = vi.fn<PermissionCallback>()
    session.request?.({}, permission, callback)
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
  })

  it('answers every permission check with false', () => {
    const session = new FakeSession()
    denyAllPermissions(session.asSession())
    expect(session.check).not.toBeNull()
    for (const permission of ['media', 'geolocation', 'notifications', 'hid', 'serial']) {
      expect(session.check?.({}, permission, 'app://dilemmas')).toBe(false)
    }
  })

  it('refuses USB, HID and serial devices', () => {
    const session = new FakeSession()
    denyAllPermissions(session.asSession())
    expect(session.device?.({ deviceType: 'usb', origin: 'app://dilemmas' })).toBe(false)
  })
})

describe('blockRemoteRequests', () => {
  /** The predicate the app passes in (see electron/main/index.ts), without a dev server. */
  const ownOnly = (url: string) => isOwnPageUrl(url) || url.startsWith('devtools://')

  function decide(isAllowed: (url: string) => boolean, url: string): { cancel?: boolean } {
    const session = new FakeSession()
    blockRemoteRequests(session.asSession(), isAllowed)
    const callback = vi.fn<(response: { cancel?: boolean }) => void>()
    session.beforeRequest?.({ url }, callback)
    expect(callback).toHaveBeenCalledTimes(1)
    const response = callback.mock.calls[0]?.[0]
    if (!response) throw new Error('no response')
    return response
  }

  it.each([
    'https://example.org/',
    'http://127.0.0.1:8080/report',
    'http://localhost:5173/presenter.html',
    'ws://127.0.0.1/',
    'file:///etc/passwd',
    'app://elsewhere/presenter.html',
  ])('cancels %s', (url) => {
    expect(decide(ownOnly, url)).toEqual({ cancel: true })
  })

  it.each(['app://dilemmas/presenter.html', 'app://dilemmas/assets/index-abc.js'])(
    'lets %s through',
    (url) => {
      expect(decide(ownOnly, url)).toEqual({ cancel: false })
    },
  )

  it('asks the predicate about the exact URL and follows its answer', () => {
    const allowAll = vi.fn(() => true)
    expect(decide(allowAll, 'https://example.org/x')).toEqual({ cancel: false })
    expect(allowAll).toHaveBeenCalledWith('https://example.org/x')
    const allowNone = vi.fn(() => false)
    expect(decide(allowNone, 'app://dilemmas/presenter.html')).toEqual({ cancel: true })
  })
})
