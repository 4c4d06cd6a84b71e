import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AppLog, LogFields } from '../../../electron/core/log/app-log'
import { mainTexts } from '../../../electron/main/texts'
import { pageEvents } from '../../../electron/main/windows/page-events'
import type { WindowManager } from '../../../electron/main/windows/window-manager'

const electron = vi.hoisted(() => ({
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
}))

vi.mock('electron', () => ({ dialog: { showErrorBox: electron.showErrorBox } }))

const LOGS = '/home/anna/.config/Dansende Dilemma’s/logs'

function setUp(logFolder: () => string = () => LOGS) {
  const events: [string, LogFields | undefined][] = []
  const log: AppLog = {
    logEvent: (name, fields) => events.push([name, fields]),
    logError: () => undefined,
  }
  const windows = {
    notify: vi.fn<WindowManager['notify']>(),
    quitAfterSave: vi.fn<WindowManager['quitAfterSave']>(async () => undefined),
  }
  const handlers = pageEvents({
    log,
    texts: () => mainTexts('nl'),
    logFolder,
    windows: () => windows,
  })
  return { handlers, events, windows }
}

afterEach(() => {
  electron.showErrorBox.mockReset()
})

describe('a page that could not be loaded', () => {
  it('presenter: says why in Dutch, with the log folder, then saves and closes the app', () => {
    const { handlers, events, windows } = setUp()
    handlers.onPageFailed?.('presenter')
    expect(events).toEqual([['window-page-failed', { window: 'presenter' }]])
    const [title, message] = electron.showErrorBox.mock.calls[0] ?? []
    expect(title).toBe('Het begeleidersscherm kan niet worden geopend')
    expect(message).toContain('je sessie is automatisch bewaard')
    expect(message).toContain(LOGS)
    expect(windows.quitAfterSave).toHaveBeenCalledTimes(1)
    expect(windows.notify).not.toHaveBeenCalled()
  })

  it('presenter: the message still goes when the log folder cannot be named', () => {
    const { handlers, windows } = setUp(() => {
      throw new Error('no logs')
    })
    handlers.onPageFailed?.('presenter')
    expect(electron.showErrorBox).toHaveBeenCalledTimes(1)
    expect(windows.quitAfterSave).toHaveBeenCalledTimes(1)
  })

  it('beamer: tells the facilitator in the presenter window; the app goes on', () => {
    const { handlers, events, windows } = setUp()
    handlers.onPageFailed?.('projector')
    expect(events).toEqual([['window-page-failed', { window: 'projector' }]])
    expect(windows.notify).toHaveBeenCalledExactlyOnceWith({ kind: 'beamer-failed' })
    expect(electron.showErrorBox).not.toHaveBeenCalled()
    expect(windows.quitAfterSave).not.toHaveBeenCalled()
  })
})

describe('a page that went away', () => {
  it('is logged with its reason as a known code only', () => {
    const { handlers, events } = setUp()
    handlers.onPageGone?.('projector', 'crashed')
    handlers.onPageGone?.('presenter', 'something new')
    expect(events).toEqual([
      ['window-page-gone', { window: 'projector', reason: 'crashed' }],
      ['window-page-gone', { window: 'presenter', reason: 'other' }],
    ])
  })
})
