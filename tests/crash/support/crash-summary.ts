import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { GUARANTEE_MS, round, type AutosaveCheck } from './crash-check'

/**
 * When to kill. 'early': 0–500 ms after spawn (also during start-up and recovery). 'random':
 * 1.2–3 s after the first ack. 'during-write': after that same wait, at the first change in the
 * autosave folder, so the kill lands while a save is being written (the riskiest moment).
 */
export type KillMode = 'early' | 'random' | 'during-write'

export interface KillRecord extends AutosaveCheck {
  readonly lane: number
  readonly life: number
  readonly mode: KillMode
  /** For 'during-write': whether a change in the folder was seen before the timeout. */
  readonly sawWrite: boolean | null
  readonly lifeMs: number
  readonly killToExitMs: number
}

export interface RunFigures {
  readonly test: string
  readonly seed: number
  readonly lanes: number
  readonly backup: boolean
  readonly modes: readonly KillMode[]
  readonly durationMs: number
  readonly parentLoopDelayMaxMs: number
  readonly acknowledged: number
  readonly kills: readonly KillRecord[]
  readonly failures: readonly string[]
}

function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null
}

/** Writes the run's figures to `file` (JSON) and prints one line about them. */
export async function writeSummary(file: string, run: RunFigures): Promise<void> {
  const { kills, failures } = run
  const lags = kills.flatMap((k) => (k.saveLagMs === null ? [] : [k.saveLagMs]))
  const lastSavedAges = kills.flatMap((k) => (k.lastSavedAgeMs === null ? [] : [k.lastSavedAgeMs]))
  const summary = {
    test: run.test,
    date: new Date().toISOString(),
    node: process.version,
    seed: run.seed,
    lanes: run.lanes,
    backup: run.backup,
    guaranteeMs: GUARANTEE_MS,
    durationMs: Math.round(run.durationMs),
    kills: kills.length,
    killsByMode: Object.fromEntries(
      run.modes.map((mode) => [mode, kills.filter((k) => k.mode === mode).length]),
    ),
    killsDuringWriteThatSawAChange: kills.filter((k) => k.sawWrite === true).length,
    killsTestingOwnCommands: kills.filter((k) => k.olderThanGuaranteeThisLife > 0).length,
    commandsAcknowledged: run.acknowledged,
    commandsCheckedAtTheirOwnKill: kills.reduce((sum, k) => sum + k.olderThanGuaranteeThisLife, 0),
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
    parentEventLoopDelayMaxMs: round(run.parentLoopDelayMaxMs),
    failureCount: failures.length,
    failures: failures.slice(0, 100),
    perKill: kills,
  }
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`)
  console.log(
    `${run.test}: ${summary.kills} kills in ${summary.durationMs} ms, ` +
      `${summary.commandsAcknowledged} commands acked, max save lag ${summary.saveLagMs.max} ms, ` +
      `${failures.length} failures → ${file}`,
  )
}
