import { deferred, type Deferred } from '../../support/deferred'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SnapshotWriter } from '@core/ports'
import { CoalescingSaver } from '@core/persistence/coalescing-saver'
import type { Snapshot } from '@core/session/schema'
import { sessionWith, snapshotOf, T0 } from './fixtures'

const DELAY = 150
const RETRY = 2000

/** Records every write with the (fake) time it started; each write may be held open. */
class FakeWriter implements SnapshotWriter {
  readonly writes: { revision: number; at: number }[] = []
  readonly finished: number[] = []
  /** When true, each write waits until `release()`. */
  hold = false
  /** Errors to throw on the next writes, in order. */
  readonly failures: unknown[] = []
  #open: Deferred[] = []

  async write(snapshot: Snapshot): Promise<void> {
    this.writes.push({ revision: snapshot.revision, at: Date.now() })
    if (this.failures.length > 0) throw this.failures.shift()
    if (this.hold) {
      const gate = deferred()
      this.#open.push(gate)
      await gate.promise
    }
    this.finished.push(snapshot.revision)
  }

  get inFlight(): number {
    return this.#open.length
  }

  release(): void {
    this.#open.shift()?.resolve()
  }
}

const session = sessionWith(2)
const snap = (revision: number): Snapshot => snapshotOf(session, revision)
const revisions = (writer: FakeWriter) => writer.writes.map((w) => w.revision)

describe('CoalescingSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('turns a burst of schedules within the delay into one write of the newest', async () => {
    const writer = new FakeWriter()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    for (let revision = 1; revision <= 20; revision++) {
      saver.schedule(snap(revision))
      await vi.advanceTimersByTimeAsync(5)
    }
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(revisions(writer)).toEqual([20])
    await vi.advanceTimersByTimeAsync(10 * DELAY)
    expect(revisions(writer)).toEqual([20])
  })

  it('writes no later than delayMs after the first schedule', async () => {
    const writer = new FakeWriter()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY - 1)
    expect(writer.writes).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(writer.writes).toEqual([{ revision: 1, at: T0 + DELAY }])
  })

  it('defaults to a 150 ms delay', async () => {
    const writer = new FakeWriter()
    const saver = new CoalescingSaver(writer)
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(149)
    expect(writer.writes).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(writer.writes).toHaveLength(1)
  })

  it('keeps a continuous stream of schedules no more than a delay behind', async () => {
    const writer = new FakeWriter()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    for (let revision = 1; revision <= 100; revision++) {
      saver.schedule(snap(revision))
      await vi.advanceTimersByTimeAsync(10)
    }
    expect(writer.writes.length).toBeGreaterThanOrEqual(6)
    expect(writer.writes.length).toBeLessThanOrEqual(8)
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(writer.writes.at(-1)?.revision).toBe(100)
    const gaps = writer.writes.slice(1).map((w, i) => w.at - (writer.writes[i]?.at ?? 0))
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(DELAY + 10)
  })

  it('writes schedules made during an in-flight write after it, only the newest', async () => {
    const writer = new FakeWriter()
    writer.hold = true
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(revisions(writer)).toEqual([1])
    expect(writer.inFlight).toBe(1)

    saver.schedule(snap(2))
    saver.schedule(snap(3))
    saver.schedule(snap(4))
    await vi.advanceTimersByTimeAsync(10 * DELAY)
    // Never two writes at once.
    expect(revisions(writer)).toEqual([1])

    writer.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(revisions(writer)).toEqual([1, 4])
    writer.release()
    await vi.advanceTimersByTimeAsync(10 * DELAY)
    expect(revisions(writer)).toEqual([1, 4])
    expect(writer.finished).toEqual([1, 4])
  })

  it('starts a fresh delay for a schedule after everything was written', async () => {
    const writer = new FakeWriter()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY)
    await vi.advanceTimersByTimeAsync(1000)
    saver.schedule(snap(2))
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(writer.writes).toEqual([
      { revision: 1, at: T0 + DELAY },
      { revision: 2, at: T0 + 2 * DELAY + 1000 },
    ])
  })

  it('flush writes immediately and resolves only after the write', async () => {
    const writer = new FakeWriter()
    writer.hold = true
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    saver.schedule(snap(1))
    saver.schedule(snap(2))
    let done = false
    const flushed = saver.flush().then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(writer.writes).toEqual([{ revision: 2, at: T0 }])
    expect(done).toBe(false)
    writer.release()
    await flushed
    expect(done).toBe(true)
    expect(writer.finished).toEqual([2])
    // The timer of the schedule was cancelled: no second write.
    await vi.advanceTimersByTimeAsync(10 * DELAY)
    expect(revisions(writer)).toEqual([2])
  })

  it('flush during an in-flight write waits for it and for the newer snapshot', async () => {
    const writer = new FakeWriter()
    writer.hold = true
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY)
    saver.schedule(snap(2))
    let done = false
    const flushed = saver.flush().then(() => {
      done = true
    })
    writer.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(revisions(writer)).toEqual([1, 2])
    expect(done).toBe(false)
    writer.release()
    await flushed
    expect(writer.finished).toEqual([1, 2])
  })

  it('flush with nothing scheduled resolves without writing', async () => {
    const writer = new FakeWriter()
    const saver = new CoalescingSaver(writer)
    await saver.flush()
    expect(writer.writes).toEqual([])
  })

  it('calls onSaved with each written snapshot', async () => {
    const writer = new FakeWriter()
    const onSaved = vi.fn<(snapshot: Snapshot) => void>()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY, onSaved })
    const first = snap(1)
    saver.schedule(first)
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(onSaved).toHaveBeenCalledTimes(1)
    expect(onSaved).toHaveBeenCalledWith(first)
    saver.schedule(snap(2))
    await saver.flush()
    expect(onSaved).toHaveBeenCalledTimes(2)
    expect(onSaved.mock.calls[1]?.[0].revision).toBe(2)
  })

  it('on a failed write calls onError, keeps the snapshot and retries after retryMs', async () => {
    const writer = new FakeWriter()
    const failure = Object.assign(new Error('EBUSY'), { code: 'EBUSY' })
    writer.failures.push(failure)
    const onError = vi.fn<(error: unknown) => void>()
    const onSaved = vi.fn<(snapshot: Snapshot) => void>()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY, retryMs: RETRY, onError, onSaved })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith(failure)
    expect(onSaved).not.toHaveBeenCalled()

    await vi.advanceTimersByTimeAsync(RETRY - 1)
    expect(writer.writes).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(writer.writes).toEqual([
      { revision: 1, at: T0 + DELAY },
      { revision: 1, at: T0 + DELAY + RETRY },
    ])
    expect(writer.finished).toEqual([1])
    expect(onSaved).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledTimes(1)
  })

  it('defaults to a 2 s retry', async () => {
    const writer = new FakeWriter()
    writer.failures.push(new Error('boom'))
    const saver = new CoalescingSaver(writer, { delayMs: DELAY })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY + 1999)
    expect(writer.writes).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(writer.finished).toEqual([1])
  })

  it('a retry writes the newest snapshot scheduled while waiting', async () => {
    const writer = new FakeWriter()
    writer.failures.push(new Error('disk full'))
    const onError = vi.fn<(error: unknown) => void>()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY, retryMs: RETRY, onError })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY)
    saver.schedule(snap(2))
    saver.schedule(snap(3))
    // The schedules do not shorten the retry wait.
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(writer.writes).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(RETRY)
    expect(revisions(writer)).toEqual([1, 3])
    expect(writer.finished).toEqual([3])
  })

  it('keeps retrying while the writer keeps failing', async () => {
    const writer = new FakeWriter()
    writer.failures.push(new Error('1'), new Error('2'), new Error('3'))
    const onError = vi.fn<(error: unknown) => void>()
    const saver = new CoalescingSaver(writer, { delayMs: DELAY, retryMs: RETRY, onError })
    saver.schedule(snap(7))
    await vi.advanceTimersByTimeAsync(DELAY + 3 * RETRY)
    expect(onError).toHaveBeenCalledTimes(3)
    expect(revisions(writer)).toEqual([7, 7, 7, 7])
    expect(writer.finished).toEqual([7])
    await vi.advanceTimersByTimeAsync(10 * RETRY)
    expect(writer.writes).toHaveLength(4)
  })

  it('flush during the retry wait tries again at once', async () => {
    const writer = new FakeWriter()
    writer.failures.push(new Error('once'))
    const saver = new CoalescingSaver(writer, { delayMs: DELAY, retryMs: RETRY })
    saver.schedule(snap(1))
    await vi.advanceTimersByTimeAsync(DELAY)
    await saver.flush()
    expect(writer.finished).toEqual([1])
    await vi.advanceTimersByTimeAsync(2 * RETRY)
    expect(writer.writes).toHaveLength(2)
  })
})
