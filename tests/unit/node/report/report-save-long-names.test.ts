import { describe, expect, it } from 'vitest'
import type { Session } from '@core/session/schema'
import { listFolder } from './safe-write-faults'
import { bed, service, session, sharedFaults, useReportTestBed } from './report-save-setup'

useReportTestBed()

// The longest title a session may have, in characters of four bytes each.
const longTitled: Session = { ...session, setup: { ...session.setup, title: '🤝'.repeat(100) } }
const bytes = (name: string) => Buffer.byteLength(name, 'utf8')

describe('saving a report of a session with a very long title', () => {
  it('reaches the report folder, a second time as " (2)"', async () => {
    const reports = service({ session: () => longTitled })
    const first = await reports.saveReport({ formats: ['pdf', 'docx'] })
    const second = await reports.saveReport({ formats: ['pdf'] })
    expect(first).toMatchObject({ ok: true, where: 'shared' })
    expect(second).toMatchObject({ ok: true, where: 'shared' })
    const names = await listFolder(bed.shared)
    expect(names).toHaveLength(3)
    expect(names.filter((name) => name.endsWith(' (2).pdf'))).toHaveLength(1)
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(255)
  })

  it('reaches the fallback folder when the report folder fails, and is copied over later', async () => {
    const reports = service({ session: () => longTitled })
    sharedFaults({ step: 'create', times: 2, effect: { code: 'ENOENT' } })
    expect(await reports.saveReport({ formats: ['pdf'] })).toMatchObject({ where: 'fallback' })
    expect(await reports.saveReport({ formats: ['pdf'] })).toMatchObject({ where: 'fallback' })
    expect(await listFolder(bed.fallback)).toHaveLength(2)
    expect(await reports.retryReport()).toMatchObject({ ok: true, where: 'shared' })
    const names = await listFolder(bed.shared)
    expect(names).toHaveLength(2)
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(255)
  })
})
