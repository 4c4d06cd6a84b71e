import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  BrowserWindow,
  MessageBoxReturnValue,
  OpenDialogReturnValue,
  SaveDialogReturnValue,
} from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type AppNotice } from '@contract'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { parseSessionFile } from '@core/session-file/session-file-format'
import { createMainSessionFileActions } from '../../../electron/main/session-file/session-file-actions'
import {
  askUnsavedSessionChanges,
  chooseSessionOpenPath,
  chooseSessionSavePath,
} from '../../../electron/main/session-file/session-file-dialogs'
import { mainTexts } from '../../../electron/main/texts'
import { fromRoot } from '../../support/paths'

const dialog = vi.hoisted(() => ({
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<OpenDialogReturnValue>>(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<SaveDialogReturnValue>>(),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<MessageBoxReturnValue>>(),
}))
const app = vi.hoisted(() => ({
  getVersion: vi.fn(() => '0.9.1'),
  getPath: vi.fn<(name: string) => string>(() => '/home/anna/Documenten'),
}))

vi.mock('electron', () => ({ dialog, app }))

const T0 = Date.UTC(2026, 10, 29, 12, 0)
const nl = mainTexts('nl')
const en = mainTexts('en')
const FIXTURE = fromRoot('tests/fixtures/session-v1.dilemmas')

function presenterStandIn() {
  const send = vi.fn<(channel: string, payload: unknown) => void>()
  return { window: { webContents: { send } } as unknown as BrowserWindow, send }
}

beforeEach(() => {
  dialog.showOpenDialog.mockReset()
  dialog.showSaveDialog.mockReset()
  dialog.showMessageBox.mockReset()
})

describe('the session-file dialogs', () => {
  const { window: parent } = presenterStandIn()

  it('opens .dilemmas files over the presenter, with a way to pick any file', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/s/a.dilemmas'] })
    expect(await chooseSessionOpenPath(parent, nl)).toBe('/s/a.dilemmas')
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(parent, {
      title: 'Sessie openen',
      properties: ['openFile'],
      filters: [
        { name: 'Dansende Dilemma’s sessie', extensions: ['dilemmas'] },
        { name: 'Alle bestanden', extensions: ['*'] },
      ],
    })
  })

  it('gives null when the open dialog is cancelled, and works without a window', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await chooseSessionOpenPath(null, en)).toBeNull()
    expect(dialog.showOpenDialog.mock.calls[0]).toEqual([
      expect.objectContaining({ title: 'Open a session' }),
    ])
  })

  it('saves with the suggested path and the .dilemmas filter', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/s/b.dilemmas' })
    expect(await chooseSessionSavePath(parent, nl, '/docs/2026-11-29 Sessie.dilemmas')).toBe(
      '/s/b.dilemmas',
    )
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(parent, {
      title: 'Sessie opslaan',
      defaultPath: '/docs/2026-11-29 Sessie.dilemmas',
      filters: [{ name: 'Dansende Dilemma’s sessie', extensions: ['dilemmas'] }],
    })
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await chooseSessionSavePath(parent, nl, 'x.dilemmas')).toBeNull()
  })

  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
    [7, 'cancel'],
  ] as const)('maps button %i of the unsaved-changes question to %s', async (response, answer) => {
    dialog.showMessageBox.mockResolvedValue({ response, checkboxChecked: false })
    expect(await askUnsavedSessionChanges(parent, nl)).toBe(answer)
  })

  it('asks Opslaan / Niet opslaan / Annuleren, with Esc cancelling', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 2, checkboxChecked: false })
    await askUnsavedSessionChanges(parent, nl)
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        type: 'question',
        title: 'Wijzigingen opslaan?',
        buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'],
        defaultId: 0,
        cancelId: 2,
      }),
    )
    await askUnsavedSessionChanges(null, en)
    expect(dialog.showMessageBox.mock.calls[1]).toEqual([
      expect.objectContaining({ buttons: ['Save', "Don't save", 'Cancel'] }),
    ])
  })
})

describe('createMainSessionFileActions', () => {
  let dir: string
  let host: SessionHost
  let presenter: ReturnType<typeof presenterStandIn>
  let notices: AppNotice[]
  let glue: ReturnType<typeof createMainSessionFileActions>
  const autosaveDir = () => join(dir, 'autosave')

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dd-file-glue-'))
    host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
    presenter = presenterStandIn()
    notices = []
    glue = createMainSessionFileActions({
      host,
      windows: { presenterWindow: presenter.window, notify: (notice) => notices.push(notice) },
      userDataDir: join(dir, 'data'),
      autosaveDir: autosaveDir(),
      texts: () => mainTexts(host.getSnapshot().session.locale),
      now: () => T0,
    })
    await glue.service.ready
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const fileStates = () =>
    presenter.send.mock.calls.filter(([channel]) => channel === CHANNELS.sessionFile)

  it('saves into the documents folder under the suggested name, with the app version', async () => {
    host.dispatch({ type: 'setup/edit', title: 'Team Zuid', date: '2026-12-03' })
    const path = join(dir, 'zuid.dilemmas')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path })
    expect(await glue.actions.saveSessionFile()).toEqual({ ok: true, name: 'zuid.dilemmas' })
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: join('/home/anna/Documenten', '2026-12-03 Team Zuid.dilemmas'),
    })
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ appVersion: '0.9.1' })
    expect(fileStates().at(-1)).toEqual([
      CHANNELS.sessionFile,
      {
        name: 'zuid.dilemmas',
        folder: dir,
        unsaved: false,
        recent: [{ name: 'zuid.dilemmas', folder: dir }],
      },
    ])
    expect(glue.actions.getSessionFile().name).toBe('zuid.dilemmas')
  })

  it('opens a double-clicked file and tells the presenter, migrated or not', async () => {
    const path = join(dir, 'oud.dilemmas')
    await copyFile(FIXTURE, path)
    await glue.openFromOs(path)
    expect(notices).toEqual([{ kind: 'session-file-opened', name: 'oud.dilemmas', migrated: true }])
    expect(host.getSnapshot().session.setup.team).toBe('Toezicht Zuid')
    expect(fileStates().at(-1)?.[1]).toMatchObject({ name: 'oud.dilemmas', unsaved: false })
  })

  it('refuses a damaged file with a notice and leaves it as it was', async () => {
    const path = join(dir, 'kapot.dilemmas')
    await writeFile(path, '{"format":"dansende-dilemmas/session"')
    const before = host.getSnapshot()
    await glue.openFromOs(path)
    expect(notices).toEqual([
      { kind: 'session-file-refused', name: 'kapot.dilemmas', problem: 'not-json' },
    ])
    expect(await readFile(path, 'utf8')).toBe('{"format":"dansende-dilemmas/session"')
    expect(host.getSnapshot().revision).toBe(before.revision)
  })

  it('opens a start file as start-up read it, without reading it again', async () => {
    const path = join(dir, 'al-gelezen.dilemmas')
    const session = { ...createSession(T0), locale: 'en' as const }
    await glue.openFromOs(path, { ok: true, session, migratedFrom: null })
    expect(notices).toEqual([
      { kind: 'session-file-opened', name: 'al-gelezen.dilemmas', migrated: false },
    ])
    expect(host.getSnapshot().session.locale).toBe('en')
  })

  it('refuses a start file that start-up found damaged, and the session stays', async () => {
    host.dispatch({ type: 'setup/edit', title: 'Onafgemaakt' })
    const path = join(dir, 'kapot.dilemmas')
    await glue.openFromOs(path, { ok: false, problem: 'not-json' })
    expect(notices).toEqual([
      { kind: 'session-file-refused', name: 'kapot.dilemmas', problem: 'not-json' },
    ])
    expect(host.getSnapshot().session.setup.title).toBe('Onafgemaakt')
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('says nothing when the facilitator cancels the unsaved-changes question', async () => {
    host.dispatch({ type: 'setup/edit', title: 'Bezig' })
    const path = join(dir, 'ander.dilemmas')
    await copyFile(FIXTURE, path)
    dialog.showMessageBox.mockResolvedValue({ response: 2, checkboxChecked: false })
    await glue.openFromOs(path)
    expect(notices).toEqual([])
    expect(host.getSnapshot().session.setup.title).toBe('Bezig')
  })

  it('keeps the replaced session in the autosave archive', async () => {
    host.dispatch({ type: 'setup/edit', title: 'Bezig' })
    await mkdir(autosaveDir(), { recursive: true })
    await writeFile(join(autosaveDir(), 'session.json'), '{"bewaard": true}')
    const path = join(dir, 'ander.dilemmas')
    await copyFile(FIXTURE, path)
    dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false })
    await glue.openFromOs(path)
    expect(notices[0]?.kind).toBe('session-file-opened')
    const archived = await readdir(join(autosaveDir(), 'archief'))
    expect(archived).toHaveLength(1)
    expect(await readFile(join(autosaveDir(), 'archief', archived[0] ?? ''), 'utf8')).toBe(
      '{"bewaard": true}',
    )
  })

  it('asks in English for an English session', async () => {
    const english = join(dir, 'en.dilemmas')
    const text = (await readFile(FIXTURE, 'utf8')).replace('"locale": "nl"', '"locale": "en"')
    await writeFile(english, text)
    await glue.openFromOs(english)
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await glue.actions.openSessionFile()).toEqual({ ok: false, reason: 'cancelled' })
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ title: 'Open a session' })
  })

  it('writes a file that opens again', async () => {
    const path = join(dir, 'terug.dilemmas')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path })
    await glue.actions.saveSessionFileAs()
    expect(parseSessionFile(await readFile(path))).toEqual({
      ok: true,
      session: host.getSnapshot().session,
      migratedFrom: null,
    })
  })
})
