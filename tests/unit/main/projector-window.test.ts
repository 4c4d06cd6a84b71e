import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  windowedProjectorBounds,
  type ProjectorPlacement,
} from '../../../electron/core/display/choose-display'
import { builtPaths } from '../../../electron/main/paths'
import {
  createProjectorWindow,
  projectorWindowOptions,
} from '../../../electron/main/windows/projector-window'
import { display, fakeEvent, FakeBrowserWindow, rect } from './fake-electron'

vi.mock('electron', async () => {
  const fakes = await import('./fake-electron')
  return { BrowserWindow: fakes.FakeBrowserWindow }
})

const laptop = display(1, 'Ingebouwd scherm', rect(0, 0, 1920, 1080))
const beamer = display(2, 'Beamer', rect(1920, -200, 1280, 720), 0)

const fullscreen: ProjectorPlacement = { kind: 'fullscreen', display: beamer }
const windowed: ProjectorPlacement = {
  kind: 'window',
  display: laptop,
  bounds: windowedProjectorBounds(laptop.workArea),
}

function open(placement: ProjectorPlacement): FakeBrowserWindow {
  const created = createProjectorWindow(placement, 'Projector')
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  expect(created).toBe(window as unknown)
  return window
}

beforeEach(() => {
  FakeBrowserWindow.reset()
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  return () => {
    vi.unstubAllEnvs()
  }
})

describe('projectorWindowOptions', () => {
  it.each([
    ['fullscreen', fullscreen],
    ['window', windowed],
  ] as const)(
    'gives a %s projector its preload and locked-down web preferences',
    (_kind, placement) => {
      const { show, title } = projectorWindowOptions(placement, 'Projector')
      const webPreferences = open(placement).options.webPreferences ?? {}
      expect(webPreferences.preload).toBe(builtPaths.preload('projector'))
      expect(webPreferences.sandbox).toBe(true)
      expect(webPreferences.contextIsolation).toBe(true)
      expect(webPreferences.nodeIntegration).toBe(false)
      expect(webPreferences.preload).toMatch(/preload[\\/]projector\.cjs$/)
      expect(show).toBe(false)
      expect(title).toBe('Projector')
    },
  )

  it('covers the display bounds for a fullscreen placement, framed for when it must shrink', () => {
    const options = projectorWindowOptions(fullscreen, 'Projector')
    expect(options.frame).toBe(true)
    expect(options).toMatchObject({ x: 1920, y: -200, width: 1280, height: 720 })
  })

  it('is an ordinary framed, resizable 16:9 window for a window placement', () => {
    const options = projectorWindowOptions(windowed, 'Projector')
    expect(options.frame).toBe(true)
    expect(options.resizable).toBe(true)
    expect(options).toMatchObject(windowed.bounds)
    expect(options.width / options.height).toBeCloseTo(16 / 9, 2)
    expect(options).toMatchObject({ minWidth: 320, minHeight: 180 })
  })
})

describe('createProjectorWindow', () => {
  it('passes the options through to the BrowserWindow, its preferences locked down on top', () => {
    for (const placement of [fullscreen, windowed]) {
      const { webPreferences, ...options } = projectorWindowOptions(placement, 'Projector')
      const made = open(placement).options
      expect(made).toMatchObject(options)
      expect(made.webPreferences).toMatchObject({ ...webPreferences, sandbox: true })
    }
  })

  it('loads the projector page from the app protocol, never from file://', () => {
    for (const placement of [fullscreen, windowed]) {
      const window = open(placement)
      expect(window.loadURL).toHaveBeenCalledTimes(1)
      expect(window.loadURL).toHaveBeenCalledWith('app://dilemmas/projector.html')
      expect(window.loadURL.mock.calls[0]?.[0]).not.toMatch(/^file:/)
    }
  })

  it('moves a fullscreen projector to its display before going fullscreen', () => {
    const window = open(fullscreen)
    expect(window.methods()).not.toContain('setFullScreen')
    window.emit('ready-to-show')
    const order = window.methods().filter((m) => m !== 'loadURL')
    expect(order).toEqual(['setBounds', 'setFullScreen', 'showInactive'])
    expect(window.callsOf('setBounds')).toEqual([[beamer.bounds]])
    expect(window.callsOf('setFullScreen')).toEqual([[true]])
  })

  it('keeps a windowed projector 16:9 and never makes it fullscreen', () => {
    const window = open(windowed)
    expect(window.callsOf('setAspectRatio')).toEqual([[16 / 9]])
    window.emit('ready-to-show')
    expect(window.methods()).not.toContain('setFullScreen')
    expect(window.methods()).not.toContain('setBounds')
    expect(window.methods()).toContain('showInactive')
  })

  it('shows itself without stealing focus from the presenter', () => {
    const window = open(fullscreen)
    window.emit('ready-to-show')
    expect(window.methods()).not.toContain('show')
    expect(window.methods()).not.toContain('focus')
  })

  it('hardens its web contents', () => {
    const { webContents } = open(windowed)
    const redirect = fakeEvent()
    webContents.emit('will-redirect', redirect)
    expect(redirect.preventDefault).toHaveBeenCalled()
    expect(webContents.windowOpenHandler?.({})).toEqual({ action: 'deny' })
  })
})
