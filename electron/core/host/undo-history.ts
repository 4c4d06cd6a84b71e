import type { HistoryState, Session } from '../session/schema'

export interface UndoHistoryOptions {
  /** How many steps back the facilitator can go. */
  readonly limit?: number
  /** Edits of one field closer together than this merge into one step. */
  readonly mergeWindowMs?: number
}

/** Past and future sessions for undo and redo; kept in main, so it survives window reloads. */
export class UndoHistory {
  readonly #limit: number
  readonly #mergeWindowMs: number
  #past: Session[] = []
  #future: Session[] = []
  #lastKey: string | null = null
  #lastAt = Number.NEGATIVE_INFINITY

  constructor(options: UndoHistoryOptions = {}) {
    this.#limit = options.limit ?? 200
    this.#mergeWindowMs = options.mergeWindowMs ?? 3000
  }

  /** Remembers the session as it was before an accepted command. */
  record(before: Session, key: string | null, now: number): void {
    const merges = key !== null && key === this.#lastKey && now - this.#lastAt < this.#mergeWindowMs
    if (!merges) {
      this.#past.push(before)
      if (this.#past.length > this.#limit) this.#past.shift()
    }
    this.#future = []
    this.#lastKey = key
    this.#lastAt = now
  }

  /** Where undo would go, without going there. */
  peekUndo(): Session | null {
    return this.#past.at(-1) ?? null
  }

  /** Where redo would go, without going there. */
  peekRedo(): Session | null {
    return this.#future.at(-1) ?? null
  }

  undo(current: Session): Session | null {
    const previous = this.#past.pop()
    if (previous === undefined) return null
    this.#future.push(current)
    this.#lastKey = null
    return previous
  }

  redo(current: Session): Session | null {
    const next = this.#future.pop()
    if (next === undefined) return null
    this.#past.push(current)
    this.#lastKey = null
    return next
  }

  clear(): void {
    this.#past = []
    this.#future = []
    this.#lastKey = null
  }

  get state(): HistoryState {
    return { canUndo: this.#past.length > 0, canRedo: this.#future.length > 0 }
  }
}
