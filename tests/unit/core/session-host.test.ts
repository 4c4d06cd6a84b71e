import { describe, expect, it, vi } from 'vitest'
import type { SnapshotPersistence } from '@core/ports'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { WindowSnapshot } from '@core/session/schema'
import { clone, expectSameSnapshot, FakeClock, FakePersistence, sessionWith, T0 } from './fixtures'

/** Main's clock, as MonotonicClock keeps it, may run apart from the machine's wall clock. */
const WALL_AHEAD = 250

function setup(options: { revision?: number; withPersistence?: boolean } = {}) {
  const clock = new FakeClock(T0)
  const persistence = new FakePersistence()
  const host = new SessionHost({
    session: createSession(T0),
    clock,
    wall: () => clock.now() + WALL_AHEAD,
    ...(options.withPersistence === false ? {} : { persistence }),
    ...(options.revision === undefined ? {} : { revision: options.revision }),
  })
  return { clock, persistence, host }
}

describe('SessionHost', () => {
  it('starts at revision 0 with the given session, or at the given revision', () => {
    const session = createSession(T0)
    const host = new SessionHost({ session, clock: new FakeClock(T0), wall: () => T0 + 7 })
    expect(host.getSnapshot()).toEqual({
      revision: 0,
      session,
      history: { canUndo: false, canRedo: false },
      clock: T0,
      wallClock: T0 + 7,
    })
    expect(setup({ revision: 41 }).host.getSnapshot().revision).toBe(41)
  })

  it('snapshotFor gives the presenter everything and the projector no private notes', () => {
    const { host } = setup()
    const secret = 'Alleen voor de begeleider'
    expect(host.dispatch({ type: 'starter/edit', observation: secret }).ok).toBe(true)
    expect(host.getSnapshot().session.starter.observation).toBe(secret)
    expect(host.snapshotFor('presenter')).toEqual(host.getSnapshot())
    const projected = host.snapshotFor('projector')
    expect(projected.revision).toBe(host.getSnapshot().revision)
    expect(projected.session.starter.observation).toBe('')
    expect(projected.session.phases.every((phase) => phase.notes === '')).toBe(true)
    expect(JSON.stringify(projected)).not.toContain(secret)
  })

  it('stamps every snapshot it hands out with its clock, as a new object each time', () => {
    const { host, clock } = setup()
    const first = host.getSnapshot()
    clock.advance(1500)
    const second = host.getSnapshot()
    expect(second).not.toBe(first)
    expect(first.clock).toBe(T0)
    expect(second.clock).toBe(T0 + 1500)
    expectSameSnapshot(second, first)
    // Handing one out changes nothing for the next.
    expect(first.clock).toBe(T0)
  })

  it('tells listeners and the saver the snapshot stamped at the time of the change', () => {
    const { host, clock, persistence } = setup()
    const seen: WindowSnapshot[] = []
    host.subscribe((snapshot) => seen.push(snapshot))
    clock.advance(2000)
    host.dispatch({ type: 'timer/start', timer: 'round' })
    expect(seen).toHaveLength(1)
    expect(seen[0]?.clock).toBe(T0 + 2000)
    expect(seen[0]?.session.timers.round.startedAt).toBe(T0 + 2000)
    expect(persistence.scheduled.at(-1)).toBe(seen[0])
    clock.advance(500)
    expect(host.getSnapshot().clock).toBe(T0 + 2500)
    expect(seen[0]?.clock).toBe(T0 + 2000)
  })

  it('applies an accepted command, bumps the revision and stamps the clock time', () => {
    const { host, clock } = setup()
    clock.advance(5000)
    const result = host.dispatch({ type: 'dilemma/add', title: 'Eerste' })
    expect(result).toEqual({ ok: true, revision: 1 })
    const snapshot = host.getSnapshot()
    expect(snapshot.revision).toBe(1)
    // The default programme took ph1..ph6, so the first dilemma is d7.
    expect(snapshot.session.dilemmas.map((d) => d.id)).toEqual(['d7'])
    expect(snapshot.session.nextSeq).toBe(8)
    expect(snapshot.session.updatedAt).toBe(T0 + 5000)
  })

  it('increments the revision by one per accepted command only', () => {
    const { host } = setup()
    expect(host.dispatch({ type: 'dilemma/add', title: 'a' })).toEqual({ ok: true, revision: 1 })
    expect(host.dispatch({ type: 'dilemma/add', title: '' }).ok).toBe(false)
    expect(host.dispatch({ type: 'dilemma/remove', id: 'd9' }).ok).toBe(false)
    expect(host.getSnapshot().revision).toBe(1)
    expect(host.dispatch({ type: 'dilemma/make-current', id: 'd7' })).toEqual({
      ok: true,
      revision: 2,
    })
    expect(host.getSnapshot().revision).toBe(2)
  })

  it('continues from a given start revision', () => {
    const { host } = setup({ revision: 10 })
    expect(host.dispatch({ type: 'dilemma/add', title: 'a' })).toEqual({ ok: true, revision: 11 })
  })

  it('tells every listener the new snapshot', () => {
    const { host } = setup()
    const first = vi.fn<(snapshot: WindowSnapshot) => void>()
    const second = vi.fn<(snapshot: WindowSnapshot) => void>()
    host.subscribe(first)
    host.subscribe(second)
    host.dispatch({ type: 'dilemma/add', title: 'a' })
    expect(first).toHaveBeenCalledTimes(1)
    expect(second).toHaveBeenCalledTimes(1)
    expect(first).toHaveBeenCalledWith(host.getSnapshot())
    expect(first.mock.calls[0]?.[0].revision).toBe(1)
    expect(first.mock.calls[0]?.[0].session.dilemmas).toHaveLength(1)
  })

  it('stops notifying after unsubscribe, without affecting other listeners', () => {
    const { host } = setup()
    const gone = vi.fn<(snapshot: WindowSnapshot) => void>()
    const staying = vi.fn<(snapshot: WindowSnapshot) => void>()
    const unsubscribe = host.subscribe(gone)
    host.subscribe(staying)
    host.dispatch({ type: 'dilemma/add', title: 'a' })
    unsubscribe()
    host.dispatch({ type: 'dilemma/add', title: 'b' })
    expect(gone).toHaveBeenCalledTimes(1)
    expect(staying).toHaveBeenCalledTimes(2)
    unsubscribe()
    host.dispatch({ type: 'dilemma/add', title: 'c' })
    expect(staying).toHaveBeenCalledTimes(3)
  })

  it('lets a listener unsubscribe itself while being notified', () => {
    const { host } = setup()
    const seen: number[] = []
    const unsubscribe = host.subscribe((snapshot) => {
      seen.push(snapshot.revision)
      unsubscribe()
    })
    host.dispatch({ type: 'dilemma/add', title: 'a' })
    host.dispatch({ type: 'dilemma/add', title: 'b' })
    expect(seen).toEqual([1])
  })

  it.each<[string, unknown]>([
    ['garbage', 'not a command'],
    ['null', null],
    ['an extra field', { type: 'dilemma/add', title: 'a', id: 'd5' }],
    ['an unknown dilemma', { type: 'dilemma/remove', id: 'd1' }],
    ['an unknown principle', { type: 'projector/show-principle', principleId: 'nope' }],
  ])('on %s changes nothing, notifies nobody and saves nothing', (_label, input) => {
    const { host, persistence, clock } = setup()
    const listener = vi.fn<(snapshot: WindowSnapshot) => void>()
    host.subscribe(listener)
    const before = host.getSnapshot()
    const copy = clone(before)
    clock.advance(1000)
    const result = host.dispatch(input)
    expect(result.ok).toBe(false)
    expectSameSnapshot(host.getSnapshot(), before)
    // Only the clock stamps move on, to the time they are asked for.
    expect(host.getSnapshot()).toEqual({
      ...copy,
      clock: T0 + 1000,
      wallClock: T0 + 1000 + WALL_AHEAD,
    })
    expect(listener).not.toHaveBeenCalled()
    expect(persistence.scheduled).toEqual([])
  })

  it('reports the error code of a rejected command', () => {
    const { host } = setup()
    const invalid = host.dispatch({ type: 'dilemma/add' })
    expect(!invalid.ok && invalid.error.code).toBe('invalid-command')
    const unknown = host.dispatch({ type: 'dilemma/edit', id: 'd3', title: 'x' })
    expect(!unknown.ok && unknown.error.code).toBe('unknown-dilemma')
  })

  it('schedules a save for each accepted command with that snapshot', () => {
    const { host, persistence } = setup()
    host.dispatch({ type: 'dilemma/add', title: 'a' })
    host.dispatch({ type: 'dilemma/add', title: '   ' })
    host.dispatch({ type: 'dilemma/add', title: 'b' })
    host.dispatch({ type: 'projector/show-principle', principleId: 'open' })
    expect(persistence.scheduled.map((s) => s.revision)).toEqual([1, 2, 3])
    expect(persistence.scheduled.at(-1)).toStrictEqual(host.getSnapshot())
  })

  it('keeps earlier snapshots unchanged when later commands are applied', () => {
    const { host } = setup()
    host.dispatch({ type: 'dilemma/add', title: 'a' })
    const first = host.getSnapshot()
    const copy = clone(first)
    expect(host.dispatch({ type: 'dilemma/edit', id: 'd7', title: 'b' }).ok).toBe(true)
    expect(host.dispatch({ type: 'dilemma/remove', id: 'd7' }).ok).toBe(true)
    expect(host.getSnapshot().revision).toBe(3)
    expect(first).toEqual(copy)
  })

  it('replaceSession swaps the session, bumps the revision, notifies and saves', () => {
    const { host, persistence } = setup()
    host.dispatch({ type: 'dilemma/add', title: 'a' })
    const listener = vi.fn<(snapshot: WindowSnapshot) => void>()
    host.subscribe(listener)
    const resumed = sessionWith(3, { currentDilemmaId: 'd2', nextSeq: 40 })
    const snapshot = host.replaceSession(resumed)
    expect(snapshot).toEqual({
      revision: 2,
      session: resumed,
      history: { canUndo: false, canRedo: false },
      clock: T0,
      wallClock: T0 + WALL_AHEAD,
    })
    expect(host.getSnapshot()).toStrictEqual(snapshot)
    expect(listener).toHaveBeenCalledWith(snapshot)
    expect(persistence.scheduled.at(-1)).toBe(snapshot)
    expect(host.dispatch({ type: 'dilemma/add', title: 'x' })).toEqual({ ok: true, revision: 3 })
    expect(host.getSnapshot().session.dilemmas.at(-1)?.id).toBe('d40')
  })

  it('flush delegates to the persistence', async () => {
    const { host, persistence } = setup()
    await host.flush()
    expect(persistence.flushes).toBe(1)
  })

  it('flush resolves and dispatch works without persistence', async () => {
    const { host } = setup({ withPersistence: false })
    expect(host.dispatch({ type: 'dilemma/add', title: 'a' })).toEqual({ ok: true, revision: 1 })
    await expect(host.flush()).resolves.toBeUndefined()
  })

  it('flush passes on the persistence result', async () => {
    const failure = new Error('disk full')
    const persistence: SnapshotPersistence = {
      schedule: () => undefined,
      flush: () => Promise.reject(failure),
    }
    const host = new SessionHost({
      session: createSession(T0),
      clock: new FakeClock(T0),
      persistence,
    })
    await expect(host.flush()).rejects.toBe(failure)
  })
})

describe('a listener that throws', () => {
  it('does not keep the other listeners from the snapshot', () => {
    const host = new SessionHost({ session: createSession(0), clock: { now: () => 1 } })
    const seen: number[] = []
    host.subscribe(() => {
      throw new Error('window is closing')
    })
    host.subscribe((snapshot) => seen.push(snapshot.revision))
    const result = host.dispatch({ type: 'dilemma/add', title: 'Eerste' })
    expect(result).toEqual({ ok: true, revision: 1 })
    expect(seen).toEqual([1])
  })
})
