import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { fromRoot } from '../support/paths'
import { bootFigures } from './boot-figures'
import { bundleSizeFigures } from './bundle-size-figures'
import { coldLoadFigures } from './cold-load-figures'
import { autosaveFigure, commandFigure, sessionSizeFigure } from './core-figures'
import { projectorRenderFigures } from './projector-render-figures'
import { printFigures } from './print-figures'
import { reportFigures } from './report-figures'
import { syncFigures } from './sync-figures'
import { teamFigures } from './team-figures'
import { timerFigures } from './timer-figures'
import { formatMeasured, renderTable, withinBudget, type Figure } from './table'

/** Prints the figures against their budgets; the exit code says whether all budgets hold. */
export async function main(): Promise<number> {
  // Other work on the machine moves the browser figures most; the load says how much there was.
  const loadAtStart = loadavg()[0] ?? Number.NaN
  const figures: Figure[] = [
    sessionSizeFigure(),
    commandFigure(),
    ...(await projectorRenderFigures()),
    ...(await syncFigures()),
    ...(await bootFigures()),
    await autosaveFigure(),
    ...(await coldLoadFigures()),
    ...(await bundleSizeFigures()),
    ...(await timerFigures()),
    ...(await reportFigures()),
    ...(await printFigures()),
    ...(await teamFigures()),
  ]
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  const load = `1-minute load average ${loadAtStart.toFixed(2)} at start, ${(loadavg()[0] ?? Number.NaN).toFixed(2)} at end`
  console.log(`\nMachine: ${machine}; ${load}\n`)
  console.log(renderTable(figures))
  const reports = fromRoot('reports')
  await mkdir(reports, { recursive: true })
  await writeFile(
    fromRoot('reports/bench.json'),
    JSON.stringify({ machine, load, figures }, null, 2),
  )
  const broken = figures.filter((f) => !withinBudget(f))
  if (broken.length > 0) {
    console.error(`\n${broken.length} budget(s) broken:`)
    for (const f of broken)
      console.error(`  OVER BUDGET: ${f.name}: ${formatMeasured(f)} > ${f.budget} ${f.unit}`)
  }
  return broken.length > 0 ? 1 : 0
}
