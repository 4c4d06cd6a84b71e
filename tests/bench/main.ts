import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { fromRoot } from '../support/paths'
import { autosaveFigure, commandFigure, sessionSizeFigure } from './core-figures'
import { reportFigures } from './report-figures'
import { syncFigures } from './sync-figures'
import { timerFigures } from './timer-figures'
import { renderTable, withinBudget, type Figure } from './table'

/** Prints the figures against their budgets; the exit code says whether all budgets hold. */
export async function main(): Promise<number> {
  const figures: Figure[] = [
    sessionSizeFigure(),
    commandFigure(),
    await autosaveFigure(),
    ...(await syncFigures()),
    ...(await timerFigures()),
    ...(await reportFigures()),
  ]
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  console.log(`\nMachine: ${machine}\n`)
  console.log(renderTable(figures))
  const reports = fromRoot('reports')
  await mkdir(reports, { recursive: true })
  await writeFile(fromRoot('reports/bench.json'), JSON.stringify({ machine, figures }, null, 2))
  const broken = figures.filter((f) => !withinBudget(f))
  if (broken.length > 0) console.log(`\n${broken.length} budget(s) broken.`)
  return broken.length > 0 ? 1 : 0
}
