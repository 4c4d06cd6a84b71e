import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMenuHarness, LOG_FOLDER, type MenuHarness } from './menu-harness'

const electron = await vi.hoisted(async () => (await import('./menu-electron')).fakeMenuElectron())
vi.mock('electron', () => electron)

let m: MenuHarness

beforeEach(() => {
  vi.clearAllMocks()
  m = createMenuHarness(electron)
})

afterEach(() => m.stop())

describe('menu items for the presenter page', () => {
  it('has the presenter open the recent file clicked, brought to the front', async () => {
    m.state.recent = ['2026-11-29 Team Zuid.dilemmas', 'Oefenen.dilemmas']
    m.start()
    await m.click('recent-1')
    expect(m.sentToPresenter()).toEqual([{ kind: 'open-recent', index: 1 }])
    expect(m.windows.focusPresenter).toHaveBeenCalled()
  })

  it('asks the presenter to open, save, show the printed matter, the report, the team overview and the shortcuts', async () => {
    m.start()
    const ids = [
      'open-file',
      'save-file',
      'save-file-as',
      'open-print',
      'open-report',
      'open-team',
      'shortcuts',
    ]
    for (const id of ids) {
      await m.click(id)
    }
    await m.click('shortcuts-help')
    expect(m.sentToPresenter()).toEqual([
      { kind: 'file', action: 'open' },
      { kind: 'file', action: 'save' },
      { kind: 'file', action: 'save-as' },
      { kind: 'section', section: 'print' },
      { kind: 'section', section: 'report' },
      { kind: 'section', section: 'team' },
      { kind: 'shortcuts' },
      { kind: 'shortcuts' },
    ])
  })
})

describe('menu items that ask first', () => {
  it('asks before a new session, and does nothing when cancelled', async () => {
    m.start()
    m.host.dispatch({ type: 'dilemma/add', title: 'Blijft' })
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    await m.click('new-session')
    expect(m.lastMessageBox()).toMatchObject({
      message: 'Nieuwe sessie beginnen?',
      buttons: ['Nieuwe sessie', 'Annuleren'],
      cancelId: 1,
    })
    expect(m.session().dilemmas).toHaveLength(1)
    await m.click('new-session')
    expect(m.session().dilemmas).toHaveLength(0)
    expect(m.sentToPresenter()).toEqual([{ kind: 'section', section: 'session' }])
  })

  it('makes the session a template for the next group after asking', async () => {
    m.start()
    m.host.dispatch({ type: 'setup/edit', title: 'Team Zuid' })
    m.host.dispatch({ type: 'participant/add-many', names: ['Anna'] })
    await m.click('template')
    expect(m.lastMessageBox()?.buttons).toEqual(['Als sjabloon gebruiken', 'Annuleren'])
    expect(m.session().setup.title).toBe('Team Zuid')
    expect(m.session().participants).toEqual([])
  })
})

describe('Help', () => {
  it('shows About with the version, the engine versions and no internet', async () => {
    m.start()
    await m.click('about')
    const box = m.lastMessageBox()
    expect(electron.dialog.showMessageBox.mock.lastCall?.[0]).toBe(m.presenter)
    expect(box?.message).toBe("Dansende Dilemma's")
    expect(box?.detail).toContain('Versie 0.1.0')
    expect(box?.detail).toContain(`Node ${process.versions.node}`)
    expect(box?.detail).toContain('Chromium')
    expect(box?.detail).toContain('Geen internetverbinding, geen telemetrie.')
  })

  it('shows About in English in an English session', async () => {
    m.start()
    m.host.dispatch({ type: 'setup/set-locale', locale: 'en' })
    await m.click('about')
    expect(m.lastMessageBox()?.detail).toContain('Version 0.1.0')
    expect(m.lastMessageBox()?.detail).toContain('No internet connection, no telemetry.')
  })

  it('opens the log folder, and says so when it cannot', async () => {
    m.start()
    await m.click('open-logs')
    expect(electron.shell.openPath).toHaveBeenCalledWith(LOG_FOLDER)
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
    electron.shell.openPath.mockResolvedValueOnce('Failed to open path')
    await m.click('open-logs')
    expect(m.lastMessageBox()).toMatchObject({
      message: 'De map met logbestanden kon niet worden geopend.',
      detail: LOG_FOLDER,
    })
  })

  it('logs a menu action that failed, without what it was about', async () => {
    m.start()
    electron.shell.openPath.mockRejectedValueOnce(new Error(`${LOG_FOLDER} is weg`))
    await m.click('open-logs')
    expect(m.state.logLines).toEqual(['menu-action-failed'])
  })

  it('has the macOS application menu and About panel there', () => {
    m.start('darwin')
    expect(m.shown()[0]?.label).toBe("Dansende Dilemma's")
    expect(m.shown()[0]?.submenu).toEqual(
      expect.arrayContaining([{ role: 'about', label: "Over Dansende Dilemma's" }]),
    )
    expect(electron.app.setAboutPanelOptions).toHaveBeenCalledWith(
      expect.objectContaining({ applicationVersion: '0.1.0' }),
    )
    m.host.dispatch({ type: 'setup/set-locale', locale: 'en' })
    expect(electron.app.setAboutPanelOptions).toHaveBeenLastCalledWith(
      expect.objectContaining({ credits: expect.stringContaining('No internet connection') }),
    )
  })
})
