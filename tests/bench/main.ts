import { mkdir, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { fromRoot } from '../support/paths'
import { bootFigures } from './boot-figures'
import { bundleSizeFigures } from './bundle-size-figures'
import { coldLoadFigures } from './cold-load-figures'
import { autosaveFigure, commandFigures, sessionSizeFigure } from './core-figures'
import { CONDITIONS, inCondition } from './neighbour'
import { projectorRenderFigures } from './projector-render-figures'
import { printFigures } from './print-figures'
import { reportFigures } from './report-figures'
import { syncFigures } from './sync-figures'
import { teamFigures } from './team-figures'
import { timerFigures } from './timer-figures'
import {
  formatMeasured,
  labelled,
  measuredRatio,
  renderTable,
  resolveBaselines,
  withinBudget,
  type Figure,
} from './table'

/**
 * The figures a busy laptop moves most. Each runs twice: quiet, and with a CPU-burning neighbour
 * on every core; each measures its own baselines inside the same condition. The stand-in's boot
 * and IPC figures run quiet only: they have no budget, and ten app starts under load would add
 * well over a minute to a bench that should stay near ten.
 */
const BROWSER_FIGURES: readonly (() => Promise<Figure[]>)[] = [
  projectorRenderFigures,
  syncFigures,
  coldLoadFigures,
  timerFigures,
]

const loadNow = (): string => (loadavg()[0] ?? Number.NaN).toFixed(2)

/** Prints the figures against their budgets; the exit code says whether all budgets hold. */
export async function main(): Promise<number> {
  // Other work on the machine moves the browser figures most; the load says how much there was.
  const loadAtStart = loadNow()
  const cores = availableParallelism()
  console.log(`1-minute load average at start: ${loadAtStart} on ${cores} cores`)
  const figures: Figure[] = [sessionSizeFigure(), ...commandFigures(), await autosaveFigure()]
  for (const condition of CONDITIONS) {
    for (const measure of BROWSER_FIGURES) {
      const startedAt = Date.now()
      figures.push(...labelled(await inCondition(condition, measure), `(${condition})`))
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(0)
      console.log(`${measure.name} (${condition}): ${seconds} s, load ${loadNow()}`)
    }
  }
  figures.push(
    ...labelled(await bootFigures(), '(quiet)'),
    ...(await bundleSizeFigures()),
    ...(await reportFigures()),
    ...(await printFigures()),
    ...(await teamFigures()),
  )
  const resolved = resolveBaselines(figures)
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} ×${cores}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  const load = `1-minute load average ${loadAtStart} at start, ${loadNow()} at end`
  console.log(`\nMachine: ${machine}; ${load}\n`)
  console.log(renderTable(resolved))
  const reports = fromRoot('reports')
  await mkdir(reports, { recursive: true })
  await writeFile(
    fromRoot('reports/bench.json'),
    JSON.stringify(
      { machine, load, figures: resolved.map((f) => ({ ...f, ratio: measuredRatio(f) })) },
      null,
      2,
    ),
  )
  const broken = resolved.filter((f) => !withinBudget(f))
  if (broken.length > 0) {
    console.error(`\n${broken.length} budget(s) broken:`)
    for (const f of broken)
      console.error(
        `  OVER BUDGET: ${f.name}: ${formatMeasured(f)} > ${f.budget?.toFixed(1)} ${f.unit}`,
      )
  }
  return broken.length > 0 ? 1 : 0
}
