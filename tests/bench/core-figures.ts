import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isHistoryCommand, parseCommand } from '@core/commands/schema'
import { reduce } from '@core/commands/reducer'
import { createAutosaveWriter } from '@core/persistence/autosave-writer'
import { systemClock } from '@core/host/ports'
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

/** What one command costs in main: validate, reduce, and serialise the snapshot for IPC. */
export function commandFigure(): Figure {
  let session = largeSession()
  const ids = session.principles.map((p) => p.id)
  const run = (i: number) => {
    const parsed = parseCommand({ type: 'projector/show-principle', principleId: ids[i % 7] })
    if (!parsed.ok || isHistoryCommand(parsed.command)) throw new Error('bench command rejected')
    const result = reduce(session, parsed.command, Date.now())
    if (!result.ok) throw new Error('bench command rejected')
    session = result.session
    JSON.stringify({ revision: i, session })
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
