import { describe, expect, it, vi } from 'vitest'
import { createAppLog, type LogLevel } from '@core/log/app-log'
import { logPrintResult } from '@core/log/log-outcomes'
import type { PrintSaveRequest, PrintSaveResult } from '@core/print/print-contract'
import { DEFAULT_PRINT_CHOICES } from '@core/print/print-contract'
import { withPrintLog } from '../../../electron/main/log/logged-actions'

function recorder() {
  const lines: string[] = []
  const levels: LogLevel[] = []
  const log = createAppLog(
    (level, line) => {
      levels.push(level)
      lines.push(line)
    },
    { home: '/home/x' },
  )
  return { log, lines, levels }
}

const FOLDER = '/home/x/Documenten/Ontslag Jan de Vries'
const NAME = '2026-12-04 Vloermatten - Ontslag Jan de Vries.pdf'

const RESULTS: readonly PrintSaveResult[] = [
  {
    ok: true,
    folder: FOLDER,
    files: [
      { item: 'floor-mats', name: NAME },
      { item: 'flyer', name: NAME.replace('Vloermatten', 'Flyer') },
    ],
    failed: [],
  },
  {
    ok: true,
    folder: FOLDER,
    files: [{ item: 'handout', name: NAME }],
    failed: ['flyer', 'dilemma-cards'],
    reason: 'disk-full',
  },
  { ok: false, reason: 'build-failed' },
  { ok: false, reason: 'write-failed', folder: FOLDER, detail: 'no-permission' },
  { ok: false, reason: 'cancelled' },
]

describe('logPrintResult', () => {
  it('logs how many PDFs were saved and failed and why, nothing saved as a warning', () => {
    const { log, lines, levels } = recorder()
    for (const result of RESULTS) logPrintResult(log, result)
    expect(lines).toEqual([
      'print-saved files=2 failed=0',
      'print-saved files=1 failed=2 reason=disk-full',
      'print-failed reason=build-failed',
      'print-failed reason=write-failed detail=no-permission',
    ])
    expect(levels).toEqual(['info', 'info', 'warn', 'warn'])
  })

  it('never writes a file name, a folder or a title, and nothing for a cancelled dialog', () => {
    const { log, lines } = recorder()
    for (const result of RESULTS) logPrintResult(log, result)
    const text = lines.join('\n')
    for (const secret of ['Jan de Vries', 'Documenten', '/home/x', 'Vloermatten', '.pdf']) {
      expect(text).not.toContain(secret)
    }
    expect(text).not.toContain('cancelled')
  })
})

describe('withPrintLog', () => {
  const request: PrintSaveRequest = { items: ['flyer'], choices: DEFAULT_PRINT_CHOICES }

  it('logs how each save ended and hands the answer back unchanged', async () => {
    const { log, lines } = recorder()
    const answers = [...RESULTS]
    const savePrintPdf = vi.fn<(request: PrintSaveRequest) => Promise<PrintSaveResult>>(
      async () => {
        const answer = answers.shift()
        if (!answer) throw new Error('no answer left')
        return answer
      },
    )
    const logged = withPrintLog({ savePrintPdf }, log)
    for (const result of RESULTS) expect(await logged.savePrintPdf(request)).toBe(result)
    expect(savePrintPdf).toHaveBeenCalledWith(request)
    expect(lines).toHaveLength(4)
    expect(lines.join('\n')).not.toContain('Jan de Vries')
  })

  it('leaves the other actions as they are, and logs nothing for a save that throws', async () => {
    const { log, lines } = recorder()
    const previewPrint = vi.fn(async () => '<html></html>')
    const savePrintPdf = vi.fn<(request: PrintSaveRequest) => Promise<PrintSaveResult>>(() =>
      Promise.reject(new Error(`EACCES ${FOLDER}`)),
    )
    const logged = withPrintLog({ previewPrint, savePrintPdf }, log)
    expect(logged.previewPrint).toBe(previewPrint)
    await expect(logged.savePrintPdf(request)).rejects.toThrow('EACCES')
    expect(lines).toEqual([])
  })
})
