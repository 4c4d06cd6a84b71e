import { mkdtemp, rm, stat, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import { createRecentFilesStore } from '@node/persistence/recent-files-store'
import type { SessionFileState } from '@core/session-file/session-file-contract'
import { nodeSessionFileOps, type SessionFileOps } from '@node/session-file/session-file-io'
import {
  createSessionFileService,
  type UnsavedAnswer,
} from '@node/session-file/session-file-service'

export const T0 = Date.UTC(2026, 10, 29, 12, 0)

export interface ServiceSetupOptions {
  readonly session?: Session
  readonly files?: SessionFileOps
  readonly archive?: () => Promise<void>
  /** The service's time limit for a folder that does not answer (default: the real one). */
  readonly timeoutMs?: number
  /** An existing folder to work in (a second start of the app); removed by either clean-up. */
  readonly dir?: string
}

/**
 * The real service over a real SessionHost and real files in a temp folder; the dialogs are
 * scripted: set what the next one answers, and read what was asked.
 */
export async function serviceSetup(options: ServiceSetupOptions = {}) {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'dd-session-file-')))
  const host = new SessionHost({
    session: options.session ?? createSession(T0),
    clock: { now: () => T0 },
  })
  const dialogs = {
    openPath: null as string | null,
    savePath: null as string | null,
    answer: 'discard' as UnsavedAnswer,
  }
  const chooseOpenPath = vi.fn(async () => dialogs.openPath)
  const chooseSavePath = vi.fn<(suggested: string) => Promise<string | null>>(
    async () => dialogs.savePath,
  )
  const askUnsavedChanges = vi.fn(async () => dialogs.answer)
  const archiveCurrent = vi.fn(options.archive ?? (async () => undefined))
  const states: SessionFileState[] = []
  const recentStore = createRecentFilesStore(join(dir, 'data'), () => T0)
  const service = createSessionFileService({
    host,
    now: () => T0,
    chooseOpenPath,
    chooseSavePath,
    askUnsavedChanges,
    recentStore,
    onState: (state) => states.push(state),
    archiveCurrent,
    appVersion: '0.1.0',
    files: options.files ?? nodeSessionFileOps,
    timeoutMs: options.timeoutMs,
  })
  await service.ready
  const run = (command: CommandInput) => {
    const result = host.dispatch(command)
    if (!result.ok) throw new Error(`seed command refused: ${result.error.code}`)
  }
  return {
    dir,
    host,
    service,
    dialogs,
    chooseOpenPath,
    chooseSavePath,
    askUnsavedChanges,
    archiveCurrent,
    states,
    recentStore,
    run,
    session: () => host.getSnapshot().session,
    file: (name: string) => join(dir, name),
    lastState: () => states.at(-1),
    cleanUp: () => rm(dir, { recursive: true, force: true }),
  }
}

export type ServiceSetup = Awaited<ReturnType<typeof serviceSetup>>

/** A file's bytes and modification time, to prove it was left untouched. */
export async function fingerprint(path: string) {
  const [bytes, info] = await Promise.all([readFile(path), stat(path)])
  return { bytes: bytes.toString('base64'), mtimeMs: info.mtimeMs, size: info.size }
}

/** An error as fs gives it. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}
