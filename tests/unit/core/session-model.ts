import { isDeepStrictEqual } from 'node:util'
import type fc from 'fast-check'
import { expect } from 'vitest'
import type { CommandErrorCode } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { parseAutosave, serialiseAutosave } from '@core/persistence/autosave-format'
import { parseSessionFile, serialiseSessionFile } from '@core/session-file/session-file-format'
import { LIMITS, sessionSchema, type Session, type Snapshot } from '@core/session/schema'
import { BUILDERS, commandFor, DOMAIN_REFUSALS, type Builder, type Step } from './command-builders'
import { FakeClock, FakePersistence } from './fixtures'

// The model of session-invariant.test.ts: what a facilitator does (the commands fast-check
// runs) and what must hold after each of them.

/** Sessions that passed every check; the host never changes one in place. */
const VERIFIED = new WeakSet<Session>()

/** The extremes the reviewer found, on top of the everyday commands. */
const EXTREMES: readonly Builder[] = [
  [1.5, (_s, { a }) => ({ type: 'timer/adjust', timer: a % 3 ? 'phase' : 'round', minutes: 60 })],
  [0.3, (_s, { a }) => ({ type: 'timer/adjust', timer: a % 2 ? 'phase' : 'round', minutes: -60 })],
  [0.5, () => ({ type: 'timer/start-break', minutes: 120 })],
  [0.5, (_s, { a }) => ({ type: 'setup/edit', title: 'T'.repeat(LIMITS.shortText - (a % 2)) })],
  [0.3, (_s, { a }) => ({ type: 'participant/add-many', names: [`${'N'.repeat(79)}${a % 3}`] })],
]
const ALL_BUILDERS = [...BUILDERS, ...EXTREMES]

export interface Model {
  /** The revision the host must be at: one more for every change it published. */
  revision: number
}

export interface Real {
  host: SessionHost
  readonly clock: FakeClock
  persistence: FakePersistence
  readonly seen: Seen
}

/** What the runs did, so the test can insist they reached the extremes. */
export interface Seen {
  accepted: number
  readonly types: Set<string>
  readonly refusals: Set<CommandErrorCode>
  longestPauseMs: number
  longestDurationMs: number
  reopened: number
  restarted: number
}

export function newSeen(): Seen {
  return {
    accepted: 0,
    types: new Set(),
    refusals: new Set(),
    longestPauseMs: 0,
    longestDurationMs: 0,
    reopened: 0,
    restarted: 0,
  }
}

/** Fails with `message` unless `holds`; cheaper than expect() in a loop of 200,000 steps. */
function insist(holds: boolean, message: () => string): void {
  if (!holds) expect.fail(message())
}

/** `actual` equals `expected` exactly: -0 is not 0, and only plain objects. */
function insistEqual(actual: unknown, expected: unknown, what: string): void {
  if (isDeepStrictEqual(actual, expected)) return
  expect(actual, what).toEqual(expected)
  expect.fail(`${what}: differs in a way toEqual does not show (-0, prototypes)`)
}

function expectPublished(model: Model, real: Real): void {
  model.revision += 1
  const { revision } = real.host.getSnapshot()
  insist(revision === model.revision, () => `revision ${revision}, model ${model.revision}`)
  expectInvariant(real)
}

/**
 * The session passes the schema and survives both formats exactly. Parsing either format runs
 * the full session schema (references included), so a successful parse is the schema check.
 */
function expectInvariant(real: Real): void {
  const snapshot = real.host.getSnapshot()
  const { session } = snapshot
  // A session already shown to pass (undo and redo go back to one) is the same immutable object.
  if (VERIFIED.has(session)) return
  const saved: Snapshot | undefined = real.persistence.scheduled.at(-1)
  insist(saved?.session === session, () => 'the host did not hand this session over for saving')
  const now = real.clock.now()
  const autosave = parseAutosave(serialiseAutosave(snapshot, now))
  const file = parseSessionFile(serialiseSessionFile(session, now, '0.1.0'))
  if (!autosave.ok || !file.ok) {
    const check = sessionSchema.safeParse(session)
    expect.fail(`does not load again: ${check.error?.message ?? 'the format refused it'}`)
  }
  insistEqual(autosave.file.session, session, 'the session back from its autosave')
  insist(autosave.file.revision === snapshot.revision, () => 'the autosave lost the revision')
  insistEqual(file.session, session, 'the session back from its file')
  insist(file.migratedFrom === null, () => 'a file of today was migrated')
  VERIFIED.add(session)
  for (const timer of [session.timers.phase, session.timers.round]) {
    if (timer.startedAt === null)
      real.seen.longestPauseMs = Math.max(real.seen.longestPauseMs, timer.accumulatedMs)
    real.seen.longestDurationMs = Math.max(real.seen.longestDurationMs, timer.durationMs)
  }
}

/** One facilitator action, after the clock moved on by the step's waitMs. */
export class Act implements fc.Command<Model, Real> {
  constructor(readonly step: Step) {}
  check = () => true
  run(model: Model, real: Real): void {
    real.clock.advance(this.step.waitMs)
    const before = real.host.getSnapshot()
    const command = commandFor(before.session, this.step, ALL_BUILDERS)
    const result = real.host.dispatch(command)
    const unchanged = () => real.host.getSnapshot().session === before.session
    if (!result.ok) {
      // Never 'invalid-result': the reducers keep to the schema by themselves.
      const { code, detail } = result.error
      insist(DOMAIN_REFUSALS.includes(code), () => `${command.type} refused: ${code} ${detail}`)
      insist(unchanged(), () => `${command.type} was refused but changed the session`)
      real.seen.refusals.add(code)
      return
    }
    if (result.revision === before.revision) {
      insist(unchanged(), () => `${command.type} changed the session without a revision`)
      return
    }
    real.seen.accepted += 1
    real.seen.types.add(command.type)
    expectPublished(model, real)
  }
  toString = () => `act(${JSON.stringify(this.step)})`
}

/** The facilitator presses one button again and again (+60 min, 25 times). */
export class PressRepeatedly implements fc.Command<Model, Real> {
  constructor(
    readonly timer: 'phase' | 'round',
    readonly times: number,
  ) {}
  check = () => true
  run(model: Model, real: Real): void {
    for (let press = 0; press < this.times; press++) {
      const before = real.host.getSnapshot().revision
      const result = real.host.dispatch({ type: 'timer/adjust', timer: this.timer, minutes: 60 })
      insist(result.ok, () => `+60 refused: ${result.ok ? '' : result.error.code}`)
      if (result.ok && result.revision !== before) expectPublished(model, real)
    }
  }
  toString = () => `press +60 on the ${this.timer} timer ${this.times} times`
}

export class Travel implements fc.Command<Model, Real> {
  constructor(readonly type: 'history/undo' | 'history/redo') {}
  check = () => true
  run(model: Model, real: Real): void {
    const result = real.host.dispatch({ type: this.type })
    if (result.ok) expectPublished(model, real)
    else
      insist(
        result.error.code.startsWith('nothing-to-'),
        () => `${this.type}: ${result.error.code}`,
      )
  }
  toString = () => this.type
}

/** The facilitator saves the session as a file and opens that file again. */
export class Reopen implements fc.Command<Model, Real> {
  check = () => true
  run(model: Model, real: Real): void {
    const session = real.host.getSnapshot().session
    const parsed = parseSessionFile(serialiseSessionFile(session, real.clock.now()))
    if (!parsed.ok) throw new Error(`the saved file does not open: ${parsed.problem}`)
    real.host.replaceSession(parsed.session)
    real.seen.reopened += 1
    expectPublished(model, real)
  }
  toString = () => 'reopen'
}

/** The app stops and starts again from its autosave, as the next morning would. */
export class Restart implements fc.Command<Model, Real> {
  check = () => true
  run(model: Model, real: Real): void {
    const saved = real.persistence.scheduled.at(-1)
    if (!saved) return
    const parsed = parseAutosave(serialiseAutosave(saved, real.clock.now()))
    if (!parsed.ok) throw new Error(`the autosave does not load: ${parsed.reason}`)
    const { session, revision } = parsed.file
    real.persistence = new FakePersistence()
    real.host = new SessionHost({
      session,
      revision,
      clock: real.clock,
      persistence: real.persistence,
    })
    real.seen.restarted += 1
    expect(real.host.getSnapshot().revision).toBe(model.revision)
    expect(session).toEqual(saved.session)
  }
  toString = () => 'restart'
}
