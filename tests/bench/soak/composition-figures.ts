import type { Compositions, HeapComposition } from './heap-composition'
import { atMost, growthPercent, type SoakFigure } from './soak-table'

const mb = (bytes: number) => bytes / 2 ** 20
const range = (before: number, after: number) =>
  `${mb(before).toFixed(2)} → ${mb(after).toFixed(2)} MB`

/** V8's own parts, reported: they only say where the JS heap's growth went. */
const V8_PARTS = [
  ['code', 'compiled code (bytecode, optimised code, type feedback)'],
  ['bookkeeping', "V8's hash tables, lists and hidden classes"],
] as const satisfies readonly (readonly [keyof HeapComposition, string])[]

function pageFigures(
  page: string,
  before: HeapComposition,
  after: HeapComposition,
  maxGrowthPercent: number,
): SoakFigure[] {
  return [
    {
      name: `${page} JS heap, its objects, arrays, strings and closures: growth`,
      unit: '%',
      measured: growthPercent(before.objects, after.objects),
      limit: atMost(maxGrowthPercent),
      detail: range(before.objects, after.objects),
    },
    ...V8_PARTS.map(([part, what]): SoakFigure => ({
      name: `${page} JS heap, ${what}: growth`,
      unit: 'MB',
      measured: mb(after[part] - before[part]),
      detail: range(before[part], after[part]),
    })),
  ]
}

/**
 * The JS heap's growth split by heap snapshot: the page's data, budgeted like the heap, and
 * V8's compiled code and tables, which only grow to a high-water mark and say where the rest went.
 */
export const compositionFigures = (
  before: Compositions,
  after: Compositions,
  maxGrowthPercent: number,
): SoakFigure[] => [
  ...pageFigures('presenter page', before.presenter, after.presenter, maxGrowthPercent),
  ...pageFigures('projector page', before.projector, after.projector, maxGrowthPercent),
]
