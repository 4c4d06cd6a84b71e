import { compositionFigures } from './composition-figures'
import type { PageCounts } from './snapshot-count'
import type { DayResult } from './run-day'
import { atLeast, atMost, growthPercent, type SoakFigure } from './soak-table'

export const MIN_COMMANDS = 20_000
const MIN_BEAMER_SNAPSHOTS = 10_000
const MAX_HEAP_GROWTH_PERCENT = 10
/**
 * Every text the day types has one fixed length and every item it adds it removes again, so
 * the autosave's content stays the same size; what may still move is a few digits (revision,
 * id counter, timestamps). Five percent is far below what one leaked entry per command would
 * add (20,000 × tens of bytes is several times the whole file), and far above digits.
 */
const MAX_AUTOSAVE_GROWTH_PERCENT = 5
/** session.json and session.bak.json, and a temp file of an atomic write caught in flight. */
const MAX_AUTOSAVE_FILES = 3
const MAX_WALL_SECONDS = 600

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2)

function heapFigure(name: string, before: number, after: number): SoakFigure {
  return {
    name: `${name} heap after GC, growth from 1,000 commands to the end`,
    unit: '%',
    measured: growthPercent(before, after),
    limit: atMost(MAX_HEAP_GROWTH_PERCENT),
    detail: `${mb(before)} → ${mb(after)} MB`,
  }
}

export interface SoakRun {
  readonly day: DayResult
  readonly beamer: PageCounts
  readonly presenter: PageCounts
  readonly problems: readonly string[]
  readonly wallSeconds: number
}

export function soakFigures({
  day,
  beamer,
  presenter,
  problems,
  wallSeconds,
}: SoakRun): SoakFigure[] {
  const { baseline, end } = day
  const autosave = day.autosaveLargest
  return [
    {
      name: 'commands dispatched to the real host',
      unit: 'count',
      measured: day.dispatched,
      limit: atLeast(MIN_COMMANDS),
      detail: `${day.viaPresenter} from the presenter page's own dispatch`,
    },
    {
      name: 'snapshots delivered to the beamer page',
      unit: 'count',
      measured: beamer.snapshots,
      limit: atLeast(MIN_BEAMER_SNAPSHOTS),
      detail: `presenter page: ${presenter.snapshots}`,
    },
    {
      name: 'beamer screen changes',
      unit: 'count',
      measured: beamer.screenChanges,
      detail: beamer.screens.join(', '),
    },
    heapFigure('main process', baseline.mainHeap, end.mainHeap),
    heapFigure('presenter page JS', baseline.presenterHeap, end.presenterHeap),
    heapFigure('projector page JS', baseline.projectorHeap, end.projectorHeap),
    ...compositionFigures(day.compositionAtBaseline, day.compositionAtEnd, MAX_HEAP_GROWTH_PERCENT),
    {
      name: 'beamer elements on the welcome screen, growth',
      unit: 'count',
      measured: end.beamerElements - baseline.beamerElements,
      limit: atMost(0),
      detail: `${baseline.beamerElements} → ${end.beamerElements}`,
    },
    {
      name: 'beamer DOM nodes after GC (detached included), growth',
      unit: 'count',
      measured: end.beamerNodes - baseline.beamerNodes,
      detail: `${baseline.beamerNodes} → ${end.beamerNodes}; listeners ${baseline.beamerListeners} → ${end.beamerListeners}`,
    },
    {
      name: 'autosave size, largest sample over its size at 1,000 commands',
      unit: '%',
      measured: growthPercent(day.autosaveAtBaseline.sessionBytes, autosave.sessionBytes),
      limit: atMost(MAX_AUTOSAVE_GROWTH_PERCENT),
      detail: `${day.autosaveAtBaseline.sessionBytes} → largest ${autosave.sessionBytes} B, end ${day.autosaveAtEnd.sessionBytes} B`,
    },
    {
      name: 'autosave folder, most files at once',
      unit: 'count',
      measured: autosave.files,
      limit: atMost(MAX_AUTOSAVE_FILES),
      detail: `largest folder ${autosave.totalBytes} B`,
    },
    {
      name: 'page errors (console, uncaught, CSP)',
      unit: 'count',
      measured: problems.length,
      limit: atMost(0),
      detail: problems.slice(0, 3).join('; '),
    },
    {
      name: 'wall time of the soak',
      unit: 's',
      measured: wallSeconds,
      limit: atMost(MAX_WALL_SECONDS),
    },
  ]
}
