export interface Figure {
  readonly name: string
  readonly unit: 'ms' | 'KB'
  readonly measured: number
  /** Upper bound; undefined for figures that are reported, not budgeted. */
  readonly budget?: number
}

export const withinBudget = (figure: Figure): boolean =>
  figure.budget === undefined || figure.measured <= figure.budget

export const formatMeasured = (figure: Figure): string =>
  `${figure.measured.toFixed(figure.measured < 10 ? 3 : 1)} ${figure.unit}`

export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.budget === undefined ? '(reported)' : `≤ ${f.budget} ${f.unit}`,
    formatMeasured(f),
    withinBudget(f) ? 'ok' : 'OVER BUDGET',
  ])
  const header = ['figure', 'budget', 'measured', '']
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
