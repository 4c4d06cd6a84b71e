import { markdownInline as inline, markdownTable } from './markdown-escape'
import type { TensionMapReport } from './report-model-types'

/**
 * Markdown draws no map: the pairs that came up as a table, with both counts. The intro says
 * what the counts are, so the table needs no caption of its own here.
 */
export function tensionMapMarkdown(map: TensionMapReport): string {
  const { table } = map
  return [
    `### ${inline(map.heading)}`,
    inline(map.intro),
    markdownTable(
      [table.columns.pair, table.columns.tension, table.columns.common],
      table.rows.map((row) => [row.pair, row.tension, row.common]),
      [1, 2],
    ),
  ].join('\n\n')
}
