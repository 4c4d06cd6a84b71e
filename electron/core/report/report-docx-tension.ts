import { HeadingLevel, Paragraph } from 'docx'
import {
  bullet,
  heading,
  textParagraph,
  textRuns,
  textTable,
  type Block,
} from './report-docx-parts'
import type { OpenDilemmas, TensionMapReport } from './report-model-types'

/**
 * The tension map in Word: a table of the pairs that came up with both counts, under a caption.
 * A table reads well in a screen reader, where a drawn map would need a description.
 */
export function tensionMapDocx(map: TensionMapReport): Block[] {
  const { table } = map
  return [
    heading(map.heading, HeadingLevel.HEADING_3),
    textParagraph(map.intro),
    new Paragraph({ style: 'Caption', keepNext: true, children: textRuns(table.caption) }),
    textTable(
      [table.columns.pair, table.columns.tension, table.columns.common],
      table.rows.map((row) => [row.pair, row.tension, row.common]),
      [5638, 2000, 2000],
      [1, 2],
    ),
  ]
}

/** The titles of the dilemmas not discussed, skipped apart from not reached. */
export function openDilemmasDocx(open: OpenDilemmas): Block[] {
  return [
    heading(open.heading, HeadingLevel.HEADING_3),
    ...open.groups.flatMap((group) => [
      heading(group.heading, HeadingLevel.HEADING_4),
      ...group.titles.map(bullet),
    ]),
  ]
}
