import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DisplayController } from '../../../electron/main/display/display-controller'
import { mainTexts } from '../../../electron/main/texts'
import { WindowManager } from '../../../electron/main/windows/window-manager'
import { beamer, laptop, laptopWindow, start, tv } from './display-setup'
import { FakeBrowserWindow, rect, screenDisplay } from './fake-electron'
import { fakeScreen } from './fake-screen'

vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./fake-electron')
  const { fakeScreen } = await import('./fake-screen')
  return { BrowserWindow: FakeBrowserWindow, screen: fakeScreen }
})

const connected = (...displays: Parameters<typeof fakeScreen.connect>) =>
  fakeScreen.connect(...displays)
const emitScreen = (event: string, ...args: unknown[]) => fakeScreen.emitScreen(event, ...args)

beforeEach(() => {
  FakeBrowserWindow.reset()
  fakeScreen.reset(laptop)
})

describe('opening', () => {
  it('single screen: the projector is a window beside the presenter, never fullscreen', () => {
    const { projector, controller } = start()
    expect(projector.fullScreen).toBe(false)
    expect(projector.getBounds()).toEqual(laptopWindow)
    expect(controller.list().projector).toBe('window')
    expect(controller.list().coversPresenter).toBe(false)
  })

  it('goes to the remembered display, found again by its label', () => {
    connected(laptop, beamer, { ...tv, id: 33 })
    const { projector, controller } = start({ id: 3, label: 'LG TV' })
    expect(projector.fullScreen).toBe(true)
    expect(projector.getBounds()).toEqual(tv.bounds)
    expect(controller.list().displays.find((d) => d.projector)?.label).toBe('LG TV')
  })

  it('remembered display missing: falls back to another display and says so', () => {
    connected(laptop, beamer)
    const { projector, controller } = start({ id: 9, label: 'Oude beamer' })
    expect(projector.getBounds()).toEqual(beamer.bounds)
    expect(projector.fullScreen).toBe(true)
    expect(controller.list().missingRemembered).toEqual({ label: 'Oude beamer' })
  })

  it('tells the presenter that the stored choice was reset', () => {
    expect(start(null, true).controller.list().settingsReset).toBe(true)
  })
})

describe('hot-plug', () => {
  it('a beamer connected later receives the projector: moved first, then fullscreen', () => {
    const { projector, presenter, pushed } = start()
    connected(laptop, beamer)
    emitScreen('display-added', beamer)
    expect(projector.methods()).toEqual([
      'setAspectRatio',
      'setBounds',
      'setFullScreen',
      'showInactive',
    ])
    expect(projector.callsOf('setAspectRatio')).toEqual([[0]])
    expect(projector.callsOf('setBounds')).toEqual([[beamer.bounds]])
    expect(projector.fullScreen).toBe(true)
    // The presenter is left as it is, and hears about the new display.
    expect(presenter.methods()).not.toContain('setBounds')
    const last = pushed().at(-1)
    expect(last?.displays.map((d) => [d.label, d.projector])).toEqual([
      ['Ingebouwd scherm', false],
      ['EPSON PJ', true],
    ])
  })

  it('the beamer unplugged: the projector becomes a normal 16:9 window on the laptop', () => {
    connected(laptop, beamer)
    const { projector, presenter, pushed, manager } = start()
    connected(laptop)
    emitScreen('display-removed', beamer)
    expect(projector.methods()).toEqual(['setFullScreen', 'setBounds', 'setAspectRatio'])
    expect(projector.fullScreen).toBe(false)
    expect(projector.getBounds()).toEqual(laptopWindow)
    expect(projector.callsOf('setAspectRatio')).toEqual([[16 / 9]])
    expect(projector.destroyed).toBe(false)
    expect(presenter.methods()).toEqual(['loadURL'])
    expect(manager.ids().projectorId).toBe(projector.webContents.id)
    expect(pushed().at(-1)?.projector).toBe('window')
  })

  it('plugged in again: back to the beamer, the same window (nothing reloaded)', () => {
    connected(laptop, beamer)
    const { projector } = start()
    connected(laptop)
    emitScreen('display-removed', beamer)
    connected(laptop, beamer)
    emitScreen('display-added', beamer)
    expect(FakeBrowserWindow.instances).toHaveLength(2)
    expect(projector.loadURL).toHaveBeenCalledTimes(1)
    expect(projector.fullScreen).toBe(true)
    expect(projector.getBounds()).toEqual(beamer.bounds)
  })

  it('re-fits when the beamer changes resolution', () => {
    connected(laptop, beamer)
    const { projector } = start()
    const xga = screenDisplay(2, 'EPSON PJ', rect(1920, 0, 1024, 768))
    connected(laptop, xga)
    emitScreen('display-metrics-changed', xga, ['bounds', 'workArea'])
    expect(projector.methods()).toEqual([
      'setFullScreen',
      'setAspectRatio',
      'setBounds',
      'setFullScreen',
    ])
    expect(projector.getBounds()).toEqual(xga.bounds)
    expect(projector.fullScreen).toBe(true)
  })

  it('waits for macOS to leave fullscreen before it moves the window', () => {
    connected(laptop, beamer)
    const { projector } = start()
    projector.leavesFullScreenLater = true
    connected(laptop)
    emitScreen('display-removed', beamer)
    expect(projector.methods()).toEqual(['setFullScreen'])
    projector.finishLeavingFullScreen()
    expect(projector.methods()).toEqual(['setFullScreen', 'setBounds', 'setAspectRatio'])
    expect(projector.getBounds()).toEqual(laptopWindow)
  })

  it('a hidden projector is left hidden, and placed right when it is shown again', () => {
    connected(laptop, beamer)
    const { projector, manager } = start()
    projector.hide()
    projector.calls.length = 0
    connected(laptop)
    emitScreen('display-removed', beamer)
    expect(projector.methods()).toEqual([])
    manager.showProjector()
    expect(projector.fullScreen).toBe(false)
    expect(projector.getBounds()).toEqual(laptopWindow)
    expect(projector.methods().at(-1)).toBe('showInactive')
  })

  it('stops listening when asked', () => {
    const manager = new WindowManager(mainTexts(), async () => undefined, vi.fn())
    const controller = new DisplayController({
      windows: manager,
      settings: { version: 1, projectorDisplay: null },
      settingsReset: false,
      save: vi.fn(),
      identify: vi.fn(),
    })
    const stop = controller.listen()
    expect(fakeScreen.listenerCount('display-added')).toBe(1)
    stop()
    for (const event of ['display-added', 'display-removed', 'display-metrics-changed']) {
      expect(fakeScreen.listenerCount(event)).toBe(0)
    }
  })
})
