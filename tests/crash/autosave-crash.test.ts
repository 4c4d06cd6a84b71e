/**
 * Crash test for the autosave: a child process runs the real SessionHost with the real
 * autosave (CoalescingSaver + createAutosaveWriter) and is killed with SIGKILL at random
 * moments. After every kill the autosave must parse, validate, and hold every command that was
 * acknowledged more than 1 s before the kill. Lanes run in parallel; each lane restarts its
 * child on the same folder, so every restart also exercises resume from the autosave.
 *
 * The check is exact: the child reports each accepted command with its revision, so the test
 * knows the whole session at every revision. The saved revision must be at least the newest
 * one acknowledged more than 1 s before the kill, at most the newest one acknowledged at all,
 * and the saved session must equal the session at that revision.
 *
 * Reproduce a run with CRASH_SEED=<seed> (printed at the start). Timing still varies.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { watch } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAutosave } from '@core/persistence/autosave-format'
import { autosavePaths } from '@core/persistence/autosave-paths'
import { recoverAutosave } from '@core/persistence/autosave-recovery'
import { createSession } from '@core/session/default-session'
import type { DilemmaStatus } from '@core/session/schema'
import { bundleForNode, removeBundle } from '../support/bundle'
import { fromRoot } from '../support/paths'
import { randomInt, seededRandom, type Random } from '../support/seeded-random'
import { parseChildLine, type AckedOp } from './child/protocol'

const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Date.now() % 2 ** 31
if (!Number.isSafeInteger(SEED)) throw new Error(`CRASH_SEED must be a whole number, not ${SEED}`)
const LANES = 3
const KILLS_PER_LANE = 18
/** The promise under test: what was acknowledged this long before a crash is on disk. */
const GUARANTEE_MS = 1000
/**
 * When to kill. 'early': 0–500 ms after spawn (also during start-up and recovery). 'random':
 * 1.2–3 s after the first ack. 'during-write': after that same wait, at the first change in the
 * autosave folder, so the kill lands while a save is being written (the riskiest moment).
 */
type KillMode = 'early' | 'random' | 'during-write'
const KILL_MODES: readonly { mode: KillMode; share: number }[] = [
  { mode: 'early', share: 0.15 },
  { mode: 'during-write', share: 0.3 },
  { mode: 'random', share: 0.55 },
]
const WRITE_WAIT_TIMEOUT_MS = 2000
const FIRST_ACK_TIMEOUT_MS = 15_000
const SUMMARY_FILE = fromRoot('reports', 'crash-test.json')

type ChildProcess = ChildProcessByStdio<Writable, Readable, Readable>

interface Ack {
  readonly revision: number
  readonly op: AckedOp
  readonly life: number
  /** performance.now() in this process when the ack line arrived. */
  readonly at: number
}

interface KillRecord {
  readonly lane: number
  readonly life: number
  readonly mode: KillMode
  /** For 'during-write': whether a change in the folder was seen before the timeout. */
  readonly sawWrite: boolean | null
  readonly lifeMs: number
  readonly killToExitMs: number
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

const delay = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

function pickMode(random: Random): KillMode {
  let pick = random()
  for (const { mode, share } of KILL_MODES) {
    if (pick < share) return mode
    pick -= share
  }
  return 'random'
}

/** Resolves true at the first change inside `dir` (a save starting), false after the timeout. */
function nextChangeIn(dir: string, timeoutMs: number): Promise<boolean> {
  return new Promise((done) => {
    const finish = (changed: boolean): void => {
      clearTimeout(timer)
      watcher.close()
      done(changed)
    }
    const watcher = watch(dir, () => finish(true))
    watcher.on('error', () => finish(false))
    const timer = setTimeout(() => finish(false), timeoutMs)
  })
}

const round = (ms: number): number => Math.round(ms * 10) / 10

function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null
}

describe('autosave survives SIGKILL', () => {
  let root = ''
  let bundle = ''
  const running = new Set<ChildProcess>()
  const kills: KillRecord[] = []
  const failures: string[] = []
  let acknowledged = 0
  /** Set when the suite ends early, so no lane starts another child. */
  let stopped = false

  beforeAll(async () => {
    console.log(`autosave crash test seed: ${SEED} (rerun with CRASH_SEED=${SEED})`)
    root = await mkdtemp(join(tmpdir(), 'dd-crash-'))
    bundle = await bundleForNode('tests/crash/child/autosave-child.ts')
  }, 60_000)

  afterAll(async () => {
    stopped = true
    for (const child of running) child.kill('SIGKILL')
    await Promise.all([...running].map((child) => new Promise((done) => child.once('close', done))))
    if (root) await rm(root, { recursive: true, force: true })
    if (bundle) await removeBundle(bundle)
  })

  function startChild(dir: string, seed: number, label: string) {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--enable-source-maps', bundle, dir, String(seed), label],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    )
    running.add(child)
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.once('close', (code, signal) => {
        running.delete(child)
        done({ code, signal })
      }),
    )
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity })
    return { child, closed, lines, stderr: () => stderr }
  }

  async function runLane(lane: number, random: Random): Promise<void> {
    const dir = join(root, `lane-${lane}`)
    await mkdir(dir, { recursive: true })
    /** acks[i] produced revision i + 1; cut back to the saved revision after each kill. */
    const acks: Ack[] = []

    for (let life = 0; life < KILLS_PER_LANE && !stopped; life++) {
      const label = `${lane}.${life}`
      const fail = (message: string): void => void failures.push(`lane ${label}: ${message}`)
      const started = performance.now()
      const { child, closed, lines, stderr } = startChild(dir, randomInt(random, 1, 2 ** 30), label)
      let resolveFirstAck = (): void => undefined
      const firstAck = new Promise<void>((done) => (resolveFirstAck = done))

      lines.on('line', (text) => {
        const at = performance.now()
        const line = parseChildLine(text)
        if (line === null) return fail(`unreadable line ${JSON.stringify(text)}`)
        if (line.type === 'fail') return fail(`child reported: ${line.detail}`)
        if (line.type === 'ready') {
          if (line.revision !== acks.length || line.movedAside !== 0)
            fail(
              `resumed at ${line.revision}, moved ${line.movedAside}; expected ${acks.length}, 0`,
            )
          return
        }
        acknowledged++
        if (line.revision !== acks.length + 1)
          return fail(`ack for revision ${line.revision} after revision ${acks.length}`)
        acks.push({ revision: line.revision, op: line.op, life, at })
        resolveFirstAck()
      })

      const mode = pickMode(random)
      let sawWrite: boolean | null = null
      if (mode === 'early') {
        await delay(randomInt(random, 0, 500))
      } else {
        const exitedFirst = await Promise.race([
          firstAck.then(() => false),
          closed.then(() => true),
          delay(FIRST_ACK_TIMEOUT_MS).then(() => true),
        ])
        if (exitedFirst) {
          fail(`no command acknowledged; stderr: ${stderr().slice(-500)}`)
          child.kill('SIGKILL')
          await closed
          return
        }
        await delay(randomInt(random, 1200, 3000))
        if (mode === 'during-write') sawWrite = await nextChangeIn(dir, WRITE_WAIT_TIMEOUT_MS)
      }

      const killAt = performance.now()
      const alive = child.exitCode === null && child.signalCode === null
      child.kill('SIGKILL')
      const exit = await closed
      const exitedAt = performance.now()
      if (!alive || exit.signal !== 'SIGKILL')
        fail(`child ended by itself (code ${exit.code}); stderr: ${stderr().slice(-500)}`)
      if (stderr() !== '') fail(`child wrote to stderr: ${stderr().slice(-500)}`)

      const record = await checkAutosave(dir, acks, life, killAt, fail)
      kills.push({
        lane,
        life,
        mode,
        sawWrite,
        lifeMs: round(killAt - started),
        killToExitMs: round(exitedAt - killAt),
        ...record,
      })
      // The next child resumes from the autosave: later acks of this life never happened.
      acks.length = record.savedRevision
    }
  }

  async function checkAutosave(
    dir: string,
    acks: readonly Ack[],
    life: number,
    killAt: number,
    fail: (message: string) => void,
  ): Promise<Omit<KillRecord, 'lane' | 'life' | 'mode' | 'sawWrite' | 'lifeMs' | 'killToExitMs'>> {
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
    if (
      text !== null &&
      (found?.source !== 'autosave' || found.snapshot.revision !== savedRevision)
    )
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

  it(`keeps every command acknowledged > 1 s before a kill (${LANES * KILLS_PER_LANE} kills)`, async () => {
    const loopDelay = monitorEventLoopDelay({ resolution: 10 })
    loopDelay.enable()
    const startedAt = performance.now()
    const master = seededRandom(SEED)
    const laneSeeds = Array.from({ length: LANES }, () => randomInt(master, 1, 2 ** 30))
    const lanes = await Promise.allSettled(
      laneSeeds.map((seed, lane) => runLane(lane, seededRandom(seed))),
    )
    for (const [lane, result] of lanes.entries())
      if (result.status === 'rejected')
        failures.push(`lane ${lane} threw: ${String(result.reason)}`)
    loopDelay.disable()
    await writeSummary(performance.now() - startedAt, loopDelay.max / 1e6)

    expect({ count: failures.length, first: failures.slice(0, 20) }).toEqual({
      count: 0,
      first: [],
    })
    expect(kills.length).toBeGreaterThanOrEqual(50)
    // Most kills must come late enough to test the guarantee on commands of the killed child.
    expect(kills.filter((k) => k.olderThanGuaranteeThisLife > 0).length).toBeGreaterThanOrEqual(35)
  })

  async function writeSummary(durationMs: number, parentLoopDelayMaxMs: number): Promise<void> {
    const lags = kills.flatMap((k) => (k.saveLagMs === null ? [] : [k.saveLagMs]))
    const lastSavedAges = kills.flatMap((k) =>
      k.lastSavedAgeMs === null ? [] : [k.lastSavedAgeMs],
    )
    const summary = {
      test: 'tests/crash/autosave-crash.test.ts',
      date: new Date().toISOString(),
      node: process.version,
      seed: SEED,
      lanes: LANES,
      guaranteeMs: GUARANTEE_MS,
      durationMs: Math.round(durationMs),
      kills: kills.length,
      killsByMode: Object.fromEntries(
        KILL_MODES.map(({ mode }) => [mode, kills.filter((k) => k.mode === mode).length]),
      ),
      killsDuringWriteThatSawAChange: kills.filter((k) => k.sawWrite === true).length,
      killsTestingOwnCommands: kills.filter((k) => k.olderThanGuaranteeThisLife > 0).length,
      commandsAcknowledged: acknowledged,
      commandsCheckedAtTheirOwnKill: kills.reduce(
        (sum, k) => sum + k.olderThanGuaranteeThisLife,
        0,
      ),
      checksIncludingCarriedOver: kills.reduce((sum, k) => sum + k.olderThanGuarantee, 0),
      commandsLostYoungerThanGuarantee: kills.reduce((sum, k) => sum + k.lostCommands, 0),
      maxCommandsLostInOneKill: Math.max(0, ...kills.map((k) => k.lostCommands)),
      saveLagMs: {
        description:
          'age at the kill of the oldest acknowledged command missing from the autosave ' +
          '(how far the file was behind); must stay below guaranteeMs',
        max: lags.length ? Math.max(...lags) : null,
        p50: percentile(lags, 50),
        p95: percentile(lags, 95),
      },
      lastSavedCommandAgeMs: {
        description:
          'age at the kill of the newest command the autosave holds (kills where that ' +
          'command came from the killed child)',
        max: lastSavedAges.length ? Math.max(...lastSavedAges) : null,
        p50: percentile(lastSavedAges, 50),
      },
      killToExitMaxMs: Math.max(0, ...kills.map((k) => k.killToExitMs)),
      parentEventLoopDelayMaxMs: round(parentLoopDelayMaxMs),
      failureCount: failures.length,
      failures: failures.slice(0, 100),
      perKill: kills,
    }
    await mkdir(fromRoot('reports'), { recursive: true })
    await writeFile(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`)
    console.log(
      `crash test: ${summary.kills} kills in ${summary.durationMs} ms, ` +
        `${summary.commandsAcknowledged} commands acked, max save lag ${summary.saveLagMs.max} ms, ` +
        `${failures.length} failures → ${SUMMARY_FILE}`,
    )
  }
})
