export interface Baseline {
  /** The name of the baseline figure, measured in the same run under the same condition. */
  readonly name: string
  /** The budget is `ratio × baseline + plus`; without a ratio the ratio is only printed. */
  readonly ratio?: number
  /** A fixed allowance on top, in the figure's unit (e.g. one frame). */
  readonly plus?: number
}

export interface Figure {
  readonly name: string
  readonly unit: 'ms' | 'KB'
  readonly measured: number
  /** Upper bound; undefined for figures that are reported, not budgeted. */
  readonly budget?: number
  /** Measured against a baseline of the same run; with a ratio, that sets the budget. */
  readonly baseline?: Baseline
  /** Filled in by resolveBaselines: the baseline's measured value. */
  readonly baselineMeasured?: number
}

/**
 * Fills in each ratio budget from its baseline's measurement; a missing baseline is an error,
 * as a budget that silently falls away would pass.
 */
export function resolveBaselines(figures: readonly Figure[]): Figure[] {
  const byName = new Map(figures.map((f) => [f.name, f.measured]))
  return figures.map((f) => {
    if (f.baseline === undefined) return f
    const base = byName.get(f.baseline.name)
    if (base === undefined) throw new Error(`${f.name}: no baseline "${f.baseline.name}"`)
    const { ratio, plus = 0 } = f.baseline
    const budget = ratio === undefined ? f.budget : ratio * base + plus
    return { ...f, baselineMeasured: base, ...(budget === undefined ? {} : { budget }) }
  })
}

/** Renames every figure (and the baselines it refers to), e.g. to add the run's condition. */
export const labelled = (figures: readonly Figure[], label: string): Figure[] =>
  figures.map((f) => ({
    ...f,
    name: `${f.name} ${label}`,
    ...(f.baseline === undefined
      ? {}
      : { baseline: { ...f.baseline, name: `${f.baseline.name} ${label}` } }),
  }))

export const withinBudget = (figure: Figure): boolean =>
  figure.budget === undefined || figure.measured <= figure.budget

const formatValue = (value: number, unit: string): string =>
  `${value.toFixed(value < 10 ? 3 : 1)} ${unit}`

export const formatMeasured = (figure: Figure): string => formatValue(figure.measured, figure.unit)

function formatBudget(f: Figure): string {
  if (f.budget === undefined) return '(reported)'
  const ratio = f.baseline?.ratio
  if (f.baseline === undefined || ratio === undefined) return `≤ ${formatValue(f.budget, f.unit)}`
  const plus = f.baseline.plus === undefined ? '' : ` + ${f.baseline.plus} ${f.unit}`
  return `≤ ${ratio} × [${f.baseline.name}]${plus} (= ${formatValue(f.budget, f.unit)})`
}

/** Measured ÷ baseline, the figure that should stay put from one machine (or load) to the next. */
export function measuredRatio(f: Figure): number | undefined {
  return f.baselineMeasured === undefined ? undefined : f.measured / f.baselineMeasured
}

export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ratio = measuredRatio(f)
    return [
      f.name,
      formatBudget(f),
      formatMeasured(f),
      ratio === undefined ? '' : `${ratio.toFixed(2)} ×`,
      withinBudget(f) ? 'ok' : 'OVER BUDGET',
    ]
  })
  const header = ['figure', 'budget', 'measured', 'ratio', '']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

export function percentileOf(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

/** The median time of `runs` runs of `action`, after one run to warm up. */
export async function medianOf(runs: number, action: () => Promise<unknown>): Promise<number> {
  await action()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await action()
    times.push(performance.now() - start)
  }
  return percentileOf(times, 50)
}
