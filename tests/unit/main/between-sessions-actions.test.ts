import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow, OpenDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { parseSessionFile, serialiseSessionFile } from '@core/session-file/session-file-format'
import { createBetweenSessionsActions } from '../../../electron/main/between-sessions/between-sessions-actions'
import {
  createMainReportActions,
  loadReportFolder,
} from '../../../electron/main/report/report-actions'
import { mainTexts } from '../../../electron/main/texts'

const electron = vi.hoisted(() => ({
  documents: '',
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<OpenDialogReturnValue>>(),
}))

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => {
      if (name !== 'documents') throw new Error(`no ${name}`)
      return electron.documents
    },
    getVersion: () => '9.9.9',
  },
  dialog: { showOpenDialog: electron.showOpenDialog },
  shell: { openPath: async () => '' },
}))

const printed = vi.hoisted(() => ({ html: [] as string[], options: [] as unknown[] }))
vi.mock('../../../electron/main/report/print-pdf', () => ({
  PRINTED_MATTER_OPTIONS: { margins: 'printed matter' },
  printHtmlToPdf: async (html: string, _timeout: number | undefined, options: unknown) => {
    printed.html.push(html)
    printed.options.push(options)
    return new TextEncoder().encode('%PDF-1.7')
  },
}))

const NOW = Date.UTC(2026, 11, 4, 15, 0)
const base = createSession(NOW)
const session = {
  ...base,
  setup: { ...base.setup, title: 'Team Zuid', date: '2026-12-04', team: 'Zuid' },
  harvest: {
    ...base.harvest,
    followUps: [{ id: 'f40', what: 'Werkinstructie nalopen', who: 'teamleider', due: '' }],
  },
}
const PLAN = { date: '2027-01-07', startTime: '09:30', location: 'Zaal 3', includeOwners: false }

let root: string
const presenter = { webContents: {} } as unknown as BrowserWindow

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-between-main-'))
  electron.documents = join(root, 'Documenten')
  electron.showOpenDialog.mockReset()
  printed.html.length = 0
  printed.options.length = 0
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function setUp() {
  const host = new SessionHost({ session, clock: { now: () => NOW } })
  const common = {
    host,
    windows: { presenterWindow: presenter },
    userDataDir: join(root, 'userData'),
    texts: () => mainTexts('nl'),
    now: () => NOW,
  }
  const folder = await loadReportFolder(common.userDataDir, common.now)
  return {
    report: await createMainReportActions(common, folder),
    between: createBetweenSessionsActions({ ...common, folder }),
  }
}

function choose(path: string): void {
  electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
}

describe('createBetweenSessionsActions', () => {
  it('puts the follow-up session beside the report, in the folder the report follows', async () => {
    const { report, between } = await setUp()
    const share = join(root, 'share')
    await mkdir(share)
    choose(share)
    await report.chooseReportFolder()

    const result = await between.saveFollowUpSession(PLAN)
    expect(result).toMatchObject({ ok: true, where: 'shared', folder: share })
    const names = (await readdir(share)).sort()
    expect(names).toEqual([
      '2027-01-07 Vervolgsessie - Team Zuid.dilemmas',
      '2027-01-07 Vervolgsessie - Team Zuid.ics',
    ])
    const opened = parseSessionFile(await readFile(join(share, names[0] ?? ''), 'utf8'))
    expect(opened.ok && opened.session.lookBack.followUps).toEqual([
      { id: 'f40', what: 'Werkinstructie nalopen', who: 'teamleider', due: '', state: 'open' },
    ])
    expect(await readFile(join(share, names[1] ?? ''), 'utf8')).toContain('BEGIN:VEVENT')
  })

  it('asks for the team folder to read it only, over the presenter, in the session’s words', async () => {
    const { between } = await setUp()
    const team = join(root, 'Team Zuid')
    await mkdir(team)
    await writeFile(join(team, 'eerste.dilemmas'), serialiseSessionFile(session, NOW, '9.9.9'))
    choose(team)
    const result = await between.chooseTeamFolder()
    expect(result.ok && result.overview.sessions).toHaveLength(1)
    const [parent, options] = electron.showOpenDialog.mock.calls[0] ?? []
    expect(parent).toBe(presenter)
    // No "new folder" button: nothing is ever made or written in the team's folder.
    expect(options).toEqual({
      title: 'Map met de sessiebestanden van het team kiezen',
      buttonLabel: 'Deze map lezen',
      properties: ['openDirectory', 'dontAddToRecent'],
    })
    expect(await readdir(team)).toEqual(['eerste.dilemmas'])
  })

  it('prints the team summary’s PDF from its HTML, beside the report', async () => {
    const { between } = await setUp()
    const team = join(root, 'Team Zuid')
    await mkdir(team)
    await writeFile(join(team, 'eerste.dilemmas'), serialiseSessionFile(session, NOW, '9.9.9'))
    choose(team)
    await between.chooseTeamFolder()
    const saved = await between.saveTeamSummary({ formats: ['pdf', 'html'] })
    const fallback = join(root, 'Documenten', "Dansende Dilemma's", 'Verslagen')
    expect(saved).toMatchObject({ ok: true, where: 'fallback', folder: fallback })
    expect(printed.html).toHaveLength(1)
    expect(printed.html[0]).toContain('Team Zuid')
    // Its own page margins, as printed matter has: the report's would give it a second page.
    expect(printed.options).toEqual([{ margins: 'printed matter' }])
    expect((await readdir(fallback)).sort()).toEqual([
      '2026-12-04 Teamoverzicht - Team Zuid.html',
      '2026-12-04 Teamoverzicht - Team Zuid.pdf',
    ])
  })
})
