/**
 * One crash-test run: lanes of children (tests/crash/child/autosave-child.ts) running the real
 * SessionHost with the real autosave, each killed with SIGKILL at random moments and restarted
 * on the same folder, so every restart also exercises resume from the autosave. After every
 * kill the autosave is checked (./crash-check.ts). Lanes run in parallel.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { existsSync, watch } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { autosavePaths } from '@node/persistence/autosave-paths'
import { bundleForNode, removeBundle } from '../../support/bundle'
import { randomInt, seededRandom, type Random } from '../../support/seeded-random'
import { parseChildLine } from '../child/protocol'
import { checkAutosave, round, type Ack } from './crash-check'
import { writeSummary, type KillMode, type KillRecord } from './crash-summary'

const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Date.now() % 2 ** 31
if (!Number.isSafeInteger(SEED)) throw new Error(`CRASH_SEED must be a whole number, not ${SEED}`)
const WRITE_WAIT_TIMEOUT_MS = 2000
const FIRST_ACK_TIMEOUT_MS = 15_000

export interface CrashRunConfig {
  /** The test file, named in the summary. */
  readonly test: string
  /** Whether the writer keeps session.bak.json before each write (as the app does). */
  readonly backup: boolean
  readonly lanes: number
  readonly killsPerLane: number
  /** How often each kill mode is picked; the shares add up to 1. */
  readonly killModes: readonly { readonly mode: KillMode; readonly share: number }[]
  /** How many kills must come late enough to test the guarantee on the killed child's acks. */
  readonly minKillsTestingOwnCommands: number
  /** Where the run's figures go (JSON). */
  readonly summaryFile: string
}

type ChildProcess = ChildProcessByStdio<Writable, Readable, Readable>

const delay = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

function pickMode(random: Random, modes: CrashRunConfig['killModes']): KillMode {
  let pick = random()
  for (const { mode, share } of modes) {
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

/** Registers the run as one test: at least 50 kills, no acknowledged command lost. */
export function describeCrashRun(config: CrashRunConfig): void {
  const title = config.backup ? 'with its backup' : 'with the backup disabled'
  describe(`autosave survives SIGKILL ${title}`, () => {
    let root = ''
    let bundle = ''
    const running = new Set<ChildProcess>()
    const kills: KillRecord[] = []
    const failures: string[] = []
    let acknowledged = 0
    /** Set when the suite ends early, so no lane starts another child. */
    let stopped = false

    beforeAll(async () => {
      console.log(`${config.test} seed: ${SEED} (rerun with CRASH_SEED=${SEED})`)
      root = await mkdtemp(join(tmpdir(), 'dd-crash-'))
      bundle = await bundleForNode('tests/crash/child/autosave-child.ts')
    }, 60_000)

    afterAll(async () => {
      stopped = true
      for (const child of running) child.kill('SIGKILL')
      await Promise.all(
        [...running].map((child) => new Promise((done) => child.once('close', done))),
      )
      if (root) await rm(root, { recursive: true, force: true })
      if (bundle) await removeBundle(bundle)
    })

    function startChild(dir: string, seed: number, label: string) {
      const backup = config.backup ? 'backup' : 'no-backup'
      const child: ChildProcess = spawn(
        process.execPath,
        ['--enable-source-maps', bundle, dir, String(seed), label, backup],
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

      for (let life = 0; life < config.killsPerLane && !stopped; life++) {
        const label = `${lane}.${life}`
        const fail = (message: string): void => void failures.push(`lane ${label}: ${message}`)
        const started = performance.now()
        const seed = randomInt(random, 1, 2 ** 30)
        const { child, closed, lines, stderr } = startChild(dir, seed, label)
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

        const mode = pickMode(random, config.killModes)
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
        // A backup would let recovery hide a damaged session.json: this run must have none.
        if (!config.backup && existsSync(autosavePaths(dir).backup))
          fail('a backup was written although it was disabled')
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

    const total = config.lanes * config.killsPerLane
    it(`keeps every command acknowledged > 1 s before a kill (${total} kills)`, async () => {
      const loopDelay = monitorEventLoopDelay({ resolution: 10 })
      loopDelay.enable()
      const startedAt = performance.now()
      const master = seededRandom(SEED)
      const laneSeeds = Array.from({ length: config.lanes }, () => randomInt(master, 1, 2 ** 30))
      const lanes = await Promise.allSettled(
        laneSeeds.map((seed, lane) => runLane(lane, seededRandom(seed))),
      )
      for (const [lane, result] of lanes.entries())
        if (result.status === 'rejected')
          failures.push(`lane ${lane} threw: ${String(result.reason)}`)
      loopDelay.disable()
      await writeSummary(config.summaryFile, {
        test: config.test,
        seed: SEED,
        lanes: config.lanes,
        backup: config.backup,
        modes: config.killModes.map(({ mode }) => mode),
        durationMs: performance.now() - startedAt,
        parentLoopDelayMaxMs: loopDelay.max / 1e6,
        acknowledged,
        kills,
        failures,
      })

      expect({ count: failures.length, first: failures.slice(0, 20) }).toEqual({
        count: 0,
        first: [],
      })
      expect(kills.length).toBeGreaterThanOrEqual(50)
      // Most kills must come late enough to test the guarantee on commands of the killed child.
      expect(kills.filter((k) => k.olderThanGuaranteeThisLife > 0).length).toBeGreaterThanOrEqual(
        config.minKillsTestingOwnCommands,
      )
    })
  })
}
