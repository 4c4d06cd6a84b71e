import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PendingReport } from '@node/report/report-folder-settings'
import { readJsonAs } from '@core/persistence/safe-json'
import { MAX_SETTINGS_BYTES } from '@node/persistence/settings-file'
import {
  REPORT_SETTINGS_FILE,
  reportFolderSettingsSchema,
} from '@node/report/report-folder-settings'
import { loadReportFolderStore } from '@node/report/report-folder-store'
import { listFolder } from './safe-write-faults'
import { bed, NOW, PDF, service, useReportTestBed } from './report-save-setup'

useReportTestBed()

const SECRET = 'geheime inhoud van een ander bestand'
const userData = () => join(bed.root, 'userData')
const good = (): PendingReport => ({ path: join(bed.fallback, PDF), name: PDF, format: 'pdf' })

/** Entries someone could have put in report-settings.json by hand. */
function hostileEntries(): PendingReport[] {
  const inFallback = join(bed.fallback, PDF)
  return [
    { path: inFallback, name: '../../ontsnapt.pdf', format: 'pdf' },
    { path: inFallback, name: '..', format: 'pdf' },
    { path: inFallback, name: '..\\..\\ontsnapt.pdf', format: 'pdf' },
    { path: inFallback, name: join(bed.root, 'ontsnapt.pdf'), format: 'pdf' },
    { path: inFallback, name: 'C:\\Windows\\ontsnapt.pdf', format: 'pdf' },
    { path: inFallback, name: 'NUL.pdf', format: 'pdf' },
    { path: join(bed.root, 'geheim.txt'), name: 'gestolen.pdf', format: 'pdf' },
    { path: join(bed.fallback, '..', '..', 'geheim.txt'), name: 'gestolen2.pdf', format: 'pdf' },
    { path: join(bed.fallback, 'sub', 'x.pdf'), name: 'sub.pdf', format: 'pdf' },
    { path: `${bed.fallback}-nep/x.pdf`, name: 'nep.pdf', format: 'pdf' },
    { path: 'geheim.txt', name: 'relatief.pdf', format: 'pdf' },
  ]
}

async function writeSettings(pending: PendingReport[]): Promise<void> {
  await mkdir(userData(), { recursive: true })
  const settings = { version: 1, folder: bed.shared, pending }
  await writeFile(join(userData(), REPORT_SETTINGS_FILE), JSON.stringify(settings))
}

async function placeFiles(): Promise<void> {
  await writeFile(join(bed.root, 'geheim.txt'), SECRET)
  await mkdir(join(bed.fallback, 'sub'), { recursive: true })
  await writeFile(join(bed.fallback, PDF), 'het verslag')
  await writeFile(join(bed.fallback, 'sub', 'x.pdf'), SECRET)
}

/** Nothing was copied out of place, and no secret reached the report folder. */
async function expectNothingFollowed(): Promise<void> {
  expect(await listFolder(bed.root)).not.toContain('ontsnapt.pdf')
  expect(await listFolder(join(bed.root, 'share'))).toEqual(['Verslagen'])
  for (const name of await listFolder(bed.shared)) {
    expect(await readFile(join(bed.shared, name), 'utf8')).not.toBe(SECRET)
  }
  expect(await readFile(join(bed.root, 'geheim.txt'), 'utf8')).toBe(SECRET)
}

describe('pending reports read back from the settings file', () => {
  it('forgets the entries that are not a plain name in our fallback folder, and rewrites the file', async () => {
    await writeSettings([good(), ...hostileEntries()])
    const store = await loadReportFolderStore(userData(), () => NOW, bed.fallback)
    expect(store.get()).toEqual({ version: 1, folder: bed.shared, pending: [good()] })
    expect(store.droppedPending).toBe(hostileEntries().length)
    expect(store.movedAside).toBeNull()
    const onDisk = await readFile(join(userData(), REPORT_SETTINGS_FILE), 'utf8')
    expect(readJsonAs(reportFolderSettingsSchema, onDisk, MAX_SETTINGS_BYTES)).toEqual(store.get())
  })

  it('copies only the trusted one on retry', async () => {
    await placeFiles()
    await writeSettings([...hostileEntries(), good()])
    bed.ports = {
      ...bed.ports,
      folderStore: await loadReportFolderStore(userData(), () => NOW, bed.fallback),
    }
    expect(await service().retryReport()).toMatchObject({ ok: true, files: [{ name: PDF }] })
    expect(await listFolder(bed.shared)).toEqual([PDF])
    await expectNothingFollowed()
  })

  it('never follows an untrusted entry, even in a list that was not checked on loading', async () => {
    await placeFiles()
    await bed.store.set({ ...bed.store.get(), pending: [...hostileEntries(), good()] })
    const reports = service()
    expect(await reports.retryReport()).toMatchObject({ ok: true, files: [{ name: PDF }] })
    expect(await listFolder(bed.shared)).toEqual([PDF])
    await expectNothingFollowed()
    expect(reports.getReportFolder().pending).toEqual([])
  })
})
