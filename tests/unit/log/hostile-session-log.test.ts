import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import electronLog from 'electron-log/node'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppNotice } from '@contract'
import { SessionHost } from '@core/host/session-host'
import { autosaveLog } from '@core/log/log-outcomes'
import { CoalescingSaver } from '@core/persistence/coalescing-saver'
import type { SessionFileResult } from '@core/session-file/session-file-contract'
import { createSession } from '@core/session/default-session'
import type { Snapshot } from '@core/session/schema'
import { configureMainLog } from '../../../electron/main/log/configure-log'
import {
  withFileLog,
  withNoticeLog,
  withReportLog,
  type FileActions,
  type ReportSaving,
} from '../../../electron/main/log/logged-actions'

const T0 = Date.UTC(2025, 2, 14, 9, 30)

/** Every text of the session carries one of these; none may ever reach the log. */
const SECRETS = {
  title: 'Geheime sessie Zwaailicht-7731',
  team: 'Team Vertrouwelijk-5521',
  dilemma: 'Ontslag van Jan de Vries <script>alert(1)</script> 💃🏽 مرحبا',
  description: 'Zij meldde fraude bij Afdeling-8812',
  contributor: 'Inbrenger Petra-4410',
  participants: ['Deelnemer Ahmed-1201', 'Deelnemer Sanne-1202'],
  notes: 'Privénotitie over Kees-3390',
  thread: 'Rode draad: angstcultuur-6619',
}
const allSecrets = (): string[] => [
  SECRETS.title,
  SECRETS.team,
  SECRETS.dilemma,
  'Jan de Vries',
  '💃🏽',
  SECRETS.description,
  SECRETS.contributor,
  ...SECRETS.participants,
  SECRETS.notes,
  SECRETS.thread,
]

/** What electron-log's ErrorHandler hands process events to; its typings leave these out. */
interface CatchingHandler {
  handleError(error: unknown): void
  handleRejection(reason: unknown): void
}

let dir: string
let file: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dd-hostile-log-'))
  file = join(dir, 'main.log')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** electron-log's real logger (its Node flavour: no Electron here), writing to a temp file. */
function fileLogger() {
  const logger = electronLog.create({ logId: `hostile-${Date.now()}-${Math.random()}` })
  const mainLog = configureMainLog(logger, { dev: false, home: dir })
  logger.transports.file.resolvePathFn = () => file
  return { logger, mainLog }
}

function hostileHost(persistence: CoalescingSaver): SessionHost {
  const host = new SessionHost({
    session: createSession(T0),
    clock: { now: () => T0 },
    persistence,
  })
  const commands = [
    { type: 'setup/edit', title: SECRETS.title, team: SECRETS.team, location: SECRETS.title },
    {
      type: 'dilemma/add',
      title: SECRETS.dilemma,
      description: SECRETS.description,
      contributor: SECRETS.contributor,
    },
    { type: 'participant/add-many', names: SECRETS.participants },
    { type: 'harvest/add', list: 'threads', text: SECRETS.thread },
  ] as const
  for (const command of commands) expect(host.dispatch(command).ok).toBe(true)
  const phase = host.getSnapshot().session.phases[0]
  if (!phase) throw new Error('no phase')
  expect(host.dispatch({ type: 'phase/edit', id: phase.id, notes: SECRETS.notes }).ok).toBe(true)
  expect(host.dispatch({ type: 'phase/go', id: phase.id }).ok).toBe(true)
  return host
}

/** An error as careless code might throw it: the whole session and a path in its message. */
function quotingError(snapshot: Snapshot, code: string): Error {
  const path = join(dir, `${snapshot.session.setup.title}.dilemmas`)
  return Object.assign(new Error(`${code}: cannot write '${path}': ${JSON.stringify(snapshot)}`), {
    code,
  })
}

describe('the log file, after a hostile session went through the host', () => {
  it('holds what happened and none of the session’s texts', async () => {
    const { logger, mainLog } = fileLogger()
    const log = mainLog.appLog
    const autosave = autosaveLog(log)
    let failures = 2
    const saver = new CoalescingSaver(
      {
        write: async (snapshot) => {
          if (failures-- > 0) throw quotingError(snapshot, 'EACCES')
        },
      },
      { delayMs: 0, retryMs: 60_000, onError: autosave.failed, onSaved: autosave.saved },
    )
    const host = hostileHost(saver)
    await saver.flush()
    await saver.flush()
    await saver.flush()
    const named = `${SECRETS.dilemma}.dilemmas`

    // Session files through the actions main hands to IPC, named after the session.
    const results: SessionFileResult[] = [
      { ok: true, name: named, migrated: true },
      { ok: false, reason: 'corrupt' },
    ]
    const fileActions: FileActions = {
      openSessionFile: async () => results[0] ?? { ok: false, reason: 'cancelled' },
      openRecentSessionFile: async () => results[1] ?? { ok: false, reason: 'cancelled' },
      saveSessionFile: async () => ({ ok: true, name: named }),
      saveSessionFileAs: async () => ({ ok: false, reason: 'write-failed' }),
    }
    const files = withFileLog(fileActions, log)
    await files.openSessionFile()
    await files.openRecentSessionFile(0)
    await files.saveSessionFile()
    await files.saveSessionFileAs()

    // A file double-clicked in the file manager, told to the presenter by main.
    const told: AppNotice[] = []
    const windows = withNoticeLog({ presenterWindow: null, notify: (n) => told.push(n) }, log)
    windows.notify({ kind: 'session-file-refused', name: named, problem: 'newer-version' })

    // The report, with file names made of the date and the session title.
    const reportFiles = [
      { format: 'pdf', name: `2025-03-14 ${SECRETS.title}.pdf` },
      { format: 'docx', name: `2025-03-14 ${SECRETS.title}.docx` },
    ] as const
    const reportActions: ReportSaving = {
      saveReport: async () => ({
        ok: true,
        where: 'fallback',
        folder: join(dir, SECRETS.team),
        files: reportFiles,
        reason: 'unreachable',
      }),
      retryReport: async () => ({ ok: false, reason: 'write-failed' }),
    }
    const report = withReportLog(reportActions, log)
    await report.saveReport({ formats: ['pdf', 'docx'] })
    await report.retryReport()

    // Errors nobody caught, quoting the session, as electron-log's process handlers pass them on.
    const handler = logger.errorHandler as unknown as CatchingHandler
    handler.handleError(quotingError(host.getSnapshot(), 'ENOSPC'))
    handler.handleRejection({ title: SECRETS.title, participants: SECRETS.participants })

    const written = await readFile(file, 'utf8')
    const events = [
      'autosave-failed code=EACCES',
      'autosave-recovered',
      'session-file-opened source=dialog ext=dilemmas migrated=true',
      'session-file-refused source=recent problem=corrupt',
      'session-file-saved ext=dilemmas as=false',
      'session-file-save-failed problem=write-failed',
      'session-file-refused source=system ext=dilemmas problem=newer-version',
      'report-saved retry=false formats=2 where=fallback reason=unreachable',
      'report-failed retry=true reason=write-failed',
      'uncaught-exception error=Error code=ENOSPC',
      'unhandled-rejection error=Error code=none',
    ]
    for (const event of events) expect(written).toContain(event)
    for (const secret of allSecrets()) expect(written, secret).not.toContain(secret)
    expect(written).not.toContain(dir)
    expect(written).not.toContain('{')
    expect(told).toHaveLength(1)
  })
})
