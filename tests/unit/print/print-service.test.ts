import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_PRINT_CHOICES,
  PRINT_ITEMS,
  type PrintDialogResult,
  type PrintItem,
} from '@core/print/print-contract'
import { printFileName, printItemHtml } from '@core/print/print-item'
import type { Session } from '@core/session/schema'
import { nodeFileOps, type FileOps } from '@node/report/file-ops'
import { createPrintService, type PrintServicePorts } from '@node/print/print-service'
import { deferred } from '../../support/deferred'
import { printSession } from './print-fixture'

const NOW = Date.UTC(2026, 11, 1, 12)
const choices = DEFAULT_PRINT_CHOICES
const pdf = (html: string) => new TextEncoder().encode(`%PDF-1.7 ${html.length}`)

let root: string
let session: Session
let folders: (string | null)[]

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-print-'))
  session = printSession()
  folders = [root]
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function service(changes: Partial<PrintServicePorts> = {}) {
  const ports = {
    printPdf: vi.fn(async (html: string) => pdf(html)),
    printOnPaper: vi.fn(async (): Promise<PrintDialogResult> => ({ ok: true })),
    // The facilitator's answers, one per dialog; the last one keeps being given.
    chooseFolder: vi.fn<PrintServicePorts['chooseFolder']>(async () =>
      folders.length > 1 ? (folders.shift() ?? null) : (folders[0] ?? null),
    ),
  }
  const print = createPrintService({
    session: () => session,
    now: () => NOW,
    retry: { attempts: 1, delayMs: 0 },
    ...ports,
    ...changes,
  })
  return { ports, print }
}

const nameOf = (item: PrintItem) => printFileName(session, item, NOW)

describe('saving printed matter as PDF', () => {
  it('writes nothing when the folder dialog is cancelled', async () => {
    folders = [null]
    const { ports, print } = service()
    expect(await print.savePrintPdf({ items: ['flyer'], choices })).toEqual({
      ok: false,
      reason: 'cancelled',
    })
    expect(ports.printPdf).not.toHaveBeenCalled()
    expect(await readdir(root)).toEqual([])
  })

  it('saves every chosen item under its own name, and only those', async () => {
    const { print } = service()
    const items = ['handout', 'floor-mats', 'dilemma-cards'] as const
    const result = await print.savePrintPdf({ items: [...items], choices })
    expect(result).toEqual({
      ok: true,
      folder: root,
      files: items.map((item) => ({ item, name: nameOf(item) })),
      failed: [],
    })
    expect((await readdir(root)).sort()).toEqual(items.map(nameOf).sort())
    for (const item of items) {
      const html = await printItemHtml(session, item, choices)
      expect(await readFile(join(root, nameOf(item)))).toEqual(Buffer.from(pdf(html)))
    }
  })

  it('never overwrites: saving the same item again gives "(2)"', async () => {
    const { print } = service()
    await print.savePrintPdf({ items: ['flyer'], choices })
    const again = await print.savePrintPdf({ items: ['flyer'], choices })
    const second = nameOf('flyer').replace(/\.pdf$/, ' (2).pdf')
    expect(again).toMatchObject({ ok: true, files: [{ item: 'flyer', name: second }] })
    expect((await readdir(root)).sort()).toEqual([nameOf('flyer'), second].sort())
  })

  it('saves the other items when one cannot be made, and says which failed', async () => {
    const cardsHtml = await printItemHtml(session, 'dilemma-cards', choices)
    const { print } = service({
      printPdf: async (html) => {
        if (html === cardsHtml) throw new Error('print window crashed')
        return pdf(html)
      },
    })
    const result = await print.savePrintPdf({ items: [...PRINT_ITEMS], choices })
    expect(result).toMatchObject({ ok: true, folder: root, failed: ['dilemma-cards'] })
    expect(result.ok && result.files.map((file) => file.item)).toEqual([
      'floor-mats',
      'flyer',
      'handout',
    ])
    expect(await readdir(root)).toHaveLength(3)
  })

  it('answers build-failed and writes nothing when no PDF can be made', async () => {
    const { print } = service({ printPdf: () => Promise.reject(new Error('no printing')) })
    expect(await print.savePrintPdf({ items: ['flyer', 'handout'], choices })).toEqual({
      ok: false,
      reason: 'build-failed',
    })
    expect(await readdir(root)).toEqual([])
  })

  it('answers write-failed with the folder and why, for a folder under a file', async () => {
    await writeFile(join(root, 'not-a-folder'), 'x')
    const folder = join(root, 'not-a-folder', 'Drukwerk')
    folders = [folder]
    const { print } = service()
    expect(await print.savePrintPdf({ items: ['flyer'], choices })).toEqual({
      ok: false,
      reason: 'write-failed',
      folder,
      detail: 'unreachable',
    })
  })

  it('answers write-failed with no-permission when the folder refuses files', async () => {
    const refusing: FileOps = {
      ...nodeFileOps,
      create: () => Promise.reject(Object.assign(new Error('EACCES: denied'), { code: 'EACCES' })),
    }
    const { print } = service({ files: refusing })
    expect(await print.savePrintPdf({ items: ['flyer', 'handout'], choices })).toEqual({
      ok: false,
      reason: 'write-failed',
      folder: root,
      detail: 'no-permission',
    })
    expect(await readdir(root)).toEqual([])
  })

  it('keeps what was written when one file cannot be, and tells why', async () => {
    const fullFor = nameOf('handout')
    const filling: FileOps = {
      ...nodeFileOps,
      create: (path) =>
        path.includes(fullFor)
          ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
          : nodeFileOps.create(path),
    }
    const { print } = service({ files: filling })
    const result = await print.savePrintPdf({ items: ['flyer', 'handout'], choices })
    expect(result).toEqual({
      ok: true,
      folder: root,
      files: [{ item: 'flyer', name: nameOf('flyer') }],
      failed: ['handout'],
      reason: 'disk-full',
    })
  })

  it('opens the folder dialog where the last PDFs went', async () => {
    const other = join(root, 'Ander')
    await mkdir(other)
    folders = [root, null, other]
    const { ports, print } = service()
    await print.savePrintPdf({ items: ['flyer'], choices })
    await print.savePrintPdf({ items: ['flyer'], choices })
    await print.savePrintPdf({ items: ['flyer'], choices })
    await print.savePrintPdf({ items: ['flyer'], choices })
    // A cancelled dialog keeps the folder it started in.
    expect(ports.chooseFolder.mock.calls.map(([current]) => current)).toEqual([
      null,
      root,
      root,
      other,
    ])
  })

  it('finishes one save before the next starts, so a double click asks once at a time', async () => {
    const printing = deferred<Uint8Array>()
    const { ports, print } = service({ printPdf: () => printing.promise })
    const first = print.savePrintPdf({ items: ['flyer'], choices })
    const second = print.savePrintPdf({ items: ['flyer'], choices })
    await vi.waitFor(() => expect(ports.chooseFolder).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(ports.chooseFolder).toHaveBeenCalledTimes(1)
    printing.resolve(pdf('flyer'))
    expect(await first).toMatchObject({ ok: true })
    expect(await second).toMatchObject({ ok: true })
    expect(ports.chooseFolder).toHaveBeenCalledTimes(2)
  })

  it('makes every item from one session and one moment', async () => {
    const now = vi.fn(() => NOW)
    const { print } = service({ now })
    await print.savePrintPdf({ items: [...PRINT_ITEMS], choices })
    expect(now).toHaveBeenCalledTimes(1)
  })
})

describe('printing on paper', () => {
  it("hands the item's HTML, with the choices, to the print dialog", async () => {
    const { ports, print } = service()
    const six = { ...choices, cardsPerPage: 6 as const }
    expect(await print.sendToPrinter({ item: 'dilemma-cards', choices: six })).toEqual({
      ok: true,
    })
    expect(ports.printOnPaper).toHaveBeenCalledWith(
      await printItemHtml(session, 'dilemma-cards', six),
    )
  })

  it('passes on a cancelled dialog, and answers failed when printing throws', async () => {
    const answers: PrintDialogResult[] = [{ ok: false, reason: 'cancelled' }]
    const { print } = service({
      printOnPaper: async () => answers.shift() ?? Promise.reject(new Error('no printer')),
    })
    expect(await print.sendToPrinter({ item: 'flyer', choices })).toEqual({
      ok: false,
      reason: 'cancelled',
    })
    expect(await print.sendToPrinter({ item: 'flyer', choices })).toEqual({
      ok: false,
      reason: 'failed',
    })
  })
})

describe('previewing printed matter', () => {
  it('shows the session as it is now', async () => {
    const { print } = service()
    const before = await print.previewPrint({ item: 'handout', choices })
    expect(before).toBe(await printItemHtml(session, 'handout', choices))
    session = printSession('nl', { title: 'Heidag Inkoop' })
    const after = await print.previewPrint({ item: 'handout', choices })
    expect(after).toBe(await printItemHtml(session, 'handout', choices))
    expect(after).toContain('Heidag Inkoop')
    expect(after).not.toBe(before)
  })
})
