import type { Clock } from '../ports'

export interface ClockSources {
  /** Wall-clock time in epoch milliseconds (Date.now). */
  wall(): number
  /** A clock that never jumps (performance.now, in milliseconds). */
  monotonic(): number
}

/**
 * Epoch milliseconds that never jump when someone changes the system clock mid-session: the
 * wall clock is read once, then time advances with the monotonic clock. After the laptop
 * sleeps (when the monotonic clock may have stood still), `resync` re-anchors to the wall.
 */
export class MonotonicClock implements Clock {
  #anchorWall: number
  #anchorMono: number
  readonly #sources: ClockSources

  constructor(sources: ClockSources) {
    this.#sources = sources
    this.#anchorWall = sources.wall()
    this.#anchorMono = sources.monotonic()
  }

  now(): number {
    return Math.round(this.#anchorWall + (this.#sources.monotonic() - this.#anchorMono))
  }

  /** Re-anchor to the wall clock, never moving backwards. */
  resync(): void {
    const before = this.now()
    this.#anchorWall = Math.max(before, this.#sources.wall())
    this.#anchorMono = this.#sources.monotonic()
  }
}
