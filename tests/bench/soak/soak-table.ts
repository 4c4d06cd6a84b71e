/**
 * The soak's rows. Its own type beside table.ts's Figure: the soak reports growth in percent and
 * counts, and some of its budgets are floors (at least 20,000 commands), not ceilings.
 */
export interface SoakFigure {
  readonly name: string
  readonly unit: '%' | 'count' | 'KB' | 'MB' | 's'
  readonly measured: number
  /** Undefined for figures that are reported, not budgeted. */
  readonly limit?: { readonly at: 'most' | 'least'; readonly value: number }
  /** What the figure was computed from, for the reader of the table. */
  readonly detail?: string
}

export const atMost = (value: number) => ({ at: 'most', value }) as const
export const atLeast = (value: number) => ({ at: 'least', value }) as const

export function holds(figure: SoakFigure): boolean {
  const { limit, measured } = figure
  if (limit === undefined) return true
  return limit.at === 'most' ? measured <= limit.value : measured >= limit.value
}

const format = (value: number, unit: SoakFigure['unit']): string =>
  unit === 'count'
    ? String(Math.round(value))
    : `${value.toFixed(Math.abs(value) < 10 ? 2 : 1)} ${unit}`

function formatLimit({ limit, unit }: SoakFigure): string {
  if (limit === undefined) return '(reported)'
  return `${limit.at === 'most' ? '≤' : '≥'} ${format(limit.value, unit)}`
}

export function renderSoakTable(figures: readonly SoakFigure[]): string {
  const rows = figures.map((f) => [
    f.name,
    formatLimit(f),
    format(f.measured, f.unit),
    holds(f) ? 'ok' : 'OVER BUDGET',
    f.detail ?? '',
  ])
  const header = ['figure', 'budget', 'measured', '', 'from']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Growth from `before` to `after` in percent of `before`. */
export const growthPercent = (before: number, after: number): number =>
  ((after - before) / before) * 100
