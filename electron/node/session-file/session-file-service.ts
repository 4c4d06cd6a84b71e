import { oneAtATime } from '../../core/async/one-at-a-time'
import { basename, dirname } from 'node:path'
import type { SessionFileActions } from '../../ipc/handler'
import type { SessionHost } from '../../core/host/session-host'
import { hasContent } from '../../core/session/default-session'
import type { RecentFilesStore } from '../persistence/recent-files-store'
import { withoutRecent, withRecent } from '../../core/session-file/recent-files'
import type {
  SessionFileResult,
  SessionFileState,
} from '../../core/session-file/session-file-contract'
import {
  MAX_SESSION_FILE_BYTES,
  serialiseSessionFile,
  type ParsedSessionFile,
} from '../../core/session-file/session-file-format'
import {
  nodeSessionFileOps,
  readSessionFile,
  writeSessionFile,
  type SessionFileOps,
} from './session-file-io'
import {
  suggestedSessionFileName,
  withSessionFileExtension,
} from '../../core/session-file/session-file-name'

export type UnsavedAnswer = 'save' | 'discard' | 'cancel'

export interface SessionFilePorts {
  readonly host: Pick<SessionHost, 'getSnapshot' | 'replaceSession' | 'subscribe'>
  now(): number
  /** Main's open dialog; null when the facilitator cancels. */
  chooseOpenPath(): Promise<string | null>
  /**
   * Main's save dialog, starting at `suggested`: a file name such as "2026-11-29 Team
   * Zuid.dilemmas", or the open file's full path for "save as". Null when cancelled.
   */
  chooseSavePath(suggested: string): Promise<string | null>
  /** Asked before a file replaces a session with changes that are in no file yet. */
  askUnsavedChanges(): Promise<UnsavedAnswer>
  readonly recentStore: RecentFilesStore
  /** Called whenever the state the windows show changes. */
  onState(state: SessionFileState): void
  /** Keeps the session that is about to be replaced (main: the autosave archive). */
  archiveCurrent(): Promise<void>
  readonly appVersion?: string
  readonly files?: SessionFileOps
  /** How long a folder that does not answer is waited for (default: the reports' limit). */
  readonly timeoutMs?: number
}

export type { SessionFileActions }

export interface SessionFileService extends SessionFileActions {
  /**
   * Opens a file the system handed over (double-click, command line, macOS open-file). `read`
   * is the file as start-up already read and checked it, so it is not read a second time.
   */
  openPath(path: string, read?: ParsedSessionFile): Promise<SessionFileResult>
  /** Settles once the recent list has been read. */
  readonly ready: Promise<void>
  stop(): void
}

const CANCELLED: SessionFileResult = { ok: false, reason: 'cancelled' }

/**
 * Saving and opening whole sessions as `.dilemmas` files. Main owns every path: the windows
 * only learn names and results. One file action runs at a time, so a double-click while a
 * dialog is open waits its turn. A file that cannot be opened is only ever read, never touched.
 */
export function createSessionFileService(ports: SessionFilePorts): SessionFileService {
  const { host } = ports
  const files = ports.files ?? nodeSessionFileOps
  const limit = { timeoutMs: ports.timeoutMs }
  let openFile: string | null = null
  let savedRevision = host.getSnapshot().revision
  let recent: string[] = []
  let lastPushed = ''
  let muted = false
  const inTurn = oneAtATime()

  const state = (): SessionFileState => ({
    name: openFile === null ? null : basename(openFile),
    folder: openFile === null ? null : dirname(openFile),
    unsaved: host.getSnapshot().revision !== savedRevision,
    recent: recent.map((path) => ({ name: basename(path), folder: dirname(path) })),
  })

  function push(): void {
    if (muted) return
    const next = state()
    const key = JSON.stringify(next)
    if (key === lastPushed) return
    lastPushed = key
    ports.onState(next)
  }

  const ready = ports.recentStore.load().then(
    (loaded) => {
      recent = [...loaded.paths]
      push()
    },
    () => undefined,
  )
  const unsubscribe = host.subscribe(() => push())

  async function setRecent(paths: string[]): Promise<void> {
    recent = paths
    // A list that cannot be written only costs the next start its recent files.
    await ports.recentStore.save(recent).catch(() => undefined)
  }

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => inTurn(() => ready.then(task))

  async function saveTo(path: string): Promise<SessionFileResult> {
    const snapshot = host.getSnapshot()
    const text = serialiseSessionFile(snapshot.session, ports.now(), ports.appVersion)
    if (Buffer.byteLength(text, 'utf8') > MAX_SESSION_FILE_BYTES)
      return { ok: false, reason: 'too-large' }
    const written = await writeSessionFile(files, path, text, limit)
    if (written !== 'written') return { ok: false, reason: written }
    openFile = path
    // Changes made while the file was written are not in it: they stay unsaved.
    savedRevision = snapshot.revision
    await setRecent(withRecent(recent, path))
    push()
    return { ok: true, name: basename(path) }
  }

  async function saveAsking(): Promise<SessionFileResult> {
    const suggested = openFile ?? suggestedSessionFileName(host.getSnapshot().session, ports.now())
    const chosen = await ports.chooseSavePath(suggested)
    return chosen === null ? CANCELLED : saveTo(withSessionFileExtension(chosen))
  }

  const save = () => (openFile === null ? saveAsking() : saveTo(openFile))

  /** Saves or discards changes that are in no file yet; a result means: stop, return it. */
  async function settleUnsaved(): Promise<SessionFileResult | null> {
    const current = host.getSnapshot()
    if (!hasContent(current.session) || current.revision === savedRevision) return null
    const answer = await ports.askUnsavedChanges()
    switch (answer) {
      case 'cancel':
        return CANCELLED
      case 'save': {
        const saved = await save()
        return saved.ok ? null : saved
      }
      case 'discard':
        return null
      default:
        return answer satisfies never
    }
  }

  async function openFrom(path: string, read?: ParsedSessionFile): Promise<SessionFileResult> {
    const parsed = read ?? (await readSessionFile(files, path, limit))
    if (!parsed.ok) {
      if (parsed.problem === 'missing') await setRecent(withoutRecent(recent, path))
      push()
      return { ok: false, reason: parsed.problem }
    }
    const unsettled = await settleUnsaved()
    if (unsettled) return unsettled
    if (hasContent(host.getSnapshot().session)) {
      // Without a copy in the archive the replaced session would be gone: then do not replace.
      try {
        await ports.archiveCurrent()
      } catch {
        return { ok: false, reason: 'write-failed' }
      }
    }
    muted = true
    try {
      savedRevision = host.replaceSession(parsed.session).revision
      openFile = path
    } finally {
      muted = false
    }
    await setRecent(withRecent(recent, path))
    push()
    return { ok: true, name: basename(path), migrated: parsed.migratedFrom !== null }
  }

  return {
    ready,
    getSessionFile: state,
    openSessionFile: () =>
      exclusive(async () => {
        const path = await ports.chooseOpenPath()
        return path === null ? CANCELLED : openFrom(path)
      }),
    openRecentSessionFile: (index) =>
      exclusive(async () => {
        // The index comes from a window: one outside the list touches no file at all.
        const path = recent[index]
        return path === undefined ? { ok: false, reason: 'missing' } : openFrom(path)
      }),
    saveSessionFile: () => exclusive(save),
    saveSessionFileAs: () => exclusive(saveAsking),
    openPath: (path, read) => exclusive(() => openFrom(path, read)),
    stop: unsubscribe,
  }
}
