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

/** Main's stamp: its own clock and the machine's wall clock, read at one instant. */
export interface MainStamp {
  readonly clock: number
  readonly wallClock: number
}

/**
 * The longest a snapshot may plausibly take from main's stamp to this window on one machine (a
 * window starting on a busy laptop can take seconds). A stamp that seems older, or from the
 * future, says the wall clock was changed between the stamp and its arrival, so the pair is not
 * trusted and the window falls back on the delivery itself.
 */
export const MAX_DELIVERY_MS = 5_000
/** Both wall-clock readings are whole milliseconds. */
const ROUNDING_MS = 2

/**
 * Main's time as this window reads it, from its own monotonic clock plus an offset.
 *
 * Main and the windows run on one machine and read one wall clock. Each snapshot carries main's
 * clock and that wall clock read at the same instant; their difference is exact, and the window
 * adds it to its own wall clock at arrival. So the offset does not depend on how late the
 * snapshot came, and every window flips a second at the same instant. Between snapshots the
 * window counts on its monotonic clock, as main does, so a changed system clock does not make
 * the timers jump. Should the wall clock change while a snapshot is on its way, the window
 * falls back on the delivery: a snapshot can only arrive late, so the largest offset seen is
 * the best estimate.
 */
export class MainClock {
  readonly #clocks: WindowClocks
  #offset = Number.NEGATIVE_INFINITY
  #bestByDelivery = Number.NEGATIVE_INFINITY

  constructor(clocks: WindowClocks = browserClocks) {
    this.#clocks = clocks
  }

  /** Learns from main's stamp on a snapshot that has just arrived. */
  observe(stamp: MainStamp): void {
    const wall = this.#clocks.wall()
    const monotonic = this.#clocks.monotonic()
    this.#bestByDelivery = Math.max(this.#bestByDelivery, stamp.clock - monotonic)
    const onTheWay = wall - stamp.wallClock
    const trusted = onTheWay >= -ROUNDING_MS && onTheWay <= MAX_DELIVERY_MS
    this.#offset = trusted
      ? stamp.clock - stamp.wallClock + (wall - monotonic)
      : this.#bestByDelivery
  }

  /** Main's time now; before the first snapshot, this window's monotonic clock. */
  now(): number {
    const offset = Number.isFinite(this.#offset) ? this.#offset : 0
    return this.#clocks.monotonic() + offset
  }
}
