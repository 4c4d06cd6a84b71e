import { describe, expect, it, vi } from 'vitest'
import { createAppLog, type LogLevel } from '@core/log/app-log'
import { logFollowUpResult } from '@core/log/log-outcomes'
import type { FollowUpPlan, FollowUpSaveResult } from '@core/follow-up/follow-up-contract'
import { withFollowUpLog } from '../../../electron/main/log/logged-actions'

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

const FOLDER = '/home/x/Documenten/Team Jan de Vries'
const NAME = '2027-01-07 Vervolgsessie - Team Jan de Vries'
const FILES = [
  { kind: 'session', name: `${NAME}.dilemmas` },
  { kind: 'invitation', name: `${NAME}.ics` },
] as const
const PLAN: FollowUpPlan = {
  date: '2027-01-07',
  startTime: '09:30',
  location: 'Kamer van Jan de Vries',
  includeOwners: true,
}

const RESULTS: readonly FollowUpSaveResult[] = [
  { ok: true, where: 'shared', folder: FOLDER, files: FILES, reason: null },
  { ok: true, where: 'fallback', folder: FOLDER, files: FILES, reason: 'no-folder' },
  { ok: true, where: 'fallback', folder: FOLDER, files: FILES, reason: 'unreachable' },
  { ok: false, reason: 'write-failed', detail: 'disk-full' },
  { ok: false, reason: 'invalid-date' },
]

describe('logFollowUpResult', () => {
  it('logs how many files were saved, whether locally and why; a failure as a warning', () => {
    const { log, lines, levels } = recorder()
    for (const result of RESULTS) logFollowUpResult(log, result)
    expect(lines).toEqual([
      'follow-up-saved files=2 fallback=false',
      'follow-up-saved files=2 fallback=true reason=no-folder',
      'follow-up-saved files=2 fallback=true reason=unreachable',
      'follow-up-failed reason=write-failed detail=disk-full',
      'follow-up-failed reason=invalid-date',
    ])
    expect(levels).toEqual(['info', 'info', 'info', 'warn', 'warn'])
  })

  it('never writes a folder, a file name, a title or the date', () => {
    const { log, lines } = recorder()
    for (const result of RESULTS) logFollowUpResult(log, result)
    const text = lines.join('\n')
    for (const secret of [
      'Jan de Vries',
      'Documenten',
      '/home/x',
      'Vervolgsessie',
      '2027',
      '.ics',
    ]) {
      expect(text).not.toContain(secret)
    }
  })
})

describe('withFollowUpLog', () => {
  it('logs how each save ended and hands the answer back unchanged', async () => {
    const { log, lines } = recorder()
    const answers = [...RESULTS]
    const saveFollowUpSession = vi.fn<(plan: FollowUpPlan) => Promise<FollowUpSaveResult>>(
      async () => {
        const answer = answers.shift()
        if (!answer) throw new Error('no answer left')
        return answer
      },
    )
    const logged = withFollowUpLog({ saveFollowUpSession }, log)
    for (const result of RESULTS) expect(await logged.saveFollowUpSession(PLAN)).toBe(result)
    expect(saveFollowUpSession).toHaveBeenCalledWith(PLAN)
    expect(lines).toHaveLength(RESULTS.length)
    expect(lines.join('\n')).not.toContain('Jan de Vries')
  })

  it('logs nothing for a save that throws, and lets the error through', async () => {
    const { log, lines } = recorder()
    const saveFollowUpSession = vi.fn<(plan: FollowUpPlan) => Promise<FollowUpSaveResult>>(() =>
      Promise.reject(new Error(`EACCES ${FOLDER}`)),
    )
    const logged = withFollowUpLog({ saveFollowUpSession }, log)
    await expect(logged.saveFollowUpSession(PLAN)).rejects.toThrow('EACCES')
    expect(lines).toEqual([])
  })
})
