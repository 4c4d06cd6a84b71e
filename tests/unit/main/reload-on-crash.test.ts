import { EventEmitter } from 'node:events'
import type { BrowserWindow, RenderProcessGoneDetails } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  MAX_RELOADS_PER_MINUTE,
  reloadOnCrash,
} from '../../../electron/main/windows/reload-on-crash'

vi.mock('electron', () => ({}))

function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), { reload: vi.fn() })
  const window = { webContents: contents, isDestroyed: vi.fn(() => false) }
  return { window: window as unknown as BrowserWindow, contents }
}

const gone = (reason: RenderProcessGoneDetails['reason']): RenderProcessGoneDetails => ({
  reason,
  exitCode: 1,
})

describe('reloadOnCrash', () => {
  it('reloads a page whose renderer crashed, and reports it', () => {
    const { window, contents } = fakeWindow()
    const onGone = vi.fn()
    reloadOnCrash(window, onGone)
    contents.emit('render-process-gone', {}, gone('crashed'))
    expect(onGone).toHaveBeenCalledWith(gone('crashed'))
    expect(contents.reload).toHaveBeenCalledTimes(1)
  })

  it('leaves a page that ended cleanly', () => {
    const { window, contents } = fakeWindow()
    reloadOnCrash(window, () => undefined)
    contents.emit('render-process-gone', {}, gone('clean-exit'))
    expect(contents.reload).not.toHaveBeenCalled()
  })

  it('stops after three reloads in a minute, and tries again a minute later', () => {
    const { window, contents } = fakeWindow()
    let now = 0
    reloadOnCrash(
      window,
      () => undefined,
      () => now,
    )
    for (let i = 0; i < MAX_RELOADS_PER_MINUTE + 2; i++) {
      now += 1_000
      contents.emit('render-process-gone', {}, gone('oom'))
    }
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS_PER_MINUTE)
    now += 60_000
    contents.emit('render-process-gone', {}, gone('killed'))
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS_PER_MINUTE + 1)
  })

  it('does nothing for a window that is gone', () => {
    const { window, contents } = fakeWindow()
    vi.mocked(window.isDestroyed).mockReturnValue(true)
    reloadOnCrash(window, () => undefined)
    contents.emit('render-process-gone', {}, gone('crashed'))
    expect(contents.reload).not.toHaveBeenCalled()
  })
})
