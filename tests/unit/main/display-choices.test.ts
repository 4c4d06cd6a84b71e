import { beforeEach, describe, expect, it, vi } from 'vitest'
import { beamer, laptop, laptopWindow, start, tv } from './display-setup'
import { FakeBrowserWindow } from './fake-electron'
import { fakeScreen } from './fake-screen'

vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./fake-electron')
  const { fakeScreen } = await import('./fake-screen')
  return { BrowserWindow: FakeBrowserWindow, screen: fakeScreen }
})

const connected = (...displays: Parameters<typeof fakeScreen.connect>) =>
  fakeScreen.connect(...displays)

beforeEach(() => {
  FakeBrowserWindow.reset()
  fakeScreen.reset(laptop)
})

describe('the facilitator’s choices', () => {
  it('choosing a display moves the projector there and remembers it by id and label', () => {
    connected(laptop, beamer, tv)
    const { controller, projector, saved } = start()
    const list = controller.choose(tv.id)
    expect(projector.getBounds()).toEqual(tv.bounds)
    expect(projector.fullScreen).toBe(true)
    expect(saved).toEqual([{ version: 1, projectorDisplay: { id: 3, label: 'LG TV' } }])
    expect(list.displays.find((d) => d.projector)?.id).toBe(tv.id)
    // The same choice again is not written again.
    controller.choose(tv.id)
    expect(saved).toHaveLength(1)
  })

  it('an unknown display id changes nothing', () => {
    connected(laptop, beamer)
    const { controller, projector, saved } = start()
    controller.choose(12345)
    expect(projector.methods()).toEqual([])
    expect(saved).toEqual([])
  })

  it('single screen: fullscreen on request, and Esc in the projector brings the presenter back', () => {
    const { controller, projector, presenter } = start()
    expect(controller.fullscreenHere(true).coversPresenter).toBe(true)
    expect(projector.fullScreen).toBe(true)
    expect(projector.getBounds()).toEqual(laptop.bounds)
    // The projector takes the keyboard so that Esc reaches it.
    expect(projector.methods()).toContain('focus')
    projector.webContents.emit('before-input-event', {}, { type: 'keyUp', key: 'Escape' })
    expect(projector.fullScreen).toBe(true)
    projector.webContents.emit('before-input-event', {}, { type: 'keyDown', key: 'Escape' })
    expect(projector.fullScreen).toBe(false)
    expect(projector.getBounds()).toEqual(laptopWindow)
    expect(presenter.methods()).toContain('focus')
    expect(controller.list().coversPresenter).toBe(false)
  })

  it('"Beamer verkleinen" does the same from the presenter', () => {
    const { controller, projector } = start()
    controller.fullscreenHere(true)
    const list = controller.fullscreenHere(false)
    expect(list.coversPresenter).toBe(false)
    expect(list.projector).toBe('window')
    expect(projector.getBounds()).toEqual(laptopWindow)
  })

  it('Esc in the projector does nothing when it does not cover the presenter', () => {
    connected(laptop, beamer)
    const { projector } = start()
    projector.webContents.emit('before-input-event', {}, { type: 'keyDown', key: 'Escape' })
    expect(projector.methods()).toEqual([])
  })

  it('passes clicker keys pressed in the projector on to the presenter', () => {
    const { presenter, projector } = start()
    const event = { preventDefault: vi.fn() }
    projector.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'PageDown',
      shift: false,
    })
    projector.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'B',
      shift: true,
    })
    expect(presenter.webContents.sendInputEvent.mock.calls).toEqual([
      [{ type: 'keyDown', keyCode: 'PageDown', modifiers: [] }],
      [{ type: 'keyDown', keyCode: 'b', modifiers: ['shift'] }],
    ])
    expect(event.preventDefault).toHaveBeenCalledTimes(2)
    // Other keys, key releases and shortcuts with Ctrl stay where they are.
    projector.webContents.emit('before-input-event', event, { type: 'keyDown', key: 'x' })
    projector.webContents.emit('before-input-event', event, { type: 'keyUp', key: 'PageDown' })
    projector.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key: 'PageDown',
      control: true,
    })
    expect(presenter.webContents.sendInputEvent).toHaveBeenCalledTimes(2)
  })

  it('hiding a covering projector ends the covering; shown again it is a window', () => {
    const { controller, projector, manager } = start()
    controller.fullscreenHere(true)
    manager.showProjector()
    projector.emit('close', { preventDefault: vi.fn() })
    expect(controller.list().coversPresenter).toBe(false)
    manager.showProjector()
    expect(projector.fullScreen).toBe(false)
    expect(projector.getBounds()).toEqual(laptopWindow)
  })

  it('identify gets every connected display', () => {
    connected(laptop, beamer)
    const { controller, identified } = start()
    controller.identify()
    expect(identified).toHaveLength(1)
    expect(identified[0]?.map((d) => d.id)).toEqual([1, 2])
  })
})
