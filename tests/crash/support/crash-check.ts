/**
 * What the crash test checks after each kill: the autosave parses, validates and holds the
 * session of the acked commands at its revision, which lies between the newest revision acked
 * more than GUARANTEE_MS before the kill and the newest acked at all; and the app's own start-up
 * path (recoverAutosave) agrees.
 */
import { readFile } from 'node:fs/promises'
import { parseAutosave } from '@core/persistence/autosave-format'
import { autosavePaths } from '@node/persistence/autosave-paths'
import { recoverAutosave } from '@node/persistence/autosave-recovery'
import { createSession } from '@core/session/default-session'
import type { DilemmaStatus } from '@core/session/schema'
import type { AckedOp } from '../child/protocol'

/** The promise under test: what was acknowledged this long before a crash is on disk. */
export const GUARANTEE_MS = 1000

export interface Ack {
  readonly revision: number
  readonly op: AckedOp
  readonly life: number
  /** performance.now() in the test process when the ack line arrived. */
  readonly at: number
}

interface ExpectedDilemma {
  readonly id: string
  readonly title: string
  readonly status: DilemmaStatus
}

interface ExpectedSession {
  readonly dilemmas: ExpectedDilemma[]
  readonly currentDilemmaId: string | null
  readonly nextSeq: number
}

/** What one kill showed about the autosave. */
export interface AutosaveCheck {
  readonly savedRevision: number
  readonly requiredRevision: number
  readonly newestAckedRevision: number
  /** Acks (this life and carried over) older than the guarantee at the moment of the kill. */
  readonly olderThanGuarantee: number
  /** The same, only the acks of the life that was killed. */
  readonly olderThanGuaranteeThisLife: number
  /** Whether the killed child acknowledged anything at all. */
  readonly ackedThisLife: boolean
  /** Acked commands not (yet) in the autosave at the kill. */
  readonly lostCommands: number
  /** Age at the kill of the oldest acked command missing from the autosave. */
  readonly saveLagMs: number | null
  /** Age at the kill of the newest command in the autosave. */
  readonly lastSavedAgeMs: number | null
}

export const round = (ms: number): number => Math.round(ms * 10) / 10

/**
 * The session the acked commands up to `revision` describe, starting from a new session.
 * Making a dilemma current puts it (back) in the queue and marks the previous one discussed.
 */
function replay(acks: readonly Ack[], revision: number): ExpectedSession {
  let dilemmas: ExpectedDilemma[] = []
  let currentDilemmaId: string | null = null
  let nextSeq = createSession(0).nextSeq
  for (const { op } of acks.slice(0, revision)) {
    if (op.kind === 'add') {
      dilemmas.push({ id: op.id, title: op.title, status: 'queued' })
      nextSeq++
    } else if (op.kind === 'remove') {
      dilemmas = dilemmas.filter((d) => d.id !== op.id)
      if (currentDilemmaId === op.id) currentDilemmaId = null
    } else {
      const previous = currentDilemmaId
      dilemmas = dilemmas.map((d) => {
        if (d.id === previous && d.status === 'queued') return { ...d, status: 'discussed' }
        if (d.id === op.id) return { ...d, status: 'queued' }
        return d
      })
      currentDilemmaId = op.id
    }
  }
  return { dilemmas, currentDilemmaId, nextSeq }
}

/** Checks the autosave in `dir` right after a kill at `killAt`; problems go to `fail`. */
export async function checkAutosave(
  dir: string,
  acks: readonly Ack[],
  life: number,
  killAt: number,
  fail: (message: string) => void,
): Promise<AutosaveCheck> {
  const older = acks.filter((ack) => ack.at < killAt - GUARANTEE_MS)
  const requiredRevision = older.at(-1)?.revision ?? 0
  const newestAckedRevision = acks.length

  let savedRevision = 0
  let text: string | null = null
  try {
    text = await readFile(autosavePaths(dir).current, 'utf8')
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT'))
      fail(`autosave unreadable: ${String(error)}`)
    else if (requiredRevision > 0)
      fail(`no autosave, but revision ${requiredRevision} was required`)
  }
  if (text !== null) {
    const parsed = parseAutosave(text)
    if (!parsed.ok) {
      fail(`autosave does not parse/validate (${parsed.reason})`)
    } else {
      const { file } = parsed
      savedRevision = file.revision
      if (savedRevision < requiredRevision)
        fail(`autosave at revision ${savedRevision}, but ${requiredRevision} was acked > 1 s ago`)
      if (savedRevision > newestAckedRevision)
        fail(`autosave at revision ${savedRevision}, newer than any ack (${newestAckedRevision})`)
      const expected = replay(acks, Math.min(savedRevision, newestAckedRevision))
      const actual: ExpectedSession = {
        dilemmas: file.session.dilemmas.map(({ id, title, status }) => ({ id, title, status })),
        currentDilemmaId: file.session.currentDilemmaId,
        nextSeq: file.session.nextSeq,
      }
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        fail(`autosave at revision ${savedRevision} differs from the acked commands`)
      if (file.session.projector.principleId !== null) fail('projector changed unexpectedly')
    }
  }

  // The app's own start-up path must agree: the autosave itself, nothing moved aside.
  const recovery = await recoverAutosave(dir, Date.now())
  if (recovery.movedAside.length > 0) fail(`recovery moved aside ${recovery.movedAside}`)
  const found = recovery.found
  if (text !== null && (found?.source !== 'autosave' || found.snapshot.revision !== savedRevision))
    fail(`recovery found ${found?.source ?? 'nothing'} at ${found?.snapshot.revision}`)

  const firstLost = acks[savedRevision]
  const lastSaved = savedRevision > 0 ? acks[savedRevision - 1] : undefined
  return {
    savedRevision,
    requiredRevision,
    newestAckedRevision,
    olderThanGuarantee: older.length,
    olderThanGuaranteeThisLife: older.filter((ack) => ack.life === life).length,
    ackedThisLife: acks.at(-1)?.life === life,
    lostCommands: Math.max(0, newestAckedRevision - savedRevision),
    saveLagMs: firstLost ? round(Math.max(0, killAt - firstLost.at)) : null,
    lastSavedAgeMs: lastSaved?.life === life ? round(killAt - lastSaved.at) : null,
  }
}
