import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { ReportFormat, ReportProgress } from '@core/report/report-contract'
import { loadReportFolderStore, type ReportFolderStore } from '@node/report/report-folder-store'
import { createReportService, type ReportServicePorts } from '@node/report/report-service'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import { FaultyFiles, listFolder, type Fault } from './safe-write-faults'

export const NOW = Date.UTC(2025, 2, 14, 11, 0)
export const FAST_RETRY = { attempts: 3, delayMs: 1 }
export const PDF = '2025-03-14 Teamsessie.pdf'
export const DOCX = '2025-03-14 Teamsessie.docx'
export const MD = '2025-03-14 Teamsessie.md'

const base = createSession(NOW)
export const session: Session = { ...base, setup: { ...base.setup, title: 'Teamsessie' } }
const encode = (text: string) => new TextEncoder().encode(text)
/** What each format's file holds here: distinct, and large enough to be written in parts. */
export const content = (format: ReportFormat) => `${format} van het verslag `.repeat(500)
export const fakeHtml = (_session: Session, at: number) => `<!doctype html><p>verslag ${at}</p>`

interface ReportTestBed {
  root: string
  /** Stands for the shared drive: a real folder, with faults injected on request. */
  shared: string
  fallback: string
  store: ReportFolderStore
  faulty: FaultyFiles
  progress: ReportProgress[]
  ports: ReportServicePorts
}

/** Fresh folders, settings and ports for every test of the report service. */
export const bed = {} as ReportTestBed

export function useReportTestBed(): void {
  beforeEach(async () => {
    bed.root = await mkdtemp(join(tmpdir(), 'dd-report-save-'))
    bed.shared = join(bed.root, 'share', 'Verslagen')
    bed.fallback = join(bed.root, 'Documenten', "Dansende Dilemma's", 'Verslagen')
    await mkdir(bed.shared, { recursive: true })
    bed.store = await loadReportFolderStore(join(bed.root, 'userData'), () => NOW, bed.fallback)
    await bed.store.set({ ...bed.store.get(), folder: bed.shared })
    bed.faulty = new FaultyFiles()
    bed.progress = []
    const progress = bed.progress
    bed.ports = {
      session: () => session,
      now: () => NOW,
      printPdf: vi.fn(async () => encode(content('pdf'))),
      chooseFolder: vi.fn(async () => null),
      openFolder: vi.fn(async () => undefined),
      onProgress: (step) => progress.push(step),
      folderStore: bed.store,
      fallbackFolder: bed.fallback,
      files: bed.faulty.ops(),
      retry: FAST_RETRY,
      render: async (_session, format) => encode(content(format)),
      html: fakeHtml,
    }
  })

  afterEach(async () => {
    vi.useRealTimers()
    await rm(bed.root, { recursive: true, force: true })
  })
}

export function service(overrides: Partial<ReportServicePorts> = {}) {
  return createReportService({ ...bed.ports, ...overrides })
}

/** Faults on the shared folder only; the fallback folder keeps working. */
export function sharedFaults(...faults: Omit<Fault, 'under'>[]): void {
  bed.faulty.add(...faults.map((fault) => ({ ...fault, under: bed.shared })))
}

/** The folder holds exactly these reports, each complete, and no temp file. */
export async function expectReports(
  folder: string,
  files: Record<string, ReportFormat>,
): Promise<void> {
  expect(await listFolder(folder)).toEqual(Object.keys(files).sort())
  for (const [name, format] of Object.entries(files)) {
    expect(await readFile(join(folder, name), 'utf8')).toBe(content(format))
  }
}

/** The progress seen so far, as "step:format". */
export const steps = () => bed.progress.map((entry) => `${entry.step}:${entry.format ?? '-'}`)
