import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_WRITE_TIMEOUT_MS } from '@node/report/safe-write'
import { createReportService } from '@node/report/report-service'
import { isTempName, listFolder, type Fault } from './safe-write-faults'
import {
  bed,
  DOCX,
  expectReports,
  fakeHtml,
  MD,
  NOW,
  PDF,
  service,
  session,
  sharedFaults,
  steps,
  useReportTestBed,
} from './report-save-setup'

useReportTestBed()

describe('saveReport', () => {
  it('writes every format to the report folder in one go', async () => {
    const result = await service().saveReport({ formats: ['pdf', 'docx'] })
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
    expect(bed.ports.printPdf).toHaveBeenCalledWith(fakeHtml(session, NOW))
    expect(steps()).toEqual([
      'building:pdf',
      'building:docx',
      'writing:pdf',
      'verifying:pdf',
      'writing:docx',
      'verifying:docx',
      'done:-',
    ])
    expect(bed.progress.at(-1)).toEqual({ step: 'done', format: null, done: 2, total: 2 })
    expect(bed.store.get().pending).toEqual([])
  })

  it('never overwrites: a second save gets " (2)"', async () => {
    const reports = service()
    await reports.saveReport({ formats: ['pdf'] })
    const second = await reports.saveReport({ formats: ['pdf'] })
    expect(second).toMatchObject({ ok: true, files: [{ name: '2025-03-14 Teamsessie (2).pdf' }] })
    await expectReports(bed.shared, { [PDF]: 'pdf', '2025-03-14 Teamsessie (2).pdf': 'pdf' })
  })

  it('goes to the fallback folder when no report folder was chosen', async () => {
    await bed.store.set({ ...bed.store.get(), folder: null })
    const result = await service().saveReport({ formats: ['pdf', 'md'] })
    expect(result).toEqual({
      ok: true,
      where: 'fallback',
      folder: bed.fallback,
      files: [
        { format: 'pdf', name: PDF },
        { format: 'md', name: MD },
      ],
      reason: 'no-folder',
    })
    await expectReports(bed.fallback, { [PDF]: 'pdf', [MD]: 'md' })
    expect(service().getReportFolder()).toEqual({
      folder: null,
      fallbackFolder: bed.fallback,
      pending: [PDF, MD],
    })
  })

  it.each<[string, Omit<Fault, 'under'>, string]>([
    ['a share that is gone', { step: 'create', effect: { code: 'ENOENT' } }, 'unreachable'],
    [
      'a server that does not answer',
      { step: 'create', effect: { code: 'EHOSTUNREACH' } },
      'unreachable',
    ],
    ['no rights', { step: 'create', effect: { code: 'EACCES' } }, 'no-permission'],
    ['a lasting EPERM', { step: 'create', effect: { code: 'EPERM' } }, 'no-permission'],
    ['a read-only share', { step: 'create', effect: { code: 'EROFS' } }, 'read-only'],
    ['a full share', { step: 'write', effect: { code: 'ENOSPC' } }, 'disk-full'],
    ['a file held open', { step: 'link', effect: { code: 'EBUSY' } }, 'busy'],
    ['a failing rename', { step: 'rename', effect: { code: 'EIO' } }, 'unknown'],
    ['a read-back that differs', { step: 'readFile', effect: { corrupt: true } }, 'verify-failed'],
  ])('saves to the fallback folder on %s, and says why', async (_label, fault, reason) => {
    // A drive without links renames instead; the rename fault needs that path.
    if (fault.step === 'rename') sharedFaults({ step: 'link', effect: { code: 'ENOTSUP' } })
    sharedFaults(fault)
    const result = await service().saveReport({ formats: ['pdf', 'docx'] })
    expect(result).toMatchObject({ ok: true, where: 'fallback', folder: bed.fallback, reason })
    await expectReports(bed.fallback, { [PDF]: 'pdf', [DOCX]: 'docx' })
    await expectReports(bed.shared, {})
    expect(bed.store.get().pending).toEqual([
      { path: join(bed.fallback, PDF), name: PDF, format: 'pdf' },
      { path: join(bed.fallback, DOCX), name: DOCX, format: 'docx' },
    ])
    expect(steps()).toContain('fallback:pdf')
  })

  it('rides out a transient EPERM and saves to the report folder', async () => {
    sharedFaults({ step: 'create', times: 2, effect: { code: 'EPERM' } })
    const result = await service().saveReport({ formats: ['pdf'] })
    expect(result).toMatchObject({ ok: true, where: 'shared' })
    await expectReports(bed.shared, { [PDF]: 'pdf' })
  })

  it('keeps what reached the report folder and sends only the rest to the fallback', async () => {
    // The first file fits; the share is full from the second one on.
    sharedFaults({ step: 'create', skip: 1, effect: { code: 'ENOSPC' } })
    const result = await service().saveReport({ formats: ['pdf', 'docx', 'md'] })
    expect(result).toEqual({
      ok: true,
      where: 'fallback',
      folder: bed.fallback,
      files: [
        { format: 'docx', name: DOCX },
        { format: 'md', name: MD },
      ],
      reason: 'disk-full',
    })
    await expectReports(bed.shared, { [PDF]: 'pdf' })
    await expectReports(bed.fallback, { [DOCX]: 'docx', [MD]: 'md' })
    // The full share is not tried again for the last file.
    const sharedCreates = bed.faulty.calls.filter(
      (call) => call.step === 'create' && call.path.startsWith(bed.shared),
    )
    expect(sharedCreates).toHaveLength(2)
  })

  it('waits for slow writes and shows their progress', async () => {
    sharedFaults(
      { step: 'write', effect: { delayMs: 30 } },
      { step: 'link', effect: { delayMs: 30 } },
    )
    const result = await service().saveReport({ formats: ['pdf', 'docx'] })
    expect(result).toMatchObject({ ok: true, where: 'shared' })
    expect(steps()).toEqual(expect.arrayContaining(['writing:docx', 'verifying:docx', 'done:-']))
  })

  it('gives up on a share that hangs after five seconds, and saves locally', async () => {
    vi.useFakeTimers()
    sharedFaults({ step: 'write', effect: { hang: true } })
    const hanging = bed.faulty.hangStarted()
    const result = service().saveReport({ formats: ['pdf', 'docx'] })
    await hanging
    await vi.advanceTimersByTimeAsync(DEFAULT_WRITE_TIMEOUT_MS)
    vi.useRealTimers()
    expect(await result).toMatchObject({ ok: true, where: 'fallback', reason: 'timeout' })
    await expectReports(bed.fallback, { [PDF]: 'pdf', [DOCX]: 'docx' })
    // The abandoned write, once the share answers, cleans up and takes no name.
    bed.faulty.releaseHeld()
    await vi.waitFor(async () => expect(await listFolder(bed.shared)).toEqual([]))
  })

  it('says nothing could be saved when the fallback folder fails too', async () => {
    sharedFaults({ step: 'create', effect: { code: 'ENOENT' } })
    bed.faulty.add({ step: 'create', under: bed.fallback, effect: { code: 'ENOSPC' } })
    const result = await service().saveReport({ formats: ['pdf', 'docx'] })
    expect(result).toEqual({ ok: false, reason: 'write-failed', detail: 'disk-full' })
    expect(bed.store.get().pending).toEqual([])
    expect((await listFolder(bed.fallback)).filter(isTempName)).toEqual([])
  })

  it('saves the formats that could be built', async () => {
    const result = await service({
      printPdf: async () => Promise.reject(new Error('print failed')),
    }).saveReport({ formats: ['pdf', 'md'] })
    expect(result).toMatchObject({ ok: true, where: 'shared', files: [{ format: 'md', name: MD }] })
    expect(
      await service({
        render: async () => Promise.reject(new Error('render failed')),
      }).saveReport({ formats: ['md'] }),
    ).toEqual({ ok: false, reason: 'build-failed' })
  })

  it('builds the real HTML and Markdown by default', async () => {
    const reports = createReportService({ ...bed.ports, render: undefined, html: undefined })
    expect(await reports.saveReport({ formats: ['html', 'md'] })).toMatchObject({ where: 'shared' })
    expect(await readFile(join(bed.shared, '2025-03-14 Teamsessie.html'), 'utf8')).toMatch(
      /^<!doctype html>/i,
    )
    expect(await readFile(join(bed.shared, MD), 'utf8')).toContain('Teamsessie')
  })

  it('saves once on a double click, and runs other requests one after the other', async () => {
    const reports = service()
    const first = reports.saveReport({ formats: ['pdf', 'docx'] })
    const again = reports.saveReport({ formats: ['docx', 'pdf'] })
    const other = reports.saveReport({ formats: ['md'] })
    expect(again).toBe(first)
    await Promise.all([first, other])
    await expectReports(bed.shared, { [PDF]: 'pdf', [DOCX]: 'docx', [MD]: 'md' })
    expect(steps().indexOf('building:md')).toBeGreaterThan(steps().indexOf('done:-'))
  })
})
