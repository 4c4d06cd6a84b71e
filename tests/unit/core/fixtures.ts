import { expect } from 'vitest'
import type { SnapshotPersistence } from '@core/ports'
import { blankDilemma } from '@core/session/blank-dilemma'
import { createSession } from '@core/session/default-session'
import type {
  Dilemma,
  HistoryState,
  Participant,
  ProjectorState,
  Session,
  Snapshot,
  WindowSnapshot,
} from '@core/session/schema'

export { FakeClock } from '../../support/fake-clock'

export const T0 = Date.UTC(2026, 10, 29, 14, 0, 0)

/** Keeps every snapshot the host hands over for saving, and counts flushes. */
export class FakePersistence implements SnapshotPersistence {
  readonly scheduled: Snapshot[] = []
  flushes = 0
  schedule(snapshot: Snapshot): void {
    this.scheduled.push(snapshot)
  }
  flush(): Promise<void> {
    this.flushes += 1
    return Promise.resolve()
  }
}

/** Freezes an object graph so any mutation by the code under test throws (ESM is strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key])
    }
  }
  return value
}

/** A structural copy for before/after comparisons. */
export function clone<T>(value: T): T {
  return structuredClone(value)
}

/** A queued variant-1 dilemma with every text empty, as `dilemma/add` makes it. */
export function makeDilemma(id: string, title: string, overrides: Partial<Dilemma> = {}): Dilemma {
  const fields = { title, description: '', contributor: '', source: 'prepared' } as const
  return { ...blankDilemma(id, fields, 'variant1'), ...overrides }
}

/**
 * A fresh default session with the given dilemmas (ids d1..dn). nextSeq stays above every id
 * number in use (the default programme takes ph1..ph6), so new ids never collide.
 */
export function sessionWith(count: number, overrides: Partial<Session> = {}): Session {
  const base = createSession(T0)
  const dilemmas: Dilemma[] = Array.from({ length: count }, (_, i) =>
    makeDilemma(`d${i + 1}`, `Dilemma ${i + 1}`, {
      description: i % 2 === 0 ? '' : `Beschrijving ${i + 1}`,
    }),
  )
  return { ...base, dilemmas, nextSeq: Math.max(base.nextSeq, count + 1), ...overrides }
}

/** The default projector state, showing `principleId` large (and whatever else is given). */
export function projectorShowing(
  principleId: string | null,
  overrides: Partial<ProjectorState> = {},
): ProjectorState {
  return { ...createSession(T0).projector, principleId, ...overrides }
}

/** Present participants pp{first}..; nextSeq moves past them. */
export function withParticipants(session: Session, names: readonly string[]): Session {
  const first = session.nextSeq
  const participants: Participant[] = names.map((name, i) => ({
    id: `pp${first + i}`,
    name,
    present: true,
  }))
  return {
    ...session,
    participants: [...session.participants, ...participants],
    nextSeq: first + names.length,
  }
}

/**
 * A session prepared from an earlier one: three of that session's follow-ups to look back on,
 * ids from the earlier session's counter (below this one's).
 */
export function withLookBack(session: Session): Session {
  const item = (id: string, what: string, who: string) =>
    ({ id, what, who, due: '2026-11-15', state: 'open' }) as const
  return {
    ...session,
    lookBack: {
      from: { title: 'Eerste sessie', date: '2026-10-01' },
      followUps: [
        item('f1', 'Casus uitwerken', 'teamleider'),
        item('f2', 'Werkinstructie nalopen', 'Anouk'),
        item('f3', 'Terugkoppelen aan de directie', ''),
      ],
      shown: false,
    },
  }
}

/** Replaces one dilemma (by id) with a changed copy. */
export function changeDilemma(
  session: Session,
  id: string,
  change: (dilemma: Dilemma) => Dilemma,
): Session {
  if (!session.dilemmas.some((d) => d.id === id)) throw new Error(`fixture: no dilemma ${id}`)
  return { ...session, dilemmas: session.dilemmas.map((d) => (d.id === id ? change(d) : d)) }
}

export function snapshotOf(session: Session, revision = 1): Snapshot {
  return { revision, session }
}

export const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false }

/**
 * The host hands out a fresh object stamped with its clock on every getSnapshot(); "nothing
 * changed" means the same revision, the very same session object and the same history.
 */
export function expectSameSnapshot(actual: WindowSnapshot, expected: WindowSnapshot): void {
  expect(actual.revision).toBe(expected.revision)
  expect(actual.session).toBe(expected.session)
  expect(actual.history).toEqual(expected.history)
}

export function windowSnapshotOf(
  session: Session,
  revision = 1,
  history: HistoryState = NO_HISTORY,
  clock = T0,
): WindowSnapshot {
  return { revision, session, history, clock, wallClock: clock }
}
