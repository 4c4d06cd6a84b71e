import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadReportFolderStore, type ReportFolderStore } from '@node/report/report-folder-store'
import { createTeamService, type TeamServicePorts } from '@node/team/team-service'
import { FaultyFiles, listFolder } from '../node/report/safe-write-faults'
import { FACILITATOR, TEAM_NAMES, TYPED_EMAIL, writeTeamFolder } from '../../support/team-folder'

const NOW = Date.UTC(2026, 2, 14, 11, 0)
const PDF_BYTES = new TextEncoder().encode('%PDF teamoverzicht')
const BASE = '2026-03-14 Teamoverzicht - Team Zuid'

let root = ''
let team = ''
let shared = ''
let fallback = ''
let store: ReportFolderStore
let faulty: FaultyFiles

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-team-service-'))
  team = join(root, 'share', 'Team Zuid')
  shared = join(root, 'share', 'Verslagen')
  fallback = join(root, 'Documenten', 'Verslagen')
  await mkdir(team, { recursive: true })
  await mkdir(shared, { recursive: true })
  await writeTeamFolder(team, 6)
  store = await loadReportFolderStore(join(root, 'userData'), () => NOW, fallback)
  await store.set({ ...store.get(), folder: shared })
  faulty = new FaultyFiles()
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function service(overrides: Partial<TeamServicePorts> = {}) {
  return createTeamService({
    chooseFolder: vi.fn(async () => team),
    now: () => NOW,
    locale: () => 'nl',
    printPdf: vi.fn(async () => PDF_BYTES),
    folderStore: store,
    fallbackFolder: fallback,
    files: faulty.ops(),
    retry: { attempts: 2, delayMs: 1 },
    ...overrides,
  })
}

describe('team service', () => {
  it('shows the chosen folder over time, named by the folder and never by its path', async () => {
    const result = await service().chooseTeamFolder()
    if (!result.ok) throw new Error(`not read: ${result.reason}`)
    expect(result.overview.folderName).toBe('Team Zuid')
    expect(result.overview.sessions).toHaveLength(6)
    expect(result.overview.skipped).toHaveLength(5)
    expect(JSON.stringify(result.overview)).not.toContain(root)
  })

  it('does nothing when the facilitator cancels the choice', async () => {
    const team = service({ chooseFolder: async () => null })
    expect(await team.chooseTeamFolder()).toEqual({ ok: false, reason: 'cancelled' })
    expect(await team.saveTeamSummary({ formats: ['md'] })).toEqual({
      ok: false,
      reason: 'no-overview',
    })
  })

  it('says the folder cannot be read when it is gone', async () => {
    const team = service({ chooseFolder: async () => join(root, 'weg') })
    expect(await team.chooseTeamFolder()).toEqual({ ok: false, reason: 'unreadable' })
  })

  it('saves nothing before an overview was read', async () => {
    expect(await service().saveTeamSummary({ formats: ['pdf'] })).toEqual({
      ok: false,
      reason: 'no-overview',
    })
    expect(await listFolder(shared)).toEqual([])
  })

  it('saves the summary to the report folder in every format asked for', async () => {
    const printPdf = vi.fn(async () => PDF_BYTES)
    const team = service({ printPdf })
    await team.chooseTeamFolder()
    const result = await team.saveTeamSummary({ formats: ['pdf', 'html', 'md'] })
    expect(result).toEqual({
      ok: true,
      where: 'shared',
      folder: shared,
      files: [
        { format: 'pdf', name: `${BASE}.pdf` },
        { format: 'html', name: `${BASE}.html` },
        { format: 'md', name: `${BASE}.md` },
      ],
    })
    expect(await listFolder(shared)).toEqual([`${BASE}.html`, `${BASE}.md`, `${BASE}.pdf`])
    const html = await readFile(join(shared, `${BASE}.html`), 'utf8')
    expect(printPdf).toHaveBeenCalledWith(html)
    const markdown = await readFile(join(shared, `${BASE}.md`), 'utf8')
    for (const text of [html, markdown]) {
      expect(text).toContain('Team Zuid')
      for (const name of [...TEAM_NAMES, FACILITATOR, TYPED_EMAIL]) expect(text).not.toContain(name)
    }
  })

  it('saves to the fallback folder when the report folder does not take it', async () => {
    faulty.add({ step: 'create', under: shared, effect: { code: 'EACCES' } })
    const team = service()
    await team.chooseTeamFolder()
    const result = await team.saveTeamSummary({ formats: ['md'] })
    expect(result).toMatchObject({
      ok: true,
      where: 'fallback',
      folder: fallback,
      files: [{ format: 'md', name: `${BASE}.md` }],
    })
    expect(await listFolder(fallback)).toEqual([`${BASE}.md`])
    expect(store.get().pending.map((p) => p.name)).toEqual([`${BASE}.md`])
  })

  it('writes the summary in the session’s language', async () => {
    const team = service({ locale: () => 'en' })
    await team.chooseTeamFolder()
    const result = await team.saveTeamSummary({ formats: ['md'] })
    expect(result).toMatchObject({ files: [{ name: '2026-03-14 Team overview - Team Zuid.md' }] })
  })

  it('says the summary could not be built when printing fails', async () => {
    const team = service({ printPdf: async () => Promise.reject(new Error('no printer')) })
    await team.chooseTeamFolder()
    expect(await team.saveTeamSummary({ formats: ['pdf'] })).toEqual({
      ok: false,
      reason: 'build-failed',
    })
  })
})
