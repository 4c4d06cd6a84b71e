import { deferred } from '../../support/deferred'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type AppNotice } from '@contract'
import type { DisplayInfo } from '../../../electron/core/display/choose-display'
import { createSession } from '../../../electron/core/session/default-session'
import type { PageName } from '../../../electron/core/app-origin'
import type { WindowSnapshot } from '../../../electron/core/session/schema'
import { mainTexts } from '../../../electron/main/texts'
import { WindowManager } from '../../../electron/main/windows/window-manager'
import { display, fakeEvent, FakeBrowserWindow, rect } from './fake-electron'

const screenState = vi.hoisted(() => ({
  displays: [] as unknown[],
  primary: null as unknown,
}))

vi.mock('electron', async () => {
  const fakes = await import('./fake-electron')
  return {
    BrowserWindow: fakes.FakeBrowserWindow,
    screen: {
      getAllDisplays: () => screenState.displays,
      getPrimaryDisplay: () => screenState.primary,
    },
  }
})

const texts = mainTexts()
const laptop = display(1, 'Ingebouwd scherm', rect(0, 0, 1920, 1080))
const beamer = display(2, 'Beamer', rect(1920, 0, 1280, 720), 0)

function useDisplays(primary: DisplayInfo, ...others: DisplayInfo[]): void {
  screenState.primary = primary
  screenState.displays = [primary, ...others]
}

interface Opened {
  readonly manager: WindowManager
  readonly presenter: FakeBrowserWindow
  readonly projector: FakeBrowserWindow
  readonly beforeQuit: ReturnType<typeof vi.fn<() => Promise<void>>>
  readonly quit: ReturnType<typeof vi.fn<() => void>>
}

function openManager(beforeQuit = vi.fn<() => Promise<void>>(async () => undefined)): Opened {
  const quit = vi.fn<() => void>()
  const manager = new WindowManager(texts, beforeQuit, quit)
  manager.open()
  const [presenter, projector] = FakeBrowserWindow.instances
  if (!presenter || !projector) throw new Error('expected two windows')
  return { manager, presenter, projector, beforeQuit, quit }
}

const baseSession = createSession(1_700_000_000_000)
/** A snapshot with private notes (the default programme has notes) and a starter observation. */
const snapshot: WindowSnapshot = {
  revision: 3,
  session: {
    ...baseSession,
    starter: { ...baseSession.starter, observation: 'Alleen voor de begeleider' },
  },
  history: { canUndo: true, canRedo: false },
  clock: 1_700_000_060_000,
  wallClock: 1_700_000_060_000,
}
/** What the projector must receive: the same snapshot, with the notes and observation emptied. */
const redacted: WindowSnapshot = {
  ...snapshot,
  session: {
    ...snapshot.session,
    phases: snapshot.session.phases.map((phase) => ({ ...phase, notes: '' })),
    starter: { ...snapshot.session.starter, observation: '' },
  },
}

/** The host's per-window snapshots, as SessionHost.snapshotFor hands them out. */
const host = {
  snapshotFor: vi.fn((page: PageName) => (page === 'projector' ? redacted : snapshot)),
}

/** The one payload `window` was sent on the snapshot channel. */
function sentSnapshot(window: FakeBrowserWindow): WindowSnapshot {
  const calls = window.webContents.send.mock.calls.filter(
    ([channel]) => channel === CHANNELS.snapshot,
  )
  expect(calls).toHaveLength(1)
  return calls[0]?.[1] as WindowSnapshot
}

beforeEach(() => {
  FakeBrowserWindow.reset()
  useDisplays(laptop, beamer)
})

describe('WindowManager.open', () => {
  it('opens the presenter on the primary display and the projector fullscreen on the beamer', () => {
    const { presenter, projector } = openManager()
    expect(FakeBrowserWindow.instances).toHaveLength(2)
    expect(presenter.options.title).toBe(texts.presenterTitle)
    expect(presenter.loadURL).toHaveBeenCalledWith('app://dilemmas/presenter.html')
    expect(projector.options.title).toBe(texts.projectorTitle)
    expect(projector.loadURL).toHaveBeenCalledWith('app://dilemmas/projector.html')
    // Framed, so it can become an ordinary window if the beamer goes; fullscreen hides the frame.
    expect(projector.options).toMatchObject({ ...beamer.bounds, frame: true })
    projector.emit('ready-to-show')
    expect(projector.fullScreen).toBe(true)
  })

  it('opens a windowed projector when there is only one screen', () => {
    useDisplays(laptop)
    const { projector } = openManager()
    expect(projector.options.frame).toBe(true)
    expect(projector.callsOf('setAspectRatio')).toEqual([[16 / 9]])
  })

  it('gives both windows sandboxed, isolated web preferences', () => {
    const { presenter, projector } = openManager()
    for (const window of [presenter, projector]) {
      expect(window.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      })
    }
  })
})

describe('WindowManager.ids', () => {
  it('returns the web contents ids of both windows', () => {
    const { manager, presenter, projector } = openManager()
    expect(manager.ids()).toEqual({
      presenterId: presenter.webContents.id,
      projectorId: projector.webContents.id,
    })
    expect(presenter.webContents.id).not.toBe(projector.webContents.id)
  })

  it('forgets a window once it is destroyed', () => {
    const { manager, presenter, projector } = openManager()
    projector.destroy()
    expect(manager.ids()).toEqual({ presenterId: presenter.webContents.id, projectorId: null })
  })

  it('returns nulls before the windows are opened', () => {
    const manager = new WindowManager(texts, async () => undefined, vi.fn())
    expect(manager.ids()).toEqual({ presenterId: null, projectorId: null })
  })
})

describe('closing the projector', () => {
  it('only hides it: the close is prevented and the window stays known', () => {
    const { manager, projector, quit, beforeQuit } = openManager()
    const event = fakeEvent()
    projector.emit('close', event)
    expect(event.preventDefault).toHaveBeenCalledTimes(1)
    expect(projector.methods()).toContain('hide')
    expect(projector.visible).toBe(false)
    expect(manager.ids().projectorId).toBe(projector.webContents.id)
    expect(beforeQuit).not.toHaveBeenCalled()
    expect(quit).not.toHaveBeenCalled()
  })

  it('leaves fullscreen before hiding', () => {
    const { projector } = openManager()
    projector.emit('ready-to-show')
    expect(projector.fullScreen).toBe(true)
    projector.emit('close', fakeEvent())
    const tail = projector.methods().slice(-2)
    expect(tail).toEqual(['setFullScreen', 'hide'])
    expect(projector.callsOf('setFullScreen').at(-1)).toEqual([false])
  })

  it('showProjector shows the same window again without a new one', () => {
    const { manager, projector } = openManager()
    projector.emit('close', fakeEvent())
    manager.showProjector()
    expect(FakeBrowserWindow.instances).toHaveLength(2)
    expect(projector.methods().at(-1)).toBe('showInactive')
    expect(projector.visible).toBe(true)
  })

  it('showProjector opens a new projector when the old one was destroyed', () => {
    const { manager, projector } = openManager()
    projector.destroy()
    manager.showProjector()
    expect(FakeBrowserWindow.instances).toHaveLength(3)
    const replacement = FakeBrowserWindow.instances[2]
    expect(replacement?.loadURL).toHaveBeenCalledWith('app://dilemmas/projector.html')
    expect(manager.ids().projectorId).toBe(replacement?.webContents.id)
  })
})

describe('a page that will not load', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  function openFailing(page: PageName) {
    vi.useFakeTimers()
    FakeBrowserWindow.failingLoads = (url) => url.endsWith(`/${page}.html`)
    const onPageFailed = vi.fn<(window: PageName) => void>()
    const manager = new WindowManager(texts, async () => undefined, vi.fn(), { onPageFailed })
    manager.open()
    return { manager, onPageFailed }
  }

  it('is tried three times before main is told, and a load that works in time is enough', async () => {
    const { onPageFailed } = openFailing('presenter')
    const [presenter] = FakeBrowserWindow.instances
    await vi.advanceTimersByTimeAsync(300)
    FakeBrowserWindow.failingLoads = () => false
    await vi.runAllTimersAsync()
    expect(presenter?.loadURL).toHaveBeenCalledTimes(3)
    expect(onPageFailed).not.toHaveBeenCalled()
  })

  it('in the presenter is told to main, which decides (it saves and closes the app)', async () => {
    const { onPageFailed } = openFailing('presenter')
    await vi.runAllTimersAsync()
    expect(onPageFailed).toHaveBeenCalledExactlyOnceWith('presenter')
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledTimes(3)
  })

  it('in the projector closes that window; showing the beamer again makes a fresh one', async () => {
    const { manager, onPageFailed } = openFailing('projector')
    const [, projector] = FakeBrowserWindow.instances
    await vi.runAllTimersAsync()
    expect(onPageFailed).toHaveBeenCalledExactlyOnceWith('projector')
    expect(projector?.isDestroyed()).toBe(true)
    expect(manager.ids().projectorId).toBeNull()
    FakeBrowserWindow.failingLoads = () => false
    manager.showProjector()
    expect(FakeBrowserWindow.instances).toHaveLength(3)
    expect(manager.ids().projectorId).toBe(FakeBrowserWindow.instances[2]?.webContents.id)
  })
})

describe('closing the presenter', () => {
  it('prevents the close, waits for the final autosave, and only then quits', async () => {
    const save = deferred()
    const { manager, presenter, beforeQuit, quit } = openManager(vi.fn(() => save.promise))
    const event = fakeEvent()
    presenter.emit('close', event)
    expect(event.preventDefault).toHaveBeenCalledTimes(1)
    expect(beforeQuit).toHaveBeenCalledTimes(1)
    expect(manager.isQuitting).toBe(true)
    await Promise.resolve()
    await new Promise((done) => setImmediate(done))
    expect(quit).not.toHaveBeenCalled()
    save.resolve()
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1))
    expect(beforeQuit.mock.invocationCallOrder[0]).toBeLessThan(
      quit.mock.invocationCallOrder[0] ?? 0,
    )
  })

  it('lets the windows close once quitting has begun', async () => {
    const { presenter, projector, quit } = openManager()
    presenter.emit('close', fakeEvent())
    await vi.waitFor(() => expect(quit).toHaveBeenCalled())
    const presenterClose = fakeEvent()
    const projectorClose = fakeEvent()
    presenter.emit('close', presenterClose)
    projector.emit('close', projectorClose)
    expect(presenterClose.preventDefault).not.toHaveBeenCalled()
    expect(projectorClose.preventDefault).not.toHaveBeenCalled()
    expect(projector.methods()).not.toContain('hide')
  })

  it('saves and quits once, however often close is clicked', async () => {
    const save = deferred()
    const { presenter, beforeQuit, quit } = openManager(vi.fn(() => save.promise))
    presenter.emit('close', fakeEvent())
    presenter.emit('close', fakeEvent())
    save.resolve()
    await vi.waitFor(() => expect(quit).toHaveBeenCalled())
    expect(beforeQuit).toHaveBeenCalledTimes(1)
    expect(quit).toHaveBeenCalledTimes(1)
  })

  it('still quits when the final save fails', async () => {
    const quit = vi.fn<() => void>()
    const manager = new WindowManager(
      texts,
      async () => {
        throw new Error('schijf vol')
      },
      quit,
    )
    await expect(manager.quitAfterSave()).resolves.toBeUndefined()
    expect(quit).toHaveBeenCalledTimes(1)
  })
})

describe('sending to the windows', () => {
  it('broadcast sends each window the snapshot the host made for it', () => {
    const { manager, presenter, projector } = openManager()
    expect(snapshot.session.phases.some((phase) => phase.notes !== '')).toBe(true)
    manager.broadcast(host)
    expect(host.snapshotFor).toHaveBeenCalledWith('presenter')
    expect(host.snapshotFor).toHaveBeenCalledWith('projector')
    expect(presenter.webContents.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.snapshot, snapshot)
    expect(sentSnapshot(presenter)).toBe(snapshot)
    expect(projector.webContents.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.snapshot, redacted)
    const projected = sentSnapshot(projector)
    expect(projected.revision).toBe(3)
    expect(projected.history).toEqual({ canUndo: true, canRedo: false })
    expect(projected.session.phases.every((phase) => phase.notes === '')).toBe(true)
    expect(projected.session.starter.observation).toBe('')
    expect(JSON.stringify(projected)).not.toContain('Alleen voor de begeleider')
    // The presenter's copy keeps its notes.
    expect(snapshot.session.starter.observation).toBe('Alleen voor de begeleider')
  })

  it('broadcast reaches a hidden projector (it must be current when shown again)', () => {
    const { manager, projector } = openManager()
    projector.emit('close', fakeEvent())
    manager.broadcast(host)
    expect(projector.webContents.send).toHaveBeenCalledWith(CHANNELS.snapshot, redacted)
  })

  it('broadcast skips a destroyed window', () => {
    const { manager, presenter, projector } = openManager()
    projector.destroy()
    manager.broadcast(host)
    expect(presenter.webContents.send).toHaveBeenCalledTimes(1)
    expect(projector.webContents.send).not.toHaveBeenCalled()
  })

  it('notify goes to the presenter only', () => {
    const { manager, presenter, projector } = openManager()
    const notice: AppNotice = { kind: 'autosave-failed', folder: '/data/autosave' }
    manager.notify(notice)
    expect(presenter.webContents.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.notice, notice)
    expect(projector.webContents.send).not.toHaveBeenCalled()
  })

  it("notify holds a notice while the presenter's page loads, and sends it once it has", () => {
    const { manager, presenter } = openManager()
    presenter.webContents.loading = true
    manager.notify({ kind: 'beamer-failed' })
    expect(presenter.webContents.send).not.toHaveBeenCalled()
    presenter.webContents.emit('did-finish-load')
    expect(presenter.webContents.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.notice, {
      kind: 'beamer-failed',
    })
  })

  it('notify does nothing once the presenter is gone', () => {
    const { manager, presenter } = openManager()
    presenter.destroy()
    expect(() => manager.notify({ kind: 'autosave-recovered' })).not.toThrow()
    expect(presenter.webContents.send).not.toHaveBeenCalled()
  })
})

describe('focusPresenter', () => {
  it('restores a minimised presenter and focuses it', () => {
    const { manager, presenter } = openManager()
    presenter.minimized = true
    manager.focusPresenter()
    expect(presenter.methods().slice(-2)).toEqual(['restore', 'focus'])
  })

  it('only focuses a presenter that is not minimised', () => {
    const { manager, presenter } = openManager()
    manager.focusPresenter()
    expect(presenter.methods()).not.toContain('restore')
    expect(presenter.methods().at(-1)).toBe('focus')
  })
})
