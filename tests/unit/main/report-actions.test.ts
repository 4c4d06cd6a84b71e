import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow, OpenDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@contract'
import type { ReportProgress } from '@core/report/report-contract'
import { REPORT_SETTINGS_FILE } from '@node/report/report-folder-settings'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import {
  createMainReportActions,
  reportFallbackFolder,
} from '../../../electron/main/report/report-actions'
import { mainTexts } from '../../../electron/main/texts'
import { FakeWebContents } from './fake-electron'

const electron = vi.hoisted(() => ({
  documents: '' as string | null,
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<OpenDialogReturnValue>>(),
  openPath: vi.fn<(path: string) => Promise<string>>(async () => ''),
}))

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => {
      if (name !== 'documents' || electron.documents === null) throw new Error(`no ${name}`)
      return electron.documents
    },
  },
  dialog: { showOpenDialog: electron.showOpenDialog },
  shell: { openPath: electron.openPath },
}))

const printed = vi.hoisted(() => ({ html: [] as string[] }))
vi.mock('../../../electron/main/report/print-pdf', () => ({
  printHtmlToPdf: async (html: string) => {
    printed.html.push(html)
    return new TextEncoder().encode('%PDF-1.7')
  },
}))

const NOW = Date.UTC(2025, 2, 14, 11, 0)
const base = createSession(NOW)
const session = { ...base, setup: { ...base.setup, title: 'Teamsessie', date: '2025-03-14' } }

let root: string
let userData: string
let presenter: { webContents: FakeWebContents } | null

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-report-main-'))
  userData = join(root, 'userData')
  electron.documents = join(root, 'Documenten')
  electron.showOpenDialog.mockReset()
  electron.openPath.mockClear()
  printed.html.length = 0
  presenter = { webContents: new FakeWebContents(1) }
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function actions(locale: 'nl' | 'en' = 'nl') {
  return createMainReportActions({
    host: new SessionHost({ session, clock: { now: () => NOW } }),
    windows: { presenterWindow: presenter as unknown as BrowserWindow | null },
    userDataDir: userData,
    texts: () => mainTexts(locale),
    now: () => NOW,
  })
}

function choose(path: string | null): void {
  electron.showOpenDialog.mockResolvedValueOnce(
    path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
  )
}

describe('createMainReportActions', () => {
  it('asks for a folder over the presenter and remembers it in the data folder', async () => {
    const reports = await actions()
    const share = join(root, 'share')
    choose(share)
    expect(await reports.chooseReportFolder()).toMatchObject({ folder: share })
    const [parent, options] = electron.showOpenDialog.mock.calls[0] ?? []
    expect(parent).toBe(presenter)
    expect(options).toEqual({
      title: 'Map voor verslagen kiezen',
      buttonLabel: 'Deze map gebruiken',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    })
    expect(await readdir(userData)).toEqual([REPORT_SETTINGS_FILE])
    expect((await actions()).getReportFolder().folder).toBe(share)

    // The next dialog opens in the remembered folder; cancelling keeps it.
    choose(null)
    expect(await reports.chooseReportFolder()).toMatchObject({ folder: share })
    expect(electron.showOpenDialog.mock.calls[1]?.[1]).toMatchObject({ defaultPath: share })
  })

  it('speaks English when the session does, and works without a presenter window', async () => {
    presenter = null
    const reports = await actions('en')
    choose(null)
    await reports.chooseReportFolder()
    expect(electron.showOpenDialog.mock.calls[0]).toEqual([
      expect.objectContaining({
        title: 'Choose the folder for reports',
        buttonLabel: 'Use this folder',
      }),
    ])
  })

  it('keeps reports beside the documents, or in the data folder without documents', () => {
    expect(reportFallbackFolder(userData)).toBe(
      join(root, 'Documenten', "Dansende Dilemma's", 'Verslagen'),
    )
    electron.documents = null
    expect(reportFallbackFolder(userData)).toBe(join(userData, 'verslagen'))
  })

  it('prints the PDF from the report HTML and tells the presenter how far it is', async () => {
    const reports = await actions()
    const result = await reports.saveReport({ formats: ['pdf', 'md'] })
    const fallback = join(root, 'Documenten', "Dansende Dilemma's", 'Verslagen')
    expect(result).toMatchObject({
      ok: true,
      where: 'fallback',
      folder: fallback,
      reason: 'no-folder',
    })
    expect(await readdir(fallback)).toEqual([
      '2025-03-14 Teamsessie.md',
      '2025-03-14 Teamsessie.pdf',
    ])
    expect(await readFile(join(fallback, '2025-03-14 Teamsessie.pdf'), 'utf8')).toBe('%PDF-1.7')
    expect(printed.html).toEqual([await reports.previewReport()])
    const sent = presenter?.webContents.send.mock.calls ?? []
    expect(sent.every(([channel]) => channel === CHANNELS.reportProgress)).toBe(true)
    expect(sent.map(([, progress]) => (progress as ReportProgress).step)).toEqual([
      'building',
      'building',
      'fallback',
      'fallback',
      'done',
    ])
  })

  it('opens folders in the file manager', async () => {
    const reports = await actions()
    await reports.openReportFolder('fallback')
    expect(electron.openPath).toHaveBeenCalledWith(
      join(root, 'Documenten', "Dansende Dilemma's", 'Verslagen'),
    )
    await reports.openReportFolder('shared')
    expect(electron.openPath).toHaveBeenCalledTimes(1)
  })
})
