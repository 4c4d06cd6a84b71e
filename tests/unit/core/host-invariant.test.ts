import { describe, expect, it, vi } from 'vitest'
import { InvalidSessionError, SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { sessionSchema, type Session, type WindowSnapshot } from '@core/session/schema'
import { expectSameSnapshot, FakeClock, FakePersistence, sessionWith, T0 } from './fixtures'

function setup(start: Session = createSession(T0)) {
  const clock = new FakeClock(T0)
  const persistence = new FakePersistence()
  const host = new SessionHost({ session: start, clock, persistence })
  const listener = vi.fn<(snapshot: WindowSnapshot) => void>()
  host.subscribe(listener)
  return { clock, persistence, host, listener }
}

/** Nothing was published: no revision, no save, no window told. */
function expectNothingPublished(context: ReturnType<typeof setup>, before: WindowSnapshot): void {
  expectSameSnapshot(context.host.getSnapshot(), before)
  expect(context.persistence.scheduled).toHaveLength(before.revision)
  expect(context.listener).toHaveBeenCalledTimes(before.revision)
}

describe('the host publishes only sessions that pass the schema', () => {
  it('refuses a command whose result would not pass, with invalid-result, changing nothing', () => {
    const context = setup()
    const { host, clock } = context
    expect(host.dispatch({ type: 'dilemma/add', title: 'Eerste' }).ok).toBe(true)
    const before = host.getSnapshot()
    // A clock between two milliseconds: updatedAt would be no whole number of milliseconds.
    clock.advance(0.5)

    const result = host.dispatch({ type: 'dilemma/add', title: 'Tweede' })

    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-result', detail: expect.stringContaining('dilemma/add') },
    })
    expectNothingPublished(context, before)
    // The history is as it was: undo still goes back to before the first dilemma.
    expect(host.dispatch({ type: 'history/undo' }).ok).toBe(true)
    expect(host.getSnapshot().session.dilemmas).toEqual([])
  })

  it('keeps the redo of a refused command', () => {
    const context = setup()
    const { host, clock } = context
    host.dispatch({ type: 'dilemma/add', title: 'Eerste' })
    host.dispatch({ type: 'history/undo' })
    const before = host.getSnapshot()
    clock.advance(0.5)
    expect(host.dispatch({ type: 'dilemma/add', title: 'Tweede' }).ok).toBe(false)
    expectNothingPublished(context, before)
    expect(host.getSnapshot().history).toEqual({ canUndo: false, canRedo: true })
  })

  it('refuses an undo to a session that does not pass, and keeps the history', () => {
    // Only the session the host started with can be one (nothing the host publishes is).
    const broken: Session = { ...createSession(T0), updatedAt: -1 }
    expect(sessionSchema.safeParse(broken).success).toBe(false)
    const context = setup(broken)
    const { host } = context
    expect(host.dispatch({ type: 'setup/edit', title: 'Hersteld' }).ok).toBe(true)
    const before = host.getSnapshot()

    const result = host.dispatch({ type: 'history/undo' })

    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-result', detail: expect.stringContaining('history/undo') },
    })
    expectNothingPublished(context, before)
    expect(before.history).toEqual({ canUndo: true, canRedo: false })
  })

  it('refuses to swap in a session that does not pass, and changes nothing', () => {
    const context = setup()
    const { host } = context
    host.dispatch({ type: 'dilemma/add', title: 'Blijft staan' })
    const before = host.getSnapshot()
    const broken = sessionWith(2, { currentDilemmaId: 'weg' })

    expect(() => host.replaceSession(broken)).toThrow(InvalidSessionError)
    expect(() => host.replaceSession({ ...createSession(T0), nextSeq: 2 ** 53 })).toThrow(
      InvalidSessionError,
    )

    expectNothingPublished(context, before)
    expect(host.getSnapshot().history).toEqual({ canUndo: true, canRedo: false })
  })

  it('says which check failed in the error, for the log', () => {
    const { host } = setup()
    const broken = sessionWith(2, { currentDilemmaId: 'weg' })
    let error: unknown = null
    try {
      host.replaceSession(broken)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InvalidSessionError)
    expect(error).toMatchObject({ code: 'invalid-result' })
    expect(String(error)).toContain('current dilemma does not exist')
  })
})
