/** The two clocks a window can read: the machine's wall clock and its own monotonic clock. */
export interface WindowClocks {
  /** Milliseconds since the epoch, as `Date.now()` says. */
  wall(): number
  /** Monotonic milliseconds, as `performance.now()` says. */
  monotonic(): number
}

export const browserClocks: WindowClocks = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
}

/**
 * How long a snapshot may take from main's stamp to this window and still count as proof that
 * main reads the same wall clock: a window that is just starting on a busy laptop can take
 * seconds; a clock that is not the machine's (tests, a clock set by hand) is off by far more.
 */
export const MAX_DELIVERY_MS = 5_000
/** Main's stamp and this window's reading of the same wall clock, both whole milliseconds. */
const ROUNDING_MS = 2

/**
 * Main's time as this window reads it. Main stamps every snapshot with its clock. When that
 * clock is the machine's wall clock (it is in the app: main and both windows run on one
 * machine), every window reads it directly, so all windows flip a second at the same instant
 * no matter how late their snapshots arrived. Otherwise (a test's clock) the window keeps an
 * offset to its monotonic clock: each arrival underestimates it by the delivery time, so the
 * largest value seen is the best estimate.
 */
export class MainClock {
  readonly #clocks: WindowClocks
  #offset = Number.NEGATIVE_INFINITY
  #sharesWallClock = false

  constructor(clocks: WindowClocks = browserClocks) {
    this.#clocks = clocks
  }

  /** Learns from main's stamp on a snapshot that has just arrived. */
  observe(stampedAt: number): void {
    const wall = this.#clocks.wall()
    this.#offset = Math.max(this.#offset, stampedAt - this.#clocks.monotonic())
    const sinceStamp = wall - stampedAt
    // Judged per snapshot, so a wall clock set back or forward moves main and windows together.
    this.#sharesWallClock = sinceStamp >= -ROUNDING_MS && sinceStamp <= MAX_DELIVERY_MS
  }

  /** Main's time now; before the first snapshot, this window's monotonic clock. */
  now(): number {
    if (this.#sharesWallClock) return this.#clocks.wall()
    const offset = Number.isFinite(this.#offset) ? this.#offset : 0
    return this.#clocks.monotonic() + offset
  }
}
