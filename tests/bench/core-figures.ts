import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAutosaveWriter } from '@node/persistence/autosave-writer'
import { systemClock } from '@core/ports'
import { SessionHost } from '@core/host/session-host'
import { largeSession } from '../support/large-session'
import { percentileOf, type Figure } from './table'

function timeEach(runs: number, action: (index: number) => void): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    action(i)
    times.push(performance.now() - start)
  }
  return times
}

/** How big the budgeted session is, so the other figures can be read against it. */
export function sessionSizeFigure(): Figure {
  return {
    name: 'large session (25 people, 12 dilemmas, ~300 notes) as JSON',
    unit: 'KB',
    measured: Buffer.byteLength(JSON.stringify(largeSession())) / 1024,
  }
}

const JSON_ROUND_TRIP = 'baseline: JSON round trip of the large session (stringify + parse), p99'

/**
 * What one command costs in main: the session host parses it, reduces, checks the next state
 * against the session schema, records the undo step and publishes; then the snapshot is
 * serialised for IPC. Its baseline is plain JSON work on the same session, timed in turns with
 * it, so both see the same machine at the same moment: the budget is a ratio, not milliseconds.
 */
export function commandFigures(): Figure[] {
  const host = new SessionHost({ session: largeSession(), clock: systemClock })
  const ids = host.getSnapshot().session.principles.map((p) => p.id)
  const run = (i: number) => {
    const result = host.dispatch({ type: 'projector/show-principle', principleId: ids[i % 7] })
    if (!result.ok) throw new Error(`bench command refused: ${result.error.code}`)
    JSON.stringify(host.getSnapshot())
  }
  const session = host.getSnapshot().session
  const roundTrip = (i: number) => JSON.parse(JSON.stringify({ revision: i, session })) as unknown
  timeEach(300, run)
  timeEach(300, roundTrip)
  const commands: number[] = []
  const roundTrips: number[] = []
  for (let i = 0; i < 3000; i++) {
    commands.push(...timeEach(1, () => run(i)))
    roundTrips.push(...timeEach(1, () => roundTrip(i)))
  }
  return [
    { name: JSON_ROUND_TRIP, unit: 'ms', measured: percentileOf(roundTrips, 99) },
    {
      name: 'command: validate + apply + serialise (large session), p99',
      unit: 'ms',
      measured: percentileOf(commands, 99),
      // Schema validation of the whole session is about one more pass over it than JSON is.
      baseline: { name: JSON_ROUND_TRIP, ratio: 2 },
    },
  ]
}

export async function autosaveFigure(): Promise<Figure> {
  const dir = await mkdtemp(join(tmpdir(), 'dd-bench-autosave-'))
  try {
    const writer = createAutosaveWriter(dir, systemClock)
    const session = largeSession()
    const times: number[] = []
    for (let i = 0; i < 220; i++) {
      const start = performance.now()
      await writer.write({ revision: i, session })
      if (i >= 20) times.push(performance.now() - start)
    }
    return {
      name: 'autosave write (large session, fsync + backup), p99',
      unit: 'ms',
      measured: percentileOf(times, 99),
      budget: 20,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
