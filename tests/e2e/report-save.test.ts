import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type {
  PresenterApi,
  ReportFailureReason,
  ReportFormat,
  ReportProgress,
  ReportSaveResult,
} from '@contract'
import { Harness, type WindowPage } from './harness/harness'

const FULL_HD = { width: 1920, height: 1080 }
const PDF = '2026-11-29 Teamsessie Toezicht.pdf'
const DOCX = '2026-11-29 Teamsessie Toezicht.docx'
const PDF_2 = '2026-11-29 Teamsessie Toezicht (2).pdf'
const DOCX_2 = '2026-11-29 Teamsessie Toezicht (2).docx'

interface ProgressWindow {
  __reportProgress?: ReportProgress[]
}

describe('saving the report through the presenter API', () => {
  let harness: Harness
  let presenter: WindowPage
  let shared: string
  let fallback: string

  const save = (formats: ReportFormat[]): Promise<ReportSaveResult> =>
    presenter.page.evaluate(
      (requested) => (window.dilemmaApi as PresenterApi).saveReport({ formats: requested }),
      formats,
    )
  const chooseFolder = () =>
    presenter.page.evaluate(() => (window.dilemmaApi as PresenterApi).chooseReportFolder())
  const folderInfo = () =>
    presenter.page.evaluate(() => (window.dilemmaApi as PresenterApi).getReportFolder())
  const retry = () =>
    presenter.page.evaluate(() => (window.dilemmaApi as PresenterApi).retryReport())

  // Each case starts from its own app and folders, the report folder chosen and empty.
  beforeEach(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', FULL_HD)
    shared = harness.report.sharedFolder
    fallback = harness.report.fallbackFolder
    await mkdir(shared, { recursive: true })
    const edit = harness.host.dispatch({
      type: 'setup/edit',
      title: 'Teamsessie Toezicht',
      date: '2026-11-29',
    })
    expect(edit.ok).toBe(true)
    await presenter.page.evaluate(() => {
      const progress: ReportProgress[] = []
      ;(window as ProgressWindow).__reportProgress = progress
      ;(window.dilemmaApi as PresenterApi).onReportProgress((step) => progress.push(step))
    })
    harness.report.nextFolder = shared
    await chooseFolder()
  })

  afterEach(async () => {
    await chmod(shared, 0o755).catch(() => undefined)
    await harness?.close()
  })

  it('remembers the folder the facilitator picks', async () => {
    harness.report.nextFolder = shared
    expect(await chooseFolder()).toEqual({ folder: shared, fallbackFolder: fallback, pending: [] })
    harness.report.nextFolder = null
    expect((await chooseFolder()).folder).toBe(shared)
  })

  it('writes a PDF and a Word file to that folder in one call', async () => {
    expect(await save(['pdf', 'docx'])).toEqual({
      ok: true,
      where: 'shared',
      folder: shared,
      files: [
        { format: 'pdf', name: PDF },
        { format: 'docx', name: DOCX },
      ],
    })
    expect(await readdir(shared)).toEqual([DOCX, PDF])
    const pdf = await readFile(join(shared, PDF))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF')
    const docx = await readFile(join(shared, DOCX))
    // A .docx is a zip with the document's XML inside.
    expect(docx.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true)

    const seen = await presenter.page.evaluate(() => (window as ProgressWindow).__reportProgress)
    expect(seen?.map((step) => step.step)).toEqual(
      expect.arrayContaining(['building', 'writing', 'verifying', 'done']),
    )
    expect(seen?.at(-1)).toEqual({ step: 'done', format: null, done: 2, total: 2 })
  })

  it('never overwrites: the second save is numbered', async () => {
    await save(['pdf', 'docx'])
    const first = await readFile(join(shared, PDF))
    expect(await save(['pdf', 'docx'])).toMatchObject({
      where: 'shared',
      files: [{ name: PDF_2 }, { name: DOCX_2 }],
    })
    expect(await readdir(shared)).toEqual([DOCX_2, DOCX, PDF_2, PDF].sort())
    expect(await readFile(join(shared, PDF))).toEqual(first)
  })

  /** Makes the report folder unwritable; says why the save will fail. */
  async function breakTheFolder(): Promise<ReportFailureReason> {
    await chmod(shared, 0o555)
    const probe = join(shared, 'probe')
    try {
      await writeFile(probe, '')
    } catch {
      return 'no-permission'
    }
    // Running as root, permissions stop nothing: point the folder through a file instead.
    await rm(probe)
    await chmod(shared, 0o755)
    const notAFolder = join(harness.autosaveDir, 'geen-map.txt')
    await writeFile(notAFolder, 'een bestand, geen map')
    harness.report.nextFolder = join(notAFolder, 'Verslagen')
    await chooseFolder()
    return 'unreachable'
  }

  async function repairTheFolder(): Promise<void> {
    await chmod(shared, 0o755)
    harness.report.nextFolder = shared
    await chooseFolder()
  }

  it('saves to the local folder when the report folder cannot be written, and says why', async () => {
    const reason = await breakTheFolder()
    const result = await save(['pdf', 'docx'])
    expect(result).toEqual({
      ok: true,
      where: 'fallback',
      folder: fallback,
      files: [
        { format: 'pdf', name: PDF },
        { format: 'docx', name: DOCX },
      ],
      reason,
    })
    expect(await readdir(fallback)).toEqual([DOCX, PDF])
    expect((await readFile(join(fallback, PDF))).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect((await folderInfo()).pending).toEqual([PDF, DOCX])
    // Nothing half-written or temporary was left in the report folder.
    expect(await readdir(shared)).toEqual([])
  })

  it('copies the waiting reports once the folder is back, keeping the local copies', async () => {
    await writeFile(join(shared, PDF), 'an older report of the same name')
    await breakTheFolder()
    expect(await save(['pdf', 'docx'])).toMatchObject({ where: 'fallback' })
    await repairTheFolder()
    expect(await retry()).toEqual({
      ok: true,
      where: 'shared',
      folder: shared,
      files: [
        { format: 'pdf', name: PDF_2 },
        { format: 'docx', name: DOCX },
      ],
    })
    expect(await readFile(join(shared, PDF_2))).toEqual(await readFile(join(fallback, PDF)))
    expect((await folderInfo()).pending).toEqual([])
    expect(await readdir(fallback)).toEqual([DOCX, PDF])
    expect(await retry()).toEqual({ ok: false, reason: 'nothing-pending' })
    expect(presenter.problems).toEqual([])
  })
})
