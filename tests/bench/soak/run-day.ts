import type { Harness } from '../../e2e/harness/harness'
import { largestOf, sampleAutosave, type AutosaveSample } from './autosave-watch'
import { cycleOfDay, settleCommands, type Step } from './facilitator-day'
import { compositionOf, type Compositions } from './heap-composition'
import { measureMemory, type MemoryPoint, type PageProbe } from './memory'
import type { PageReports } from './page-reports'

/** A page of the soak: its DevTools session for the measurements, its reports for the day. */
export interface SoakPage extends PageProbe {
  readonly reports: PageReports
}

export interface DayPlan {
  /** Commands in the whole day (at least; the last cycle is finished). */
  readonly commands: number
  /** After how many commands the baseline is measured. */
  readonly baselineAfter: number
  /** Commands sent before waiting until both pages have every snapshot so far. */
  readonly batch: number
  /** Commands between two looks at the autosave folder. */
  readonly sampleEvery: number
}

export interface DayResult {
  readonly dispatched: number
  readonly viaPresenter: number
  readonly baseline: MemoryPoint
  readonly end: MemoryPoint
  readonly compositionAtBaseline: Compositions
  readonly compositionAtEnd: Compositions
  readonly autosaveAtBaseline: AutosaveSample
  readonly autosaveLargest: AutosaveSample
  readonly autosaveAtEnd: AutosaveSample
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function runDay(
  harness: Harness,
  presenter: SoakPage,
  beamer: SoakPage,
  plan: DayPlan,
): Promise<DayResult> {
  const { host } = harness
  let dispatched = 0
  let viaPresenter = 0
  const samples: AutosaveSample[] = []

  const send = async (step: Step): Promise<void> => {
    const command = step.command(host.getSnapshot().session)
    const result =
      step.via === 'host'
        ? host.dispatch(command)
        : await presenter.reports.dispatch(harness, command)
    if (!result.ok) throw new Error(`refused: ${command.type} (${JSON.stringify(result.error)})`)
    dispatched += 1
    if (step.via === 'presenter') viaPresenter += 1
    // A line now and then: the soak runs for minutes, and a stall should show where.
    if (dispatched % 2_000 === 0) console.log(`soak: ${dispatched} commands`)
  }
  const caughtUp = async () => {
    const { revision } = host.getSnapshot()
    await Promise.all([presenter.reports.reached(revision), beamer.reports.reached(revision)])
  }
  /** Same screen, same state, every snapshot delivered and rendered, the autosave written. */
  const settleAndMeasure = async () => {
    for (const command of settleCommands(host.getSnapshot().session))
      await send({ via: 'host', command: () => command })
    await caughtUp()
    await host.flush()
    // A few frames for the beamer to lay out, the timer's tick and any transition to finish.
    await pause(1500)
    const memory = await measureMemory(presenter, beamer)
    // After the heaps are measured: a snapshot is a collection of its own.
    const composition = {
      presenter: await compositionOf(presenter),
      projector: await compositionOf(beamer),
    }
    return { memory, composition, autosave: await sampleAutosave(harness.autosaveDir) }
  }

  let baseline: Awaited<ReturnType<typeof settleAndMeasure>> | undefined
  for (let cycle = 0; dispatched < plan.commands; cycle++) {
    for (const step of cycleOfDay(host.getSnapshot().session, cycle)) {
      await send(step)
      if (dispatched % plan.batch === 0) await caughtUp()
      if (dispatched % plan.sampleEvery === 0)
        samples.push(await sampleAutosave(harness.autosaveDir))
      if (baseline === undefined && dispatched >= plan.baselineAfter) {
        baseline = await settleAndMeasure()
        samples.push(baseline.autosave)
      }
    }
  }
  const end = await settleAndMeasure()
  if (baseline === undefined) throw new Error('the day ended before the baseline')
  samples.push(end.autosave)
  return {
    dispatched,
    viaPresenter,
    baseline: baseline.memory,
    end: end.memory,
    compositionAtBaseline: baseline.composition,
    compositionAtEnd: end.composition,
    autosaveAtBaseline: baseline.autosave,
    autosaveLargest: largestOf(samples),
    autosaveAtEnd: end.autosave,
  }
}
