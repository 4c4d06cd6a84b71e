import type { SnapshotPersistence, SnapshotWriter } from '../ports'
import type { Snapshot } from '../session/schema'

export interface CoalescingSaverOptions {
  /** How long a change may wait so that a burst of changes becomes one write. */
  readonly delayMs?: number
  /** How long to wait before trying again after a failed write. */
  readonly retryMs?: number
  readonly onError?: (error: unknown) => void
  readonly onSaved?: (snapshot: Snapshot) => void
}

/**
 * Keeps at most one write in flight and one waiting: a burst of commands becomes a single
 * write of the newest snapshot, never more than `delayMs` plus one write behind.
 */
export class CoalescingSaver implements SnapshotPersistence {
  readonly #writer: SnapshotWriter
  readonly #delayMs: number
  readonly #retryMs: number
  readonly #onError: (error: unknown) => void
  readonly #onSaved: (snapshot: Snapshot) => void
  #pending: Snapshot | null = null
  #timer: ReturnType<typeof setTimeout> | null = null
  #running: Promise<void> | null = null

  constructor(writer: SnapshotWriter, options: CoalescingSaverOptions = {}) {
    this.#writer = writer
    this.#delayMs = options.delayMs ?? 150
    this.#retryMs = options.retryMs ?? 2000
    this.#onError = options.onError ?? (() => undefined)
    this.#onSaved = options.onSaved ?? (() => undefined)
  }

  schedule(snapshot: Snapshot): void {
    this.#pending = snapshot
    if (this.#timer === null && this.#running === null) {
      this.#timer = setTimeout(() => void this.#drain(), this.#delayMs)
    }
  }

  /** True while a change is not yet on disk (waiting, or kept after a failed write). */
  get hasUnsavedChanges(): boolean {
    return this.#pending !== null
  }

  /**
   * Writes whatever is waiting now and resolves when that attempt is over. It never rejects:
   * after a failed write `hasUnsavedChanges` stays true and a retry is scheduled.
   */
  async flush(): Promise<void> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer)
      this.#timer = null
    }
    await this.#drain()
  }

  #drain(): Promise<void> {
    this.#timer = null
    this.#running ??= this.#writeAll().finally(() => {
      this.#running = null
    })
    return this.#running
  }

  async #writeAll(): Promise<void> {
    while (this.#pending !== null) {
      const snapshot = this.#pending
      this.#pending = null
      try {
        await this.#writer.write(snapshot)
        this.#onSaved(snapshot)
      } catch (error) {
        // The session stays in memory and is written again a little later.
        this.#pending ??= snapshot
        this.#onError(error)
        this.#timer = setTimeout(() => void this.#drain(), this.#retryMs)
        return
      }
    }
  }
}
