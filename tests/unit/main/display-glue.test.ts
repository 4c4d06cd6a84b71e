import type { EventEmitter } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { powerSaveBlocker, screen } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@contract'
import { DISPLAY_SETTINGS_FILE } from '../../../electron/core/display/display-settings'
import { SessionHost } from '../../../electron/core/host/session-host'
import { createSession } from '../../../electron/core/session/default-session'
import { IdentifyWindows } from '../../../electron/main/display/identify-windows'
import { KeepAwake } from '../../../electron/main/display/keep-awake'
import { startDisplays } from '../../../electron/main/display/start-displays'
import { mainTexts } from '../../../electron/main/texts'
import { WindowManager } from '../../../electron/main/windows/window-manager'
import { fakeEvent, FakeBrowserWindow, rect, screenDisplay } from './fake-electron'

const screenState = vi.hoisted(() => ({ displays: [] as unknown[], primary: null as unknown }))
const blocker = vi.hoisted(() => ({ next: 1, started: new Set<number>() }))

vi.mock('electron', async () => {
  const fakes = await import('./fake-electron')
  const { EventEmitter } = await import('node:events')
  const screen = Object.assign(new EventEmitter(), {
    getAllDisplays: () => screenState.displays,
    getPrimaryDisplay: () => screenState.primary,
  })
  const powerSaveBlocker = {
    start: vi.fn<(type: string) => number>(() => {
      const id = blocker.next++
      blocker.started.add(id)
      return id
    }),
    stop: vi.fn((id: number) => blocker.started.delete(id)),
    isStarted: vi.fn((id: number) => blocker.started.has(id)),
  }
  return { BrowserWindow: fakes.FakeBrowserWindow, screen, powerSaveBlocker }
})

const laptop = screenDisplay(1, 'Ingebouwd scherm', rect(0, 0, 1920, 1080))
const beamer = screenDisplay(2, 'EPSON PJ', rect(1920, 0, 1280, 800))

beforeEach(() => {
  FakeBrowserWindow.reset()
  ;(screen as unknown as EventEmitter).removeAllListeners()
  screenState.primary = laptop
  screenState.displays = [laptop, beamer]
  blocker.started.clear()
  vi.mocked(powerSaveBlocker.start).mockClear()
  vi.mocked(powerSaveBlocker.stop).mockClear()
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  return () => {
    vi.useRealTimers()
    vi.unstubAllEnvs()
  }
})

describe('IdentifyWindows', () => {
  it('puts a small frameless always-on-top window in the middle of every display', () => {
    new IdentifyWindows().show([beamer, laptop])
    const windows = FakeBrowserWindow.instances
    expect(windows).toHaveLength(2)
    const [first, second] = windows
    expect(first?.loadURL).toHaveBeenCalledWith('app://dilemmas/identify.html?n=1')
    expect(second?.loadURL).toHaveBeenCalledWith('app://dilemmas/identify.html?n=2')
    expect(first?.options).toMatchObject({
      // 40% of the shorter side, at most 420 px, centred.
      x: 960 - 210,
      y: 540 - 210,
      width: 420,
      height: 420,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      focusable: false,
      show: false,
    })
    expect(second?.options).toMatchObject({ x: 1920 + 640 - 160, width: 320, height: 320 })
    // Above a fullscreen projector too.
    expect(first?.callsOf('setAlwaysOnTop')).toEqual([[true, 'screen-saver']])
    first?.emit('ready-to-show')
    expect(first?.methods()).toContain('showInactive')
    expect(first?.methods()).not.toContain('focus')
  })

  it('uses the dev server in development', () => {
    new IdentifyWindows('http://localhost:5173').show([laptop])
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith(
      'http://localhost:5173/identify.html?n=1',
    )
  })

  it('closes them after three seconds', () => {
    vi.useFakeTimers()
    new IdentifyWindows().show([laptop, beamer])
    vi.advanceTimersByTime(2999)
    expect(FakeBrowserWindow.instances.some((w) => w.destroyed)).toBe(false)
    vi.advanceTimersByTime(1)
    expect(FakeBrowserWindow.instances.every((w) => w.destroyed)).toBe(true)
  })

  it('a second request replaces the first windows and starts the three seconds again', () => {
    vi.useFakeTimers()
    const identify = new IdentifyWindows()
    identify.show([laptop])
    vi.advanceTimersByTime(2000)
    identify.show([laptop])
    const [old, current] = FakeBrowserWindow.instances
    expect(old?.destroyed).toBe(true)
    vi.advanceTimersByTime(2000)
    expect(current?.destroyed).toBe(false)
    vi.advanceTimersByTime(1000)
    expect(current?.destroyed).toBe(true)
  })

  it('loads no preload: the page calls nothing, and is locked down like the others', () => {
    new IdentifyWindows().show([laptop])
    const window = FakeBrowserWindow.instances[0]
    expect(window?.options.webPreferences).not.toHaveProperty('preload')
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    const navigate = fakeEvent()
    window?.webContents.emit('will-navigate', navigate)
    expect(navigate.preventDefault).toHaveBeenCalled()
  })
})

describe('KeepAwake', () => {
  it('starts one display-sleep blocker and stops it again', () => {
    const keep = new KeepAwake()
    keep.set(true)
    keep.set(true)
    expect(powerSaveBlocker.start).toHaveBeenCalledExactlyOnceWith('prevent-display-sleep')
    expect(keep.active).toBe(true)
    keep.set(false)
    keep.set(false)
    expect(powerSaveBlocker.stop).toHaveBeenCalledTimes(1)
    expect(keep.active).toBe(false)
  })

  it('starts a new blocker if the old one was ended by someone else', () => {
    const keep = new KeepAwake()
    keep.set(true)
    blocker.started.clear()
    keep.set(true)
    expect(powerSaveBlocker.start).toHaveBeenCalledTimes(2)
  })
})

describe('startDisplays', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dd-start-displays-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function setup() {
    const host = new SessionHost({ session: createSession(0), clock: { now: () => 1000 } })
    const windows = new WindowManager(mainTexts(), async () => undefined, vi.fn())
    const displays = await startDisplays({ host, windows, userDataDir: dir, now: () => 1000 })
    windows.open()
    return { host, windows, displays }
  }

  it('keeps the display awake while a phase runs, not before and not after the finish', async () => {
    const { host, displays } = await setup()
    expect(powerSaveBlocker.start).not.toHaveBeenCalled()
    const first = host.getSnapshot().session.phases[0]
    host.dispatch({ type: 'phase/go', id: first?.id ?? null })
    expect(powerSaveBlocker.start).toHaveBeenCalledExactlyOnceWith('prevent-display-sleep')
    host.dispatch({ type: 'phase/next' })
    expect(powerSaveBlocker.start).toHaveBeenCalledTimes(1)
    host.dispatch({ type: 'phase/finish' })
    expect(powerSaveBlocker.stop).toHaveBeenCalledTimes(1)
    displays.stop()
  })

  it('routes the display actions and remembers a choice in the data folder', async () => {
    screenState.displays = [laptop, beamer, screenDisplay(3, 'LG TV', rect(-1920, 0, 1920, 1080))]
    const { displays, windows } = await setup()
    expect(displays.actions.getDisplays().displays).toHaveLength(3)
    const list = displays.actions.chooseProjectorDisplay(3)
    expect(list.displays.find((d) => d.projector)?.label).toBe('LG TV')
    await vi.waitFor(async () => {
      const text = await readFile(join(dir, DISPLAY_SETTINGS_FILE), 'utf8')
      expect(JSON.parse(text)).toEqual({ version: 1, projectorDisplay: { id: 3, label: 'LG TV' } })
    })
    const presenter = windows.presenterWindow as unknown as FakeBrowserWindow
    expect(presenter.webContents.send).toHaveBeenCalledWith(CHANNELS.displays, list)
    displays.stop()
  })

  it('opens the projector on the remembered display the next time', async () => {
    const first = await setup()
    first.displays.actions.chooseProjectorDisplay(2)
    first.displays.stop()
    await vi.waitFor(() => readFile(join(dir, DISPLAY_SETTINGS_FILE), 'utf8'))
    FakeBrowserWindow.reset()
    screenState.displays = [laptop, screenDisplay(3, 'LG TV', rect(-1920, 0, 1920, 1080)), beamer]
    const second = await setup()
    FakeBrowserWindow.instances[1]?.emit('ready-to-show')
    expect(FakeBrowserWindow.instances[1]?.getBounds()).toEqual(beamer.bounds)
    expect(second.displays.actions.getDisplays().displays.find((d) => d.projector)?.id).toBe(2)
    second.displays.stop()
  })

  it('stop() lets go of the screen and the blocker', async () => {
    const { host, displays } = await setup()
    host.dispatch({ type: 'phase/go', id: host.getSnapshot().session.phases[0]?.id ?? null })
    displays.stop()
    expect((screen as unknown as EventEmitter).listenerCount('display-added')).toBe(0)
    expect(blocker.started.size).toBe(0)
  })
})
