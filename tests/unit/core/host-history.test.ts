import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { historyKey } from '@core/commands/history-key'
import type { CommandErrorCode, CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { sessionSchema, type Session, type WindowSnapshot } from '@core/session/schema'
import { commandFor, DOMAIN_REFUSALS, sessionCommandTypes, stepArb } from './command-builders'
import {
  expectSameSnapshot,
  FakeClock,
  FakePersistence,
  sessionWith,
  T0,
  withLookBack,
} from './fixtures'
import { parse } from './reduce-helpers'

function setup(start: Session = createSession(T0)) {
  const clock = new FakeClock(T0)
  const persistence = new FakePersistence()
  const host = new SessionHost({ session: start, clock, wall: () => clock.now(), persistence })
  const seen: WindowSnapshot[] = []
  host.subscribe((snapshot) => seen.push(snapshot))
  /** Dispatches and insists on acceptance. */
  const run = (command: CommandInput): number => {
    const result = host.dispatch(command)
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`)
    return result.revision
  }
  const undo = () => host.dispatch({ type: 'history/undo' })
  const redo = () => host.dispatch({ type: 'history/redo' })
  const session = () => host.getSnapshot().session
  return { clock, persistence, host, seen, run, undo, redo, session }
}

/** Undoes until the host says nothing-to-undo; returns how many steps that took. */
function undoAll(host: SessionHost): number {
  let steps = 0
  while (host.dispatch({ type: 'history/undo' }).ok) steps++
  return steps
}

describe('undo and redo through the host', () => {
  it('shows canUndo and canRedo in every snapshot', () => {
    const { host, run, undo, redo, seen } = setup()
    expect(host.getSnapshot().history).toEqual({ canUndo: false, canRedo: false })
    run({ type: 'dilemma/add', title: 'a' })
    expect(host.getSnapshot().history).toEqual({ canUndo: true, canRedo: false })
    undo()
    expect(host.getSnapshot().history).toEqual({ canUndo: false, canRedo: true })
    redo()
    expect(host.getSnapshot().history).toEqual({ canUndo: true, canRedo: false })
    expect(seen.map((s) => s.history)).toEqual([
      { canUndo: true, canRedo: false },
      { canUndo: false, canRedo: true },
      { canUndo: true, canRedo: false },
    ])
  })

  it('undo gives back the exact earlier session as a new revision, told and saved', () => {
    const { host, run, undo, seen, persistence, session } = setup()
    const initial = session()
    run({ type: 'dilemma/add', title: 'a' })
    const afterAdd = session()
    expect(undo()).toEqual({ ok: true, revision: 2 })
    expect(session()).toBe(initial)
    expect(host.getSnapshot().revision).toBe(2)
    // The clock has not moved, so what was published is exactly what the host hands out now.
    expect(seen.at(-1)).toStrictEqual(host.getSnapshot())
    expect(persistence.scheduled.at(-1)).toBe(seen.at(-1))
    expect(host.dispatch({ type: 'history/redo' })).toEqual({ ok: true, revision: 3 })
    expect(session()).toBe(afterAdd)
  })

  it('undo restores the phase times and the shown principle', () => {
    const { run, undo, session, clock } = setup()
    run({ type: 'phase/go', id: 'ph1' })
    run({ type: 'projector/show-principle', principleId: 'open' })
    const before = session()
    clock.advance(60_000)
    run({ type: 'phase/next' })
    expect(session().projector.principleId).toBeNull()
    undo()
    expect(session()).toBe(before)
    expect(session().phases[0]?.endedAt).toBeNull()
    expect(session().projector.principleId).toBe('open')
  })

  it('goes back at least 100 steps, and forward again', () => {
    const { host, run, redo, session, clock } = setup()
    const initial = session()
    for (let i = 0; i < 150; i++) {
      clock.advance(10)
      run({ type: 'harvest/add', list: 'threads', text: `draad ${i}` })
    }
    const last = session()
    expect(undoAll(host)).toBe(150)
    expect(session()).toBe(initial)
    for (let i = 0; i < 150; i++) expect(redo().ok).toBe(true)
    expect(session()).toBe(last)
    expect(host.getSnapshot().history).toEqual({ canUndo: true, canRedo: false })
  })

  it('a new command after undo clears the redo', () => {
    const { host, run, undo, redo } = setup()
    run({ type: 'dilemma/add', title: 'a' })
    run({ type: 'dilemma/add', title: 'b' })
    undo()
    expect(host.getSnapshot().history.canRedo).toBe(true)
    run({ type: 'dilemma/add', title: 'c' })
    expect(host.getSnapshot().history).toEqual({ canUndo: true, canRedo: false })
    const result = redo()
    expect(!result.ok && result.error.code).toBe('nothing-to-redo')
    expect(host.getSnapshot().session.dilemmas.map((d) => d.title)).toEqual(['a', 'c'])
  })

  it.each<['history/undo' | 'history/redo', CommandErrorCode]>([
    ['history/undo', 'nothing-to-undo'],
    ['history/redo', 'nothing-to-redo'],
  ])('%s with nothing to go to is refused with %s; nothing changes', (type, code) => {
    const { host, seen, persistence } = setup()
    const before = host.getSnapshot()
    expect(host.dispatch({ type })).toEqual({ ok: false, error: { code, detail: code } })
    expectSameSnapshot(host.getSnapshot(), before)
    expect(seen).toEqual([])
    expect(persistence.scheduled).toEqual([])
  })

  it('refuses undo and redo with extra fields', () => {
    const { host } = setup()
    const result = host.dispatch({ type: 'history/undo', steps: 2 })
    expect(!result.ok && result.error.code).toBe('invalid-command')
  })

  it('a refused command is no step and keeps the redo', () => {
    const { host, run, undo } = setup()
    run({ type: 'dilemma/add', title: 'a' })
    undo()
    expect(host.dispatch({ type: 'dilemma/remove', id: 'd99' }).ok).toBe(false)
    expect(host.getSnapshot().history).toEqual({ canUndo: false, canRedo: true })
  })

  it('a command that changes nothing is no step, no revision and keeps the redo', () => {
    const { host, run, undo, seen } = setup()
    run({ type: 'dilemma/add', title: 'a' })
    run({ type: 'dilemma/make-current', id: 'd7' })
    undo()
    run({ type: 'dilemma/make-current', id: null })
    const count = seen.length
    const revision = host.getSnapshot().revision
    expect(host.dispatch({ type: 'dilemma/make-current', id: null })).toEqual({
      ok: true,
      revision,
    })
    expect(host.dispatch({ type: 'phase/go', id: null })).toEqual({ ok: true, revision })
    expect(seen).toHaveLength(count)
    expect(host.getSnapshot().history.canUndo).toBe(true)
    expect(undoAll(host)).toBe(1)
  })

  it('replaceSession clears the history', () => {
    const { host, run, undo } = setup()
    run({ type: 'dilemma/add', title: 'a' })
    run({ type: 'dilemma/add', title: 'b' })
    undo()
    const resumed = sessionWith(2)
    const snapshot = host.replaceSession(resumed)
    expect(snapshot.history).toEqual({ canUndo: false, canRedo: false })
    expect(undo()).toEqual({
      ok: false,
      error: { code: 'nothing-to-undo', detail: 'nothing-to-undo' },
    })
    expect(host.getSnapshot().session).toBe(resumed)
  })

  it('keeps its history as configured', () => {
    const host = new SessionHost({
      session: createSession(T0),
      clock: new FakeClock(T0),
      history: { limit: 2 },
    })
    for (const title of ['a', 'b', 'c']) host.dispatch({ type: 'dilemma/add', title })
    expect(undoAll(host)).toBe(2)
    expect(host.getSnapshot().session.dilemmas.map((d) => d.title)).toEqual(['a'])
  })
})

describe('typing bursts become one undo step', () => {
  it('typing a title inside 3 s is one step, back to before the first letter', () => {
    const { host, run, undo, session, clock } = setup()
    run({ type: 'dilemma/add', title: 'D' })
    const before = session()
    for (const title of ['Di', 'Dil', 'Dile', 'Dilem', 'Dilemma']) {
      clock.advance(400)
      run({ type: 'dilemma/edit', id: 'd7', title })
    }
    expect(session().dilemmas[0]?.title).toBe('Dilemma')
    undo()
    expect(session()).toBe(before)
    expect(host.getSnapshot().history.canUndo).toBe(true)
  })

  it('a pause of 3 s starts a new step', () => {
    const { run, undo, session, clock } = setup()
    run({ type: 'setup/edit', title: 'T' })
    clock.advance(1000)
    run({ type: 'setup/edit', title: 'Te' })
    const paused = session()
    clock.advance(3000)
    run({ type: 'setup/edit', title: 'Tea' })
    clock.advance(500)
    run({ type: 'setup/edit', title: 'Team' })
    undo()
    expect(session()).toBe(paused)
    undo()
    expect(session().setup.title).toBe('')
  })

  it('two different fields do not merge, even when typed quickly', () => {
    const { host, run, undo, session, clock } = setup()
    run({ type: 'dilemma/add', title: 'D' })
    clock.advance(100)
    run({ type: 'dilemma/edit', id: 'd7', title: 'Da' })
    const afterTitle = session()
    clock.advance(100)
    run({ type: 'dilemma/edit', id: 'd7', description: 'x' })
    undo()
    expect(session()).toBe(afterTitle)
    undo()
    expect(session().dilemmas[0]?.title).toBe('D')
    expect(host.getSnapshot().history.canUndo).toBe(true)
  })

  it('the same field of two dilemmas does not merge', () => {
    const { run, undo, session, clock } = setup()
    run({ type: 'dilemma/add', title: 'a' })
    run({ type: 'dilemma/add', title: 'b' })
    const start = session()
    run({ type: 'dilemma/set-text', id: 'd7', field: 'tops', text: 'x' })
    const afterFirst = session()
    clock.advance(100)
    run({ type: 'dilemma/set-text', id: 'd8', field: 'tops', text: 'y' })
    undo()
    expect(session()).toBe(afterFirst)
    undo()
    expect(session()).toBe(start)
  })

  it('case texts, harvest items, notes and the starter merge per field', () => {
    const { host, run, session, clock } = setup()
    const initial = session()
    run({ type: 'dilemma/add', title: 'a' })
    run({ type: 'harvest/add', list: 'threads' })
    const bursts: CommandInput[][] = [
      ['t', 'to', 'top'].map((text) => ({
        type: 'dilemma/set-text',
        id: 'd7',
        field: 'tops',
        text,
      })),
      ['r', 'ro', 'rode'].map((text) => ({
        type: 'harvest/edit',
        list: 'threads',
        id: 'h8',
        text,
      })),
      ['n', 'no'].map((notes) => ({ type: 'phase/edit', id: 'ph1', notes })),
      ['s', 'st'].map((statement) => ({ type: 'starter/edit', statement })),
    ]
    for (const burst of bursts) {
      for (const command of burst) {
        clock.advance(200)
        run(command)
      }
    }
    // Two adds, then one step per burst.
    expect(undoAll(host)).toBe(2 + 4)
    expect(session()).toBe(initial)
  })

  it('keystrokes after an undo start a new step', () => {
    const { run, undo, session, clock } = setup()
    run({ type: 'setup/edit', title: 'a' })
    clock.advance(100)
    run({ type: 'setup/edit', title: 'ab' })
    undo()
    const empty = session()
    clock.advance(100)
    run({ type: 'setup/edit', title: 'x' })
    const afterX = session()
    clock.advance(100)
    run({ type: 'setup/edit', title: 'xy' })
    undo()
    expect(session()).toBe(empty)
    expect(afterX.setup.title).toBe('x')
  })
})

describe('historyKey', () => {
  it.each<[CommandInput, string | null]>([
    [{ type: 'setup/edit', title: 'x' }, 'setup/edit:title'],
    [{ type: 'setup/edit', location: 'x' }, 'setup/edit:location'],
    [{ type: 'starter/edit', statement: 'x' }, 'starter/edit:statement'],
    [{ type: 'phase/edit', id: 'ph1', notes: 'x' }, 'phase/edit:ph1:notes'],
    [{ type: 'dilemma/edit', id: 'd1', title: 'x' }, 'dilemma/edit:d1:title'],
    [{ type: 'dilemma/edit', id: 'd1', description: 'x' }, 'dilemma/edit:d1:description'],
    [{ type: 'principle/edit', id: 'open', color: '#123456' }, 'principle/edit:open:color'],
    [{ type: 'harvest/edit-followup', id: 'f1', who: 'x' }, 'harvest/edit-followup:f1:who'],
    [{ type: 'dilemma/set-text', id: 'd1', field: 'tips', text: 'x' }, 'dilemma/set-text:d1:tips'],
    [{ type: 'harvest/edit', list: 'insights', id: 'h1', text: 'x' }, 'harvest/edit:insights:h1'],
  ])('gives typing %j the key %s', (command, key) => {
    expect(historyKey(parse(command))).toBe(key)
  })

  it.each<CommandInput>([
    { type: 'setup/edit', variant: 'both' },
    { type: 'setup/edit', facilitators: ['Anna'] },
    { type: 'setup/edit', date: '2026-11-29' },
    { type: 'phase/edit', id: 'ph1', plannedMinutes: 5 },
    { type: 'dilemma/edit', id: 'd1', variant: 'variant2' },
    { type: 'dilemma/add', title: 'x' },
    { type: 'tally/adjust', dilemmaId: 'd1', principleId: 'open', delta: 1 },
    { type: 'harvest/add', list: 'threads' },
    { type: 'v2/rotate', dilemmaId: 'd1' },
    { type: 'setup/new-session' },
  ])('gives the single act %j no key', (command) => {
    expect(historyKey(parse(command))).toBeNull()
  })
})

describe('random sequences of valid commands (property)', () => {
  it('always give valid sessions, and undoing all of them returns exactly the start', () => {
    let accepted = 0
    const acceptedTypes = new Set<string>()
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 10, maxLength: 80, size: 'max' }), (steps) => {
        const clock = new FakeClock(T0)
        const initial = withLookBack(createSession(T0))
        const host = new SessionHost({ session: initial, clock })
        const listener = vi.fn<(snapshot: WindowSnapshot) => void>()
        host.subscribe(listener)
        /** Every distinct session the host held, in order. */
        const held: Session[] = [initial]
        for (const step of steps) {
          clock.advance(step.waitMs)
          const before = host.getSnapshot()
          const command = commandFor(before.session, step)
          const result = host.dispatch(command)
          if (!result.ok) {
            expect(DOMAIN_REFUSALS, `${command.type}: ${result.error.detail}`).toContain(
              result.error.code,
            )
            expectSameSnapshot(host.getSnapshot(), before)
            continue
          }
          const after = host.getSnapshot()
          if (after.revision === before.revision) {
            // Accepted without a change: the very same session, no step.
            expectSameSnapshot(after, before)
            continue
          }
          accepted++
          acceptedTypes.add(command.type)
          expect(after.revision).toBe(before.revision + 1)
          expect(after.history.canUndo).toBe(true)
          expect(after.history.canRedo).toBe(false)
          const check = sessionSchema.safeParse(after.session)
          expect(check.success, `${command.type}: ${check.error?.message}`).toBe(true)
          held.push(after.session)
        }
        const final = host.getSnapshot().session

        // Undo walks back through sessions the host held (merged typing skips some), in order.
        const visited: Session[] = []
        while (host.dispatch({ type: 'history/undo' }).ok) visited.push(host.getSnapshot().session)
        expect(host.getSnapshot().session).toBe(initial)
        expect(host.getSnapshot().history.canUndo).toBe(false)
        let cursor = held.length - 1
        for (const session of visited) {
          const index = held.lastIndexOf(session, cursor - 1)
          expect(index).toBeGreaterThanOrEqual(0)
          cursor = index
        }

        // And redo walks forward to exactly where it was.
        for (let i = 0; i < visited.length; i++)
          expect(host.dispatch({ type: 'history/redo' }).ok).toBe(true)
        expect(host.getSnapshot().session).toBe(final)
        expect(host.dispatch({ type: 'history/redo' }).ok).toBe(false)
      }),
      { numRuns: 150, seed: 20261129 },
    )
    // The sequences must do real work, not just bounce off refusals.
    expect(accepted).toBeGreaterThan(150 * 25)
    expect([...acceptedTypes].sort()).toEqual(sessionCommandTypes())
  })
})
