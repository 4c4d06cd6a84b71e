import { readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadReportFolderStore } from '@node/report/report-folder-store'
import { listFolder } from './safe-write-faults'
import {
  bed,
  DOCX,
  expectReports,
  fakeHtml,
  NOW,
  PDF,
  service,
  session,
  sharedFaults,
  steps,
  useReportTestBed,
} from './report-save-setup'

useReportTestBed()

describe('retryReport', () => {
  async function saveWhileShareIsGone() {
    const reports = service()
    sharedFaults({ step: 'create', times: 1, effect: { code: 'ENOENT' } })
    await reports.saveReport({ formats: ['pdf', 'docx'] })
    bed.progress.length = 0
    return reports
  }

  it('has nothing to do when nothing is pending', async () => {
    expect(await service().retryReport()).toEqual({ ok: false, reason: 'nothing-pending' })
  })

  it('copies pending reports once the folder is back, and keeps the local copies', async () => {
    const reports = await saveWhileShareIsGone()
    const result = await reports.retryReport()
    expect(result).toEqual({
      ok: true,
      where: 'shared',
      folder: bed.shared,
      files: [
        { format: 'pdf', name: PDF },
        { format: 'docx', name: DOCX },
      ],
    })
    await expectReports(bed.shared, { [PDF]: 'pdf', [DOCX]: 'docx' })
    await expectReports(bed.fallback, { [PDF]: 'pdf', [DOCX]: 'docx' })
    expect(reports.getReportFolder().pending).toEqual([])
    expect(steps()).toEqual([
      'writing:pdf',
      'verifying:pdf',
      'writing:docx',
      'verifying:docx',
      'done:-',
    ])
    expect(await reports.retryReport()).toEqual({ ok: false, reason: 'nothing-pending' })
  })

  it('numbers a copy whose name meanwhile exists in the report folder', async () => {
    const reports = await saveWhileShareIsGone()
    await writeFile(join(bed.shared, PDF), 'een collega was eerder')
    expect(await reports.retryReport()).toMatchObject({
      files: [{ name: '2025-03-14 Teamsessie (2).pdf' }, { name: DOCX }],
    })
    expect(await readFile(join(bed.shared, PDF), 'utf8')).toBe('een collega was eerder')
  })

  it('keeps reports pending while the folder still fails', async () => {
    const reports = await saveWhileShareIsGone()
    sharedFaults({ step: 'create', effect: { code: 'EROFS' } })
    expect(await reports.retryReport()).toEqual({
      ok: true,
      where: 'fallback',
      folder: bed.fallback,
      files: [
        { format: 'pdf', name: PDF },
        { format: 'docx', name: DOCX },
      ],
      reason: 'read-only',
    })
    expect(reports.getReportFolder().pending).toEqual([PDF, DOCX])
  })

  it('says so when there is still no folder', async () => {
    await bed.store.set({ ...bed.store.get(), folder: null })
    const reports = service()
    await reports.saveReport({ formats: ['md'] })
    expect(await reports.retryReport()).toMatchObject({ where: 'fallback', reason: 'no-folder' })
  })

  it('forgets a pending report whose file the facilitator removed', async () => {
    const reports = await saveWhileShareIsGone()
    await unlink(join(bed.fallback, PDF))
    expect(await reports.retryReport()).toMatchObject({ where: 'shared', files: [{ name: DOCX }] })
    expect(reports.getReportFolder().pending).toEqual([])
  })
})

describe('the folders', () => {
  it('previews the report as HTML', async () => {
    expect(await service().previewReport()).toBe(fakeHtml(session, NOW))
  })

  it('remembers a chosen folder, and keeps the old one when the dialog is cancelled', async () => {
    const reports = service({ chooseFolder: async () => join(bed.root, 'nieuw') })
    expect(await reports.chooseReportFolder()).toMatchObject({ folder: join(bed.root, 'nieuw') })
    expect(
      (await loadReportFolderStore(join(bed.root, 'userData'), () => NOW, bed.fallback)).get()
        .folder,
    ).toBe(join(bed.root, 'nieuw'))
    expect(await service().chooseReportFolder()).toMatchObject({ folder: join(bed.root, 'nieuw') })
  })

  it('opens the report folder, or the fallback folder (made when missing)', async () => {
    const reports = service()
    await reports.openReportFolder('shared')
    await reports.openReportFolder('fallback')
    expect(vi.mocked(bed.ports.openFolder).mock.calls).toEqual([[bed.shared], [bed.fallback]])
    expect(await listFolder(join(bed.fallback, '..'))).toEqual(['Verslagen'])
    await bed.store.set({ ...bed.store.get(), folder: null })
    await reports.openReportFolder('shared')
    expect(bed.ports.openFolder).toHaveBeenCalledTimes(2)
  })
})
