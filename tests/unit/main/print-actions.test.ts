import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow, OpenDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SessionHost } from '@core/host/session-host'
import { DEFAULT_PRINT_CHOICES } from '@core/print/print-contract'
import { printItemHtml } from '@core/print/print-item'
import { createSession } from '@core/session/default-session'
import { createMainPrintActions } from '../../../electron/main/print/print-actions'
import { PRINTED_MATTER_OPTIONS, PRINT_TIMEOUT_MS } from '../../../electron/main/report/print-pdf'
import { mainTexts } from '../../../electron/main/texts'
import { FakeWebContents } from './fake-electron'

const electron = vi.hoisted(() => ({
  documents: '' as string | null,
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<OpenDialogReturnValue>>(),
}))

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => {
      if (name !== 'documents' || electron.documents === null) throw new Error(`no ${name}`)
      return electron.documents
    },
  },
  dialog: { showOpenDialog: electron.showOpenDialog },
}))

// Keeps the real options and time limit; only the print windows are stood in for.
const printer = vi.hoisted(() => ({
  toPdf: vi.fn<(html: string, timeoutMs?: number, options?: unknown) => Promise<Uint8Array>>(
    async () => new TextEncoder().encode('%PDF-1.7'),
  ),
  onPaper: vi.fn<(html: string) => Promise<{ ok: true }>>(async () => ({ ok: true })),
}))
vi.mock('../../../electron/main/report/print-pdf', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/main/report/print-pdf')>()),
  printHtmlToPdf: printer.toPdf,
  printHtmlOnPaper: printer.onPaper,
}))

const NOW = Date.UTC(2025, 2, 14, 11, 0)
const base = createSession(NOW)
const session = { ...base, setup: { ...base.setup, title: 'Teamsessie', date: '2025-03-14' } }
const choices = DEFAULT_PRINT_CHOICES

let root: string
let presenter: { webContents: FakeWebContents } | null

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-print-main-'))
  electron.documents = join(root, 'Documenten')
  electron.showOpenDialog.mockReset()
  printer.toPdf.mockClear()
  printer.onPaper.mockClear()
  presenter = { webContents: new FakeWebContents(1) }
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function actions(locale: 'nl' | 'en' = 'nl') {
  return createMainPrintActions({
    host: new SessionHost({ session, clock: { now: () => NOW } }),
    windows: { presenterWindow: presenter as unknown as BrowserWindow | null },
    texts: () => mainTexts(locale),
    now: () => NOW,
  })
}

function choose(path: string | null): void {
  electron.showOpenDialog.mockResolvedValueOnce(
    path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
  )
}

describe('createMainPrintActions', () => {
  it("asks for a folder over the presenter, first in Documents/Dansende Dilemma's", async () => {
    const print = actions()
    choose(root)
    expect(await print.savePrintPdf({ items: ['flyer'], choices })).toMatchObject({
      ok: true,
      folder: root,
      files: [{ item: 'flyer', name: '2025-03-14 Flyer - Teamsessie.pdf' }],
    })
    expect(electron.showOpenDialog.mock.calls[0]).toEqual([
      presenter,
      {
        title: 'Map voor het drukwerk kiezen',
        buttonLabel: 'PDF’s hier opslaan',
        defaultPath: join(root, 'Documenten', "Dansende Dilemma's"),
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      },
    ])
    expect(await readdir(root)).toEqual(['2025-03-14 Flyer - Teamsessie.pdf'])
  })

  it('opens the next dialog in the folder chosen last, also after a cancel', async () => {
    const print = actions()
    choose(root)
    await print.savePrintPdf({ items: ['handout'], choices })
    choose(null)
    expect(await print.savePrintPdf({ items: ['handout'], choices })).toEqual({
      ok: false,
      reason: 'cancelled',
    })
    choose(null)
    await print.savePrintPdf({ items: ['handout'], choices })
    const starts = electron.showOpenDialog.mock.calls.map(
      (call) => (call[1] as { defaultPath?: string }).defaultPath,
    )
    expect(starts).toEqual([join(root, 'Documenten', "Dansende Dilemma's"), root, root])
  })

  it('speaks English for an English session, and works without a presenter or Documents', async () => {
    presenter = null
    electron.documents = null
    choose(null)
    await actions('en').savePrintPdf({ items: ['flyer'], choices })
    expect(electron.showOpenDialog.mock.calls[0]).toEqual([
      {
        title: 'Choose the folder for the printed matter',
        buttonLabel: 'Save the PDFs here',
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      },
    ])
  })

  it('prints each PDF with the paper and margins of the printed matter itself', async () => {
    choose(root)
    await actions().savePrintPdf({ items: ['floor-mats', 'dilemma-cards'], choices })
    expect(printer.toPdf.mock.calls).toEqual([
      [
        await printItemHtml(session, 'floor-mats', choices),
        PRINT_TIMEOUT_MS,
        PRINTED_MATTER_OPTIONS,
      ],
      [
        await printItemHtml(session, 'dilemma-cards', choices),
        PRINT_TIMEOUT_MS,
        PRINTED_MATTER_OPTIONS,
      ],
    ])
    expect(PRINTED_MATTER_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true })
    expect(PRINTED_MATTER_OPTIONS).not.toHaveProperty('pageSize')
  })

  it("sends the item's HTML to the system's print dialog", async () => {
    expect(await actions().sendToPrinter({ item: 'handout', choices })).toEqual({ ok: true })
    expect(printer.onPaper).toHaveBeenCalledWith(await printItemHtml(session, 'handout', choices))
    expect(electron.showOpenDialog).not.toHaveBeenCalled()
  })

  it('previews the HTML of the session the host holds', async () => {
    expect(await actions().previewPrint({ item: 'flyer', choices })).toBe(
      await printItemHtml(session, 'flyer', choices),
    )
  })
})
