import { historyKey } from '../commands/history-key'
import { reduce } from '../commands/reducer'
import {
  isHistoryCommand,
  parseCommand,
  type CommandError,
  type HistoryCommand,
} from '../commands/schema'
import type { PageName } from '../app-origin'
import { redactForProjector } from '../session/redact'
import type { Session, WindowSnapshot } from '../session/schema'
import { checkSession } from '../session/session-check'
import type { Clock, SnapshotListener, SnapshotPersistence } from '../ports'
import { UndoHistory, type UndoHistoryOptions } from './undo-history'

export type DispatchResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly error: CommandError }

/** replaceSession was handed a session that does not pass the schema; nothing changed. */
export class InvalidSessionError extends Error {
  readonly code = 'invalid-result'
  constructor(readonly detail: string) {
    super(`replaceSession: the session does not pass the schema (${detail})`)
    this.name = 'InvalidSessionError'
  }
}

const refusedAsInvalid = (detail: string): DispatchResult => ({
  ok: false,
  error: { code: 'invalid-result', detail },
})

export interface SessionHostOptions {
  readonly session: Session
  readonly clock: Clock
  /** The machine's wall clock, stamped beside `clock` on every snapshot; `Date.now` by default. */
  readonly wall?: () => number
  readonly persistence?: SnapshotPersistence
  readonly revision?: number
  readonly history?: UndoHistoryOptions
}

/**
 * The one authority over the session. Windows send it commands; it validates, reduces, keeps
 * the undo history, bumps the revision, tells every listener (the windows) and schedules a save.
 *
 * Every state it publishes passes the session schema: a command, undo, redo or replacement
 * that would leave one that does not is refused and changes nothing. Otherwise the autosave
 * and its backup would both hold a session the next start cannot load.
 */
export class SessionHost {
  #snapshot: WindowSnapshot
  readonly #clock: Clock
  readonly #wall: () => number
  readonly #persistence: SnapshotPersistence | undefined
  readonly #history: UndoHistory
  readonly #listeners = new Set<SnapshotListener>()

  constructor(options: SessionHostOptions) {
    this.#history = new UndoHistory(options.history)
    this.#clock = options.clock
    // Read at each stamp, not kept: a test may swap `Date` for a fake one after this.
    this.#wall = options.wall ?? (() => Date.now())
    this.#snapshot = {
      revision: options.revision ?? 0,
      session: options.session,
      history: this.#history.state,
      ...this.#stamp(),
    }
    this.#persistence = options.persistence
  }

  /** The current snapshot, stamped with main's clock now. */
  getSnapshot(): WindowSnapshot {
    return { ...this.#snapshot, ...this.#stamp() }
  }

  /**
   * What one window may see, stamped now. The only place the projector's copy is made: the
   * facilitator's private notes never leave main for the beamer.
   */
  snapshotFor(page: PageName): WindowSnapshot {
    const snapshot = this.getSnapshot()
    return page === 'projector' ? redactForProjector(snapshot) : snapshot
  }

  dispatch(input: unknown): DispatchResult {
    const parsed = parseCommand(input)
    if (!parsed.ok) return parsed
    const command = parsed.command
    if (isHistoryCommand(command)) return this.#travel(command)
    const now = this.#clock.now()
    const before = this.#snapshot.session
    const result = reduce(before, command, now)
    if (!result.ok) return result
    if (result.session === before) return { ok: true, revision: this.#snapshot.revision }
    const check = checkSession(result.session)
    if (!check.ok) return refusedAsInvalid(`${command.type}: ${check.detail}`)
    this.#history.record(before, historyKey(command), now)
    this.#publish(result.session)
    return { ok: true, revision: this.#snapshot.revision }
  }

  /**
   * Swaps in a whole session (resume, open file); windows see it as one more revision. Callers
   * hand it sessions their parser already checked; one that does not pass the schema anyway
   * throws InvalidSessionError and changes nothing, history included.
   */
  replaceSession(session: Session): WindowSnapshot {
    const check = checkSession(session)
    if (!check.ok) throw new InvalidSessionError(check.detail)
    this.#history.clear()
    this.#publish(session)
    return this.#snapshot
  }

  subscribe(listener: SnapshotListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  flush(): Promise<void> {
    return this.#persistence?.flush() ?? Promise.resolve()
  }

  #travel(command: HistoryCommand): DispatchResult {
    const current = this.#snapshot.session
    const undo = command.type === 'history/undo'
    const target = undo ? this.#history.peekUndo() : this.#history.peekRedo()
    if (target === null) {
      const code = undo ? 'nothing-to-undo' : 'nothing-to-redo'
      return { ok: false, error: { code, detail: code } }
    }
    // Every step in the history was published, so it passed; checked all the same, because a
    // refused step must leave the history as it was.
    const check = checkSession(target)
    if (!check.ok) return refusedAsInvalid(`${command.type}: ${check.detail}`)
    if (undo) this.#history.undo(current)
    else this.#history.redo(current)
    this.#publish(target)
    return { ok: true, revision: this.#snapshot.revision }
  }

  /** Main's clock and the machine's wall clock, read together. */
  #stamp(): Pick<WindowSnapshot, 'clock' | 'wallClock'> {
    return { clock: this.#clock.now(), wallClock: this.#wall() }
  }

  #publish(session: Session): void {
    this.#snapshot = {
      revision: this.#snapshot.revision + 1,
      session,
      history: this.#history.state,
      ...this.#stamp(),
    }
    this.#persistence?.schedule(this.#snapshot)
    for (const listener of this.#listeners) {
      // One broken listener (a window that is closing) must not keep the others uninformed.
      try {
        listener(this.#snapshot)
      } catch {
        continue
      }
    }
  }
}
