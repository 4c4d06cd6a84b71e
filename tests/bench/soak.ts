import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import type { Page } from 'playwright-core'
import { fromRoot } from '../support/paths'
import { Harness } from '../e2e/harness/harness'
import { daySession } from './soak/day-session'
import { probe } from './soak/memory'
import { PageReports } from './soak/page-reports'
import { runDay, type SoakPage } from './soak/run-day'
import { instrumentPage, readCounts } from './soak/snapshot-count'
import { MIN_COMMANDS, soakFigures, type SoakRun } from './soak/soak-figures'
import { holds, renderSoakTable } from './soak/soak-table'

/** A shorter day for trying the soak out; the budgets still ask for the whole one. */
const COMMANDS = Number(process.env['DD_SOAK_COMMANDS'] ?? MIN_COMMANDS)

/** A page with its DevTools session, reporting to the soak before it is counted. */
async function soakPage(page: Page): Promise<SoakPage> {
  const probed = await probe(page)
  const reports = await PageReports.attach(page, probed.cdp)
  await instrumentPage(page)
  return { ...probed, reports }
}

/** A facilitator's three hours, compressed: both pages on the real host, memory at the ends. */
async function soak(): Promise<SoakRun> {
  const started = performance.now()
  const harness = await Harness.start({ overHttp: true })
  try {
    harness.host.replaceSession(daySession(Date.now()))
    const presenter = await harness.open('presenter', { width: 1366, height: 768 })
    const projector = await harness.open('projector', { width: 1920, height: 1080 })
    const [presenterPage, projectorPage] = await Promise.all([
      soakPage(presenter.page),
      soakPage(projector.page),
    ])
    const day = await runDay(harness, presenterPage, projectorPage, {
      commands: COMMANDS,
      baselineAfter: Math.min(1_000, COMMANDS / 2),
      // Up to 80 snapshots in flight to each page, as a burst of commands makes in the app.
      batch: 80,
      sampleEvery: 250,
    })
    const [beamer, presenterCounts] = await Promise.all([
      readCounts(projector.page),
      readCounts(presenter.page),
    ])
    return {
      day,
      beamer,
      presenter: presenterCounts,
      problems: [...presenter.problems, ...projector.problems],
      wallSeconds: (performance.now() - started) / 1000,
    }
  } finally {
    await harness.close()
  }
}

export async function main(): Promise<number> {
  const loadAtStart = loadavg()[0] ?? Number.NaN
  const figures = soakFigures(await soak())
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  const load = `1-minute load average ${loadAtStart.toFixed(2)} at start, ${(loadavg()[0] ?? Number.NaN).toFixed(2)} at end`
  console.log(`\nMachine: ${machine}; ${load}\n`)
  console.log(renderSoakTable(figures))
  await mkdir(fromRoot('reports'), { recursive: true })
  await writeFile(
    fromRoot('reports/soak.json'),
    JSON.stringify({ machine, load, figures }, null, 2),
  )
  const broken = figures.filter((f) => !holds(f))
  for (const f of broken) console.error(`OVER BUDGET: ${f.name}: ${f.measured} (${f.detail ?? ''})`)
  return broken.length > 0 ? 1 : 0
}
