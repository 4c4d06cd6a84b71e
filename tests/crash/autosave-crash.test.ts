/**
 * Crash test for the autosave as the app runs it: a child process runs the real SessionHost
 * with the real autosave (CoalescingSaver + createAutosaveWriter, which keeps session.bak.json
 * before each atomic write) and is killed with SIGKILL at random moments. After every kill the
 * autosave must parse, validate, and hold every command that was acknowledged more than 1 s
 * before the kill (tests/crash/support/crash-check.ts).
 *
 * The check is exact: the child reports each accepted command with its revision, so the test
 * knows the whole session at every revision. The saved revision must be at least the newest
 * one acknowledged more than 1 s before the kill, at most the newest one acknowledged at all,
 * and the saved session must equal the session at that revision.
 *
 * Reproduce a run with CRASH_SEED=<seed> (printed at the start). Timing still varies.
 */
import { fromRoot } from '../support/paths'
import { describeCrashRun } from './support/crash-run'

describeCrashRun({
  test: 'tests/crash/autosave-crash.test.ts',
  backup: true,
  lanes: 3,
  killsPerLane: 18,
  killModes: [
    { mode: 'early', share: 0.15 },
    { mode: 'during-write', share: 0.3 },
    { mode: 'random', share: 0.55 },
  ],
  minKillsTestingOwnCommands: 35,
  summaryFile: fromRoot('reports', 'crash-test.json'),
})
