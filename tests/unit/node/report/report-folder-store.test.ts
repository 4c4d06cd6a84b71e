import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_REPORT_FOLDER_SETTINGS,
  MAX_PENDING_REPORTS,
  REPORT_SETTINGS_FILE,
  reportFolderSettingsSchema,
  type PendingReport,
  type ReportFolderSettings,
} from '@node/report/report-folder-settings'
import { prettyJson, readJsonAs } from '@core/persistence/safe-json'
import { loadReportFolderStore } from '@node/report/report-folder-store'
import { MAX_SETTINGS_BYTES } from '@node/persistence/settings-file'

const parseReportFolderSettings = (text: string) =>
  readJsonAs(reportFolderSettingsSchema, text, MAX_SETTINGS_BYTES)

const NOW = Date.UTC(2025, 2, 14, 9, 30)
const FALLBACK = '/home/begeleider/Documenten/Verslagen'
const pending: PendingReport = {
  path: `${FALLBACK}/2025-03-14 Sessie.pdf`,
  name: '2025-03-14 Sessie.pdf',
  format: 'pdf',
}
const chosen: ReportFolderSettings = {
  version: 1,
  folder: '\\\\server\\team\\Verslagen',
  pending: [pending],
}

describe('the report settings file', () => {
  it('reads what was written', () => {
    expect(parseReportFolderSettings(prettyJson(chosen))).toEqual(chosen)
  })

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', '{"version":2,"folder":null,"pending":[]}'],
    ['an empty folder', '{"version":1,"folder":"","pending":[]}'],
    [
      'an unknown format',
      '{"version":1,"folder":null,"pending":[{"path":"/a","name":"a","format":"exe"}]}',
    ],
    ['an unknown field', '{"version":1,"folder":null,"pending":[],"__proto__":{"x":1}}'],
    [
      'too many pending',
      JSON.stringify({ ...chosen, pending: Array(MAX_PENDING_REPORTS + 1).fill(pending) }),
    ],
    ['null', 'null'],
  ])('refuses %s', (_label, text) => {
    expect(parseReportFolderSettings(text)).toBeNull()
  })
})

describe('loadReportFolderStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dd-report-settings-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const path = () => join(dir, REPORT_SETTINGS_FILE)

  it('starts without a folder and nothing pending', async () => {
    const store = await loadReportFolderStore(dir, () => NOW, FALLBACK)
    expect(store.get()).toEqual(DEFAULT_REPORT_FOLDER_SETTINGS)
    expect(store.movedAside).toBeNull()
  })

  it('remembers the folder and the pending reports across starts', async () => {
    const sub = join(dir, 'nog-niet-aangemaakt')
    const store = await loadReportFolderStore(sub, () => NOW, FALLBACK)
    const saving = store.set(chosen)
    // The choice counts at once, before it is on disk.
    expect(store.get()).toEqual(chosen)
    await saving
    expect((await loadReportFolderStore(sub, () => NOW, FALLBACK)).get()).toEqual(chosen)
    expect(await readdir(sub)).toEqual([REPORT_SETTINGS_FILE])
  })

  it('the last of quick successive saves wins', async () => {
    const store = await loadReportFolderStore(dir, () => NOW, FALLBACK)
    await Promise.all([
      store.set({ ...chosen, folder: 'X:\\een' }),
      store.set({ ...chosen, folder: 'X:\\twee' }),
    ])
    expect((await loadReportFolderStore(dir, () => NOW, FALLBACK)).get().folder).toBe('X:\\twee')
  })

  it('keeps only the newest pending reports', async () => {
    const store = await loadReportFolderStore(dir, () => NOW, FALLBACK)
    const many = Array.from({ length: MAX_PENDING_REPORTS + 5 }, (_, index) => ({
      ...pending,
      path: `/lokaal/${index}.pdf`,
    }))
    await store.set({ ...chosen, pending: many })
    expect(store.get().pending).toHaveLength(MAX_PENDING_REPORTS)
    expect(store.get().pending[0]?.path).toBe('/lokaal/5.pdf')
  })

  it('moves a damaged file aside, never deletes it, and starts afresh', async () => {
    await writeFile(path(), '{"version":1,"folder":')
    const store = await loadReportFolderStore(dir, () => NOW, FALLBACK)
    expect(store.get()).toEqual(DEFAULT_REPORT_FOLDER_SETTINGS)
    expect(store.movedAside).toBe(
      join(dir, 'report-settings.beschadigd-2025-03-14T09-30-00-000Z.json'),
    )
    expect(await readFile(store.movedAside ?? '', 'utf8')).toBe('{"version":1,"folder":')
    await store.set(chosen)
    expect((await loadReportFolderStore(dir, () => NOW, FALLBACK)).get()).toEqual(chosen)
  })

  it('leaves an unreadable settings file alone and does not write over it', async () => {
    await mkdir(path())
    const store = await loadReportFolderStore(dir, () => NOW, FALLBACK)
    expect(store.get()).toEqual(DEFAULT_REPORT_FOLDER_SETTINGS)
    await store.set(chosen)
    expect(store.get()).toEqual(chosen)
    expect(await readdir(path())).toEqual([])
  })
})
