import type { Clock } from '@core/ports'
import type { ClockSources } from '@core/timers/monotonic-clock'

/** A clock the test moves by hand: the host, the reducer and the timers read it. */
export class FakeClock implements Clock {
  constructor(public time: number) {}
  now(): number {
    return this.time
  }
  advance(ms: number): void {
    this.time += ms
  }
}

/** A system clock someone can set, and a monotonic clock (performance.now) that only runs. */
export class FakeClockSources implements ClockSources {
  constructor(
    public wallTime: number,
    public monoTime = 1234.5,
  ) {}
  wall(): number {
    return this.wallTime
  }
  monotonic(): number {
    return this.monoTime
  }
  /** Real time passes: both clocks move. */
  pass(ms: number): void {
    this.wallTime += ms
    this.monoTime += ms
  }
  /** Someone (or NTP) moves the system clock; the monotonic clock does not notice. */
  jumpWall(ms: number): void {
    this.wallTime += ms
  }
  setWall(ms: number): void {
    this.wallTime = ms
  }
}
