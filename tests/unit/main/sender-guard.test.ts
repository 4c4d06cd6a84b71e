import { describe, expect, it, vi } from 'vitest'
import {
  pageOfSender,
  type KnownWindows,
  type SenderEvent,
  type SenderFrame,
} from '../../../electron/main/ipc/sender-guard'

vi.mock('electron', () => ({}))

const PRESENTER_ID = 11
const PROJECTOR_ID = 12
const windows: KnownWindows = { presenterId: PRESENTER_ID, projectorId: PROJECTOR_ID }
const DEV = 'http://localhost:5173'

const MAIN_FRAME_NODE = 7

/** A frame as Electron hands it out: a new object for every lookup. */
function frameOf(
  url: string,
  parent: unknown = null,
  frameTreeNodeId = MAIN_FRAME_NODE,
): SenderFrame {
  return { url, parent, detached: false, frameTreeNodeId }
}

/** An IPC event from the top frame of web contents `id` showing `url`. */
function topFrame(id: number, url: string): SenderEvent {
  return { sender: { id, mainFrame: frameOf(url) }, senderFrame: frameOf(url) }
}

describe('pageOfSender', () => {
  it('answers the top frame of the presenter window on the presenter page', () => {
    expect(pageOfSender(topFrame(PRESENTER_ID, 'app://dilemmas/presenter.html'), windows)).toBe(
      'presenter',
    )
  })

  it('answers the top frame of the projector window on the projector page', () => {
    expect(pageOfSender(topFrame(PROJECTOR_ID, 'app://dilemmas/projector.html'), windows)).toBe(
      'projector',
    )
  })

  it('ignores a query or hash on our own page', () => {
    expect(
      pageOfSender(topFrame(PRESENTER_ID, 'app://dilemmas/presenter.html?x=1#panel'), windows),
    ).toBe('presenter')
  })

  it('answers the main frame looked up anew (Electron does not promise one object per frame)', () => {
    const event = topFrame(PRESENTER_ID, 'app://dilemmas/presenter.html')
    expect(event.senderFrame).not.toBe(event.sender.mainFrame)
    expect(pageOfSender(event, windows)).toBe('presenter')
  })

  it('refuses an event without a sender frame (the frame navigated or was destroyed)', () => {
    const url = 'app://dilemmas/presenter.html'
    const event: SenderEvent = {
      sender: { id: PRESENTER_ID, mainFrame: frameOf(url) },
      senderFrame: null,
    }
    expect(pageOfSender(event, windows)).toBeNull()
  })

  it('refuses a detached frame', () => {
    const url = 'app://dilemmas/presenter.html'
    const event: SenderEvent = {
      sender: { id: PRESENTER_ID, mainFrame: frameOf(url) },
      senderFrame: { ...frameOf(url), detached: true },
    }
    expect(pageOfSender(event, windows)).toBeNull()
  })

  it('refuses a subframe that has a parent', () => {
    const url = 'app://dilemmas/presenter.html'
    const child = frameOf(url, frameOf(url), MAIN_FRAME_NODE + 1)
    const event: SenderEvent = {
      sender: { id: PRESENTER_ID, mainFrame: frameOf(url) },
      senderFrame: child,
    }
    expect(pageOfSender(event, windows)).toBeNull()
  })

  it('refuses a frame that is not the main frame, even without a parent', () => {
    const url = 'app://dilemmas/presenter.html'
    const other = frameOf(url, null, MAIN_FRAME_NODE + 1)
    const event: SenderEvent = {
      sender: { id: PRESENTER_ID, mainFrame: frameOf(url) },
      senderFrame: other,
    }
    expect(pageOfSender(event, windows)).toBeNull()
  })

  it.each([
    'https://evil.example/presenter.html',
    'http://evil.example/presenter.html',
    'file:///C:/Users/x/presenter.html',
    'file:///home/x/out/renderer/presenter.html',
    'app://evil/presenter.html',
    'data:text/html,<p>presenter.html</p>',
    'about:blank',
    'not a url',
    '',
  ])('refuses a foreign URL: %s', (url) => {
    expect(pageOfSender(topFrame(PRESENTER_ID, url), windows)).toBeNull()
    expect(pageOfSender(topFrame(PROJECTOR_ID, url), windows)).toBeNull()
  })

  it('refuses the right URL from web contents that are not one of our windows', () => {
    expect(pageOfSender(topFrame(99, 'app://dilemmas/presenter.html'), windows)).toBeNull()
    expect(pageOfSender(topFrame(99, 'app://dilemmas/projector.html'), windows)).toBeNull()
  })

  it('refuses a page shown in the other window (path and window must match)', () => {
    expect(
      pageOfSender(topFrame(PROJECTOR_ID, 'app://dilemmas/presenter.html'), windows),
    ).toBeNull()
    expect(
      pageOfSender(topFrame(PRESENTER_ID, 'app://dilemmas/projector.html'), windows),
    ).toBeNull()
  })

  it('refuses other pages of our own protocol', () => {
    for (const path of ['/', '/index.html', '/assets/presenter.js', '/presenter.html/']) {
      expect(pageOfSender(topFrame(PRESENTER_ID, `app://dilemmas${path}`), windows)).toBeNull()
    }
  })

  it('refuses everything once a window is gone', () => {
    const none: KnownWindows = { presenterId: null, projectorId: null }
    expect(pageOfSender(topFrame(PRESENTER_ID, 'app://dilemmas/presenter.html'), none)).toBeNull()
    expect(pageOfSender(topFrame(PROJECTOR_ID, 'app://dilemmas/projector.html'), none)).toBeNull()
  })

  it('accepts the dev server origin only when a dev server URL is given', () => {
    const event = topFrame(PRESENTER_ID, `${DEV}/presenter.html`)
    expect(pageOfSender(event, windows)).toBeNull()
    expect(pageOfSender(event, windows, DEV)).toBe('presenter')
    expect(pageOfSender(topFrame(PROJECTOR_ID, `${DEV}/projector.html`), windows, DEV)).toBe(
      'projector',
    )
  })

  it('accepts no other origin than the dev server, even in development', () => {
    for (const url of [
      'http://localhost:5174/presenter.html',
      'https://localhost:5173/presenter.html',
      'http://127.0.0.1:5173/presenter.html',
      'https://evil.example/presenter.html',
    ]) {
      expect(pageOfSender(topFrame(PRESENTER_ID, url), windows, DEV)).toBeNull()
    }
  })

  it('still answers the app protocol while a dev server URL is given', () => {
    expect(
      pageOfSender(topFrame(PRESENTER_ID, 'app://dilemmas/presenter.html'), windows, DEV),
    ).toBe('presenter')
  })
})
