import { describe, expect, it } from 'vitest'
import { createAppLog } from '@core/log/app-log'
import {
  autosaveLog,
  logReportResult,
  logSessionFileNotice,
  logSessionFileResult,
} from '@core/log/log-outcomes'

function recorder() {
  const lines: string[] = []
  return { log: createAppLog((_level, line) => lines.push(line), { home: '/home/x' }), lines }
}

const NAME = '2026-11-29 Ontslag van Jan de Vries.dilemmas'

describe('session-file outcomes', () => {
  it('logs the extension and the outcome, never the name', () => {
    const { log, lines } = recorder()
    logSessionFileResult(log, 'open', { ok: true, name: NAME, migrated: true })
    logSessionFileResult(log, 'recent', { ok: false, reason: 'newer-version' })
    logSessionFileResult(log, 'save-as', { ok: true, name: NAME })
    logSessionFileResult(log, 'save', { ok: false, reason: 'write-failed' })
    logSessionFileResult(log, 'open', { ok: false, reason: 'cancelled' })
    expect(lines).toEqual([
      'session-file-opened source=dialog ext=dilemmas migrated=true',
      'session-file-refused source=recent problem=newer-version',
      'session-file-saved ext=dilemmas as=true',
      'session-file-save-failed problem=write-failed',
    ])
  })

  it('logs what main told the presenter about files the system opened', () => {
    const { log, lines } = recorder()
    logSessionFileNotice(log, { kind: 'session-file-opened', name: NAME, migrated: false })
    logSessionFileNotice(log, {
      kind: 'session-file-refused',
      name: 'Geheim.json',
      problem: 'foreign',
    })
    logSessionFileNotice(log, { kind: 'autosave-failed', folder: '/home/x/autosave' })
    expect(lines).toEqual([
      'session-file-opened source=system ext=dilemmas migrated=false',
      'session-file-refused source=system ext=json problem=foreign',
    ])
  })
})

describe('report outcomes', () => {
  it('logs how many files went where, and why not to the shared folder', () => {
    const { log, lines } = recorder()
    const files = [
      { format: 'pdf', name: `2026-11-29 ${NAME}.pdf` },
      { format: 'docx', name: `2026-11-29 ${NAME}.docx` },
    ] as const
    logReportResult(log, { ok: true, where: 'shared', folder: '\\\\srv\\team', files }, false)
    logReportResult(
      log,
      { ok: true, where: 'fallback', folder: '/home/x/Verslagen', files, reason: 'unreachable' },
      false,
    )
    logReportResult(log, { ok: false, reason: 'write-failed', detail: 'disk-full' }, true)
    expect(lines).toEqual([
      'report-saved retry=false formats=2 where=shared',
      'report-saved retry=false formats=2 where=fallback reason=unreachable',
      'report-failed retry=true reason=write-failed detail=disk-full',
    ])
  })
})

describe('autosaveLog', () => {
  it('logs a failure once with its code, and the recovery once', () => {
    const { log, lines } = recorder()
    const autosave = autosaveLog(log)
    autosave.saved()
    const error = Object.assign(new Error("EACCES: '/home/x/Geheim'"), { code: 'EACCES' })
    autosave.failed(error)
    autosave.failed(error)
    autosave.saved()
    autosave.saved()
    expect(lines).toEqual(['autosave-failed code=EACCES', 'autosave-recovered'])
  })
})
