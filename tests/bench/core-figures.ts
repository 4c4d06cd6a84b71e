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

/**
 * What one command costs in main: the session host parses it, reduces, checks the next state
 * against the session schema, records the undo step and publishes; then the snapshot is
 * serialised for IPC.
 */
export function commandFigure(): Figure {
  const host = new SessionHost({ session: largeSession(), clock: systemClock })
  const ids = host.getSnapshot().session.principles.map((p) => p.id)
  const run = (i: number) => {
    const result = host.dispatch({ type: 'projector/show-principle', principleId: ids[i % 7] })
    if (!result.ok) throw new Error(`bench command refused: ${result.error.code}`)
    JSON.stringify(host.getSnapshot())
  }
  timeEach(300, run)
  const times = timeEach(3000, run)
  return {
    name: 'command: validate + apply + serialise (large session), p99',
    unit: 'ms',
    measured: percentileOf(times, 99),
    budget: 1,
  }
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
