import type { Display } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { builtPaths } from '../../../electron/main/paths'
import { createPresenterWindow } from '../../../electron/main/windows/presenter-window'
import { display, fakeEvent, FakeBrowserWindow, rect } from './fake-electron'

vi.mock('electron', async () => {
  const fakes = await import('./fake-electron')
  // Run from the sources, as under `npm run dev`: the dev server may be used.
  return { BrowserWindow: fakes.FakeBrowserWindow, app: { isPackaged: false } }
})

const laptop = display(1, 'Ingebouwd scherm', rect(0, 0, 1920, 1080))

function open(screen = laptop, title = 'Presentator'): FakeBrowserWindow {
  const created = createPresenterWindow(screen as unknown as Display, title)
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

describe('createPresenterWindow', () => {
  it('creates exactly one window with the locked-down web preferences', () => {
    const window = open()
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    const prefs = window.options.webPreferences
    expect(prefs?.preload).toBe(builtPaths.preload('presenter'))
    expect(prefs?.sandbox).toBe(true)
    expect(prefs?.contextIsolation).toBe(true)
    expect(prefs?.nodeIntegration).toBe(false)
    expect(prefs?.preload).toMatch(/preload[\\/]presenter\.cjs$/)
  })

  it('loads the presenter page from the app protocol, never from file://', () => {
    const window = open()
    expect(window.loadURL).toHaveBeenCalledTimes(1)
    expect(window.loadURL).toHaveBeenCalledWith('app://dilemmas/presenter.html')
    const url = window.loadURL.mock.calls[0]?.[0] ?? ''
    expect(url.startsWith('file:')).toBe(false)
  })

  it('loads from the dev server only when electron-vite set a localhost URL', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(open().loadURL).toHaveBeenCalledWith('http://localhost:5173/presenter.html')
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example')
    expect(open().loadURL).toHaveBeenCalledWith('app://dilemmas/presenter.html')
  })

  it('stays hidden until the page is ready to show', () => {
    const window = open()
    expect(window.options.show).toBe(false)
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.methods()).toContain('show')
    expect(window.visible).toBe(true)
  })

  it('takes the title and centres itself in the work area of the given display', () => {
    const window = open(display(1, 'Ingebouwd', rect(100, 50, 1920, 1080)), 'Titel')
    const { options } = window
    expect(options.title).toBe('Titel')
    expect(options.width).toBe(1440)
    expect(options.height).toBe(900)
    expect(options.x).toBe(100 + (1920 - 1440) / 2)
    expect(options.y).toBe(50 + Math.round((1040 - 900) / 2))
  })

  it('never grows beyond a small work area', () => {
    const window = open(display(1, 'Klein', rect(0, 0, 800, 600), 0))
    const { options } = window
    expect(options).toMatchObject({ x: 0, y: 0, width: 800, height: 600 })
    expect(options.minWidth).toBeLessThanOrEqual(800)
    expect(options.minHeight).toBeLessThanOrEqual(600)
  })

  it('hardens its web contents: no navigation, no new windows', () => {
    const { webContents } = open()
    const navigate = fakeEvent()
    webContents.emit('will-navigate', navigate, 'https://evil.example/')
    expect(navigate.preventDefault).toHaveBeenCalled()
    expect(webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    })
  })
})
