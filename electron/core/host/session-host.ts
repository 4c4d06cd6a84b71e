import { parseCommand, type CommandError } from '../commands/schema'
import { reduce } from '../commands/reducer'
import type { Session, Snapshot } from '../session/schema'
import type { Clock, SnapshotListener, SnapshotPersistence } from './ports'

export type DispatchResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly error: CommandError }

export interface SessionHostOptions {
  readonly session: Session
  readonly clock: Clock
  readonly persistence?: SnapshotPersistence
  readonly revision?: number
}

/**
 * The one authority over the session. Windows send it commands; it validates, reduces, bumps
 * the revision, tells every listener (the windows) and schedules a save.
 */
export class SessionHost {
  #snapshot: Snapshot
  readonly #clock: Clock
  readonly #persistence: SnapshotPersistence | undefined
  readonly #listeners = new Set<SnapshotListener>()

  constructor(options: SessionHostOptions) {
    this.#snapshot = { revision: options.revision ?? 0, session: options.session }
    this.#clock = options.clock
    this.#persistence = options.persistence
  }

  getSnapshot(): Snapshot {
    return this.#snapshot
  }

  dispatch(input: unknown): DispatchResult {
    const parsed = parseCommand(input)
    if (!parsed.ok) return parsed
    const result = reduce(this.#snapshot.session, parsed.command, this.#clock.now())
    if (!result.ok) return result
    this.#publish(result.session)
    return { ok: true, revision: this.#snapshot.revision }
  }

  /** Swaps in a whole session (resume, open file); windows see it as one more revision. */
  replaceSession(session: Session): Snapshot {
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

  #publish(session: Session): void {
    this.#snapshot = { revision: this.#snapshot.revision + 1, session }
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
