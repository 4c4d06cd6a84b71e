/**
 * The same crash test with the backup disabled: only the atomic write (write-file-atomic: a
 * temp file, fsync, rename) keeps session.json whole. With the backup on, the kills that wait
 * for a write mostly land while session.bak.json is copied, and a damaged session.json would
 * still be recovered from the backup; here they land in the write of session.json itself and
 * there is nothing to fall back on. Replacing the atomic write by a plain writeFile makes this
 * run fail (a truncated or empty session.json at a kill, moved aside by recovery).
 *
 * Reproduce a run with CRASH_SEED=<seed> (printed at the start). Timing still varies.
 */
import { fromRoot } from '../support/paths'
import { describeCrashRun } from './support/crash-run'

describeCrashRun({
  test: 'tests/crash/autosave-atomic-crash.test.ts',
  backup: false,
  lanes: 3,
  killsPerLane: 18,
  // More kills wait for a write: that is the moment only the atomic write protects.
  killModes: [
    { mode: 'early', share: 0.1 },
    { mode: 'during-write', share: 0.6 },
    { mode: 'random', share: 0.3 },
  ],
  minKillsTestingOwnCommands: 35,
  summaryFile: fromRoot('reports', 'crash-test-atomic.json'),
})
