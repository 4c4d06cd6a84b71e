import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { EXAMPLE_DILEMMAS } from '@core/commands/domains/dilemmas'
import { historyKey } from '@core/commands/history-key'
import { commandSchema, type CommandErrorCode, type CommandInput } from '@core/commands/schema'
import type { Clock, SnapshotPersistence } from '@core/host/ports'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import {
  BLACKOUTS,
  CASE_TEXT_FIELDS,
  DILEMMA_STATUSES,
  HARVEST_LISTS,
  PHASE_KINDS,
  PROJECTOR_THEMES,
  PROJECTOR_TIMERS,
  sessionSchema,
  TIMER_NAMES,
  type Session,
  type Snapshot,
  type WindowSnapshot,
} from '@core/session/schema'
import { expectSameSnapshot, sessionWith, T0 } from './fixtures'
import { parse } from './reduce-helpers'

class FakeClock implements Clock {
  constructor(public time: number) {}
  now(): number {
    return this.time
  }
  advance(ms: number): void {
    this.time += ms
  }
}

class FakePersistence implements SnapshotPersistence {
  readonly scheduled: Snapshot[] = []
  schedule(snapshot: Snapshot): void {
    this.scheduled.push(snapshot)
  }
  flush(): Promise<void> {
    return Promise.resolve()
  }
}

function setup(start: Session = createSession(T0)) {
  const clock = new FakeClock(T0)
  const persistence = new FakePersistence()
  const host = new SessionHost({ session: start, clock, persistence })
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
    [{ type: 'followup/edit', id: 'f1', who: 'x' }, 'followup/edit:f1:who'],
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
    { type: 'session/new' },
  ])('gives the single act %j no key', (command) => {
    expect(historyKey(parse(command))).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------
// Random sequences of valid commands (property).

interface Step {
  readonly pick: number
  readonly a: number
  readonly b: number
  readonly text: string
  readonly waitMs: number
}

const colours = ['#1d4e89', '#6a2c91', '#005f73', '#a1262d', '#245c36']

function nth<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length]
}

/** One command built from the session it will meet, mostly with ids that exist. */
const BUILDERS: readonly [weight: number, build: (s: Session, step: Step) => CommandInput][] = [
  [2, (_s, { text }) => ({ type: 'setup/edit', title: text })],
  [
    1,
    (_s, { a }) => ({
      type: 'setup/edit',
      variant: nth(['variant1', 'variant2', 'both'] as const, a) ?? 'both',
    }),
  ],
  [1, (_s, { a }) => ({ type: 'display/set-locale', locale: a % 2 ? 'en' : 'nl' })],
  [
    1,
    (s, { a, text }) => ({
      type: 'principle/edit',
      id: nth(s.principles, a)?.id ?? 'open',
      name: `P ${text}`,
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'principle/edit',
      id: nth(s.principles, a)?.id ?? 'open',
      color: nth(colours, b) ?? '#000000',
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'principle/move',
      id: nth(s.principles, a)?.id ?? 'open',
      toIndex: b % 9,
    }),
  ],
  [0.3, () => ({ type: 'principles/reset' })],
  [
    0.3,
    (s, { a }) => ({
      type: 'principles/replace',
      principles: [
        ...s.principles.filter((_, i) => (i + a) % 3 !== 0),
        { id: `eigen${a % 4}`, name: 'Eigen', summary: '', explanation: '', color: '#123456' },
      ].filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i),
    }),
  ],
  [
    3,
    (_s, { a, b }) => ({
      type: 'participant/add-many',
      names: [`Deelnemer ${a % 12}`, `Gast ${b % 5}`],
    }),
  ],
  [
    1,
    (s, { a, text }) => ({
      type: 'participant/rename',
      id: nth(s.participants, a)?.id ?? 'pp1',
      name: `N ${text}`,
    }),
  ],
  [1, (s, { a }) => ({ type: 'participant/remove', id: nth(s.participants, a)?.id ?? 'pp1' })],
  [
    1,
    (s, { a, b }) => ({
      type: 'participant/set-present',
      id: nth(s.participants, a)?.id ?? 'pp1',
      present: b % 2 === 0,
    }),
  ],
  [
    1,
    (_s, { a, b }) => ({
      type: 'phase/add',
      kind: nth(PHASE_KINDS, a) ?? 'other',
      title: 'Extra',
      plannedMinutes: b % 30,
      index: b % 8,
    }),
  ],
  [2, (s, { a, text }) => ({ type: 'phase/edit', id: nth(s.phases, a)?.id ?? 'ph1', notes: text })],
  [0.5, (s, { a }) => ({ type: 'phase/remove', id: nth(s.phases, a)?.id ?? 'ph1' })],
  [1, (s, { a, b }) => ({ type: 'phase/move', id: nth(s.phases, a)?.id ?? 'ph1', toIndex: b % 8 })],
  [
    2,
    (s, { a, b }) => ({
      type: 'phase/go',
      id: b % 5 === 0 ? null : (nth(s.phases, a)?.id ?? 'ph1'),
    }),
  ],
  [2, () => ({ type: 'phase/next' })],
  [1, () => ({ type: 'phase/previous' })],
  [0.5, () => ({ type: 'phase/finish' })],
  [1, (_s, { text }) => ({ type: 'starter/edit', observation: text })],
  [
    4,
    (_s, { a, text }) => ({
      type: 'dilemma/add',
      title: `Dilemma ${text}`,
      variant: a % 2 ? 'variant2' : 'variant1',
    }),
  ],
  [
    1,
    (_s, { a }) => ({
      type: 'dilemma/add-example',
      exampleId: nth(EXAMPLE_DILEMMAS, a)?.id ?? 'x',
    }),
  ],
  [
    2,
    (s, { a, text }) => ({
      type: 'dilemma/edit',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      description: text,
    }),
  ],
  [1, (s, { a }) => ({ type: 'dilemma/remove', id: nth(s.dilemmas, a)?.id ?? 'd1' })],
  [
    1,
    (s, { a, b }) => ({
      type: 'dilemma/move',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      toIndex: b % 10,
    }),
  ],
  [
    2,
    (s, { a, b }) => ({
      type: 'dilemma/make-current',
      id: b % 6 === 0 ? null : (nth(s.dilemmas, a)?.id ?? 'd1'),
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'dilemma/set-status',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      status: nth(DILEMMA_STATUSES, b) ?? 'queued',
    }),
  ],
  [
    2,
    (s, { a, b, text }) => ({
      type: 'dilemma/set-text',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      field: nth(CASE_TEXT_FIELDS, b) ?? 'tops',
      text,
    }),
  ],
  [
    3,
    (s, { a, b }) => ({
      type: 'tally/adjust',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      principleId: nth(s.principles, b)?.id ?? 'open',
      delta: (b % 7) - 3,
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'tally/set',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      principleId: nth(s.principles, b)?.id ?? 'open',
      count: b % 20,
    }),
  ],
  [0.5, (s, { a }) => ({ type: 'tally/reset', dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1' })],
  [
    2,
    (s, { a, b }) => ({
      type: 'v2/set-principles',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      principleIds: s.principles.slice(b % 3, (b % 3) + (a % 5)).map((p) => p.id),
    }),
  ],
  [
    2,
    (s, { a, b }) => ({
      type: 'v2/assign',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      slot: b % 4,
      participantId: b % 7 === 0 ? null : (nth(s.participants, a + b)?.id ?? 'pp1'),
    }),
  ],
  [
    2,
    (s, { a, b }) => ({
      type: 'v2/pick-speakers',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      seed: b,
    }),
  ],
  [2, (s, { a }) => ({ type: 'v2/rotate', dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1' })],
  [
    2,
    (_s, { a, text }) => ({ type: 'harvest/add', list: nth(HARVEST_LISTS, a) ?? 'threads', text }),
  ],
  [
    2,
    (s, { a, text }) => ({
      type: 'harvest/edit',
      list: 'threads',
      id: nth(s.harvest.threads, a)?.id ?? 'h1',
      text,
    }),
  ],
  [
    1,
    (s, { a }) => ({
      type: 'harvest/remove',
      list: 'insights',
      id: nth(s.harvest.insights, a)?.id ?? 'h1',
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'harvest/move',
      list: 'threads',
      id: nth(s.harvest.threads, a)?.id ?? 'h1',
      toIndex: b % 6,
    }),
  ],
  [1, (_s, { text }) => ({ type: 'followup/add', what: text, due: '2026-12-15' })],
  [
    1,
    (s, { a, text }) => ({
      type: 'followup/edit',
      id: nth(s.harvest.followUps, a)?.id ?? 'f1',
      who: text,
    }),
  ],
  [0.5, (s, { a }) => ({ type: 'followup/remove', id: nth(s.harvest.followUps, a)?.id ?? 'f1' })],
  [
    2,
    (s, { a, b }) => ({
      type: 'projector/show-principle',
      principleId: b % 4 === 0 ? null : (nth(s.principles, a)?.id ?? 'open'),
    }),
  ],
  [
    0.5,
    (_s, { a, b }) => ({
      type: 'projector/set-timer',
      timer: nth(PROJECTOR_TIMERS, a + b) ?? 'hidden',
    }),
  ],
  [0.5, (_s, { a }) => ({ type: 'projector/blackout', blackout: nth(BLACKOUTS, a) ?? 'none' })],
  [0.5, (_s, { a }) => ({ type: 'projector/set-font-scale', fontScale: (8 + (a % 8)) / 10 })],
  [
    0.5,
    (_s, { b }) => ({ type: 'projector/set-theme', theme: nth(PROJECTOR_THEMES, b) ?? 'standard' }),
  ],
  [1.5, (_s, { a }) => ({ type: 'timer/start', timer: nth(TIMER_NAMES, a) ?? 'phase' })],
  [1.5, (_s, { a }) => ({ type: 'timer/pause', timer: nth(TIMER_NAMES, a) ?? 'phase' })],
  [0.5, (_s, { a }) => ({ type: 'timer/reset', timer: nth(TIMER_NAMES, a) ?? 'phase' })],
  [
    1,
    (_s, { a, b }) => ({
      type: 'timer/adjust',
      timer: nth(TIMER_NAMES, a) ?? 'phase',
      minutes: (b % 5) - 2,
    }),
  ],
  [0.5, (_s, { b }) => ({ type: 'break/start', minutes: 1 + (b % 30) })],
  [0.5, () => ({ type: 'break/end' })],
  [
    0.5,
    (_s, { a, b }) => ({
      type: 'timers/settings',
      roundMinutes: 1 + (a % 10),
      ...(b % 2 === 0
        ? { warningMinutes: b % 6 }
        : { roundSound: a % 2 === 0, pulse: b % 3 === 0 }),
    }),
  ],
  [
    0.3,
    (_s, { a, b }) => ({
      type: 'report/options',
      ...(a % 3 === 0 ? {} : { includeNames: a % 2 === 0 }),
      ...(b % 3 === 0 ? {} : { includeContributors: b % 2 === 0 }),
    }),
  ],
  [0.2, () => ({ type: 'session/from-template' })],
  [0.1, () => ({ type: 'session/new' })],
]

const typesOf = (schemas: readonly { shape: { type: { value: string } } }[]): string[] =>
  schemas.map((schema) => schema.shape.type.value)

const TOTAL_WEIGHT = BUILDERS.reduce((sum, [weight]) => sum + weight, 0)

function commandFor(session: Session, step: Step): CommandInput {
  let pick = (step.pick / 1_000_000) * TOTAL_WEIGHT
  for (const [weight, build] of BUILDERS) {
    if (pick < weight) return build(session, step)
    pick -= weight
  }
  return { type: 'phase/next' }
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.integer({ min: 0, max: 999_999 }),
  a: fc.nat({ max: 1000 }),
  b: fc.nat({ max: 1000 }),
  text: fc
    .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
    .map((text) => (text.trim() === '' ? 'x' : text)),
  waitMs: fc.oneof(fc.integer({ min: 0, max: 2999 }), fc.integer({ min: 3000, max: 60_000 })),
})

const DOMAIN_REFUSALS: readonly CommandErrorCode[] = [
  'unknown-dilemma',
  'unknown-principle',
  'unknown-participant',
  'unknown-phase',
  'unknown-item',
  'invalid-state',
  'limit-reached',
]

describe('random sequences of valid commands (property)', () => {
  it('always give valid sessions, and undoing all of them returns exactly the start', () => {
    let accepted = 0
    const acceptedTypes = new Set<string>()
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 10, maxLength: 80, size: 'max' }), (steps) => {
        const clock = new FakeClock(T0)
        const initial = createSession(T0)
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
    expect([...acceptedTypes].sort()).toEqual(
      typesOf(commandSchema.options)
        .filter((type) => !type.startsWith('history/'))
        .sort(),
    )
  })
})
