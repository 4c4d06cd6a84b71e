import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow } from './fake-electron'
import { createMenuHarness, T0, type MenuHarness } from './menu-harness'

const electron = await vi.hoisted(async () => (await import('./menu-electron')).fakeMenuElectron())
vi.mock('electron', () => electron)

let m: MenuHarness

beforeEach(() => {
  vi.clearAllMocks()
  m = createMenuHarness(electron)
})

afterEach(() => m.stop())

describe('the application menu', () => {
  it('is built at start, in Dutch, with a click handler on every item with an action', () => {
    m.start()
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    expect(m.shown().map((top) => top.label)).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Sessie',
      'Help',
    ])
    expect(m.item('undo').click).toBeTypeOf('function')
    const roles = m.all().filter((entry) => entry.role)
    expect(roles.length).toBeGreaterThan(5)
    for (const entry of roles) expect(entry.click).toBeUndefined()
    expect(m.item('black')).toMatchObject({ accelerator: 'B', registerAccelerator: false })
  })

  it('undoes and redoes in main, and rebuilds so the items follow the history', async () => {
    m.start()
    expect(m.item('undo').enabled).toBe(false)
    m.host.dispatch({ type: 'dilemma/add', title: 'Eerste' })
    expect(m.item('undo').enabled).toBe(true)
    await m.click('undo')
    expect(m.session().dilemmas).toEqual([])
    expect(m.item('redo').enabled).toBe(true)
    await m.click('redo')
    expect(m.session().dilemmas.map((d) => d.title)).toEqual(['Eerste'])
  })

  it('rebuilds only when something it shows has changed', () => {
    m.start()
    m.host.dispatch({ type: 'setup/edit', title: 'Een' })
    const builds = m.builds()
    m.host.dispatch({ type: 'setup/edit', title: 'Twee' })
    m.host.dispatch({ type: 'participant/add-many', names: ['Anna'] })
    expect(m.builds()).toBe(builds)
  })

  it('controls the beamer: black, pause, text size and contrast', async () => {
    m.start()
    await m.click('black')
    expect(m.session().projector.blackout).toBe('black')
    expect(m.item('black').checked).toBe(true)
    await m.click('pause-screen')
    expect(m.session().projector.blackout).toBe('pause')
    await m.click('font-larger')
    await m.click('font-larger')
    expect(m.session().projector.fontScale).toBe(1.2)
    await m.click('font-smaller')
    expect(m.session().projector.fontScale).toBe(1.1)
    await m.click('high-contrast')
    expect(m.session().projector.theme).toBe('high-contrast')
    expect(m.item('high-contrast').checked).toBe(true)
  })

  it('switches the language, and with it the whole menu to English', async () => {
    m.start()
    await m.click('locale-en')
    expect(m.session().locale).toBe('en')
    expect(m.shown().map((top) => top.label)).toEqual(['File', 'Edit', 'View', 'Session', 'Help'])
    expect(m.item('locale-en').checked).toBe(true)
    expect(m.item('about').label).toBe("About Dansende Dilemma's")
  })

  it('follows a language change made in the presenter window too', () => {
    m.start()
    m.host.dispatch({ type: 'setup/set-locale', locale: 'en' })
    expect(m.item('undo').label).toBe('Undo')
  })

  it('steps through the programme, starts presenting and works the timer and the break', async () => {
    m.start()
    const phases = m.session().phases
    await m.click('start')
    expect(m.session().currentPhaseId).toBe(phases[0]?.id)
    expect(m.windows.showProjector).toHaveBeenCalledTimes(1)
    await m.click('next')
    expect(m.session().currentPhaseId).toBe(phases[1]?.id)
    await m.click('previous')
    expect(m.session().currentPhaseId).toBe(phases[0]?.id)
    expect(m.session().timers.phase.startedAt).not.toBeNull()
    await m.click('timer')
    expect(m.session().timers.phase.startedAt).toBeNull()
    await m.click('break')
    expect(m.session().timers.breakEndsAt).toBe(T0 + 15 * 60_000)
    expect(m.item('break').checked).toBe(true)
    await m.click('break')
    expect(m.session().timers.breakEndsAt).toBeNull()
  })

  it('lists the recent files, and a changed list after a refresh', () => {
    m.state.recent = ['2026-11-29 Team Zuid.dilemmas']
    m.start()
    expect(m.item('recent-0').label).toBe('2026-11-29 Team Zuid.dilemmas')
    m.state.recent = []
    m.refresh()
    expect(m.item('no-recent').enabled).toBe(false)
  })

  it('shows, places and identifies the projector', async () => {
    m.start()
    await m.click('show-projector')
    expect(m.windows.showProjector).toHaveBeenCalledTimes(1)
    expect(m.item('projector-fullscreen-here').label).toBe('Beamer schermvullend op dit scherm')
    await m.click('projector-fullscreen-here')
    expect(m.displayActions.setProjectorFullscreenHere).toHaveBeenLastCalledWith(true)
    expect(m.item('projector-fullscreen-here').label).toBe('Beamer verkleinen')
    await m.click('projector-fullscreen-here')
    expect(m.displayActions.setProjectorFullscreenHere).toHaveBeenLastCalledWith(false)
    await m.click('identify-displays')
    expect(m.displayActions.identifyDisplays).toHaveBeenCalledTimes(1)
  })

  it('rebuilds when the projector window is shown or hidden', () => {
    m.start()
    const projector = new FakeBrowserWindow({})
    electron.app.emit('browser-window-created', {}, projector)
    m.state.displays = { ...m.state.displays, coversPresenter: true }
    projector.emit('show')
    expect(m.item('projector-fullscreen-here').label).toBe('Beamer verkleinen')
  })

  it('stops following the session when stopped', () => {
    m.start()
    m.stop()
    const builds = m.builds()
    m.host.dispatch({ type: 'setup/set-locale', locale: 'en' })
    expect(m.builds()).toBe(builds)
    expect(electron.app.listenerCount('browser-window-created')).toBe(0)
  })
})
