import { HeadingLevel } from 'docx'
import { heading, note, textParagraph, textTable, type Block } from './report-docx-parts'
import type { LookBackSection } from './report-model-types'

/** What, who, by when and where it stands: together the page's text width. */
const WIDTHS = [4338, 2000, 1700, 1600]

/** "Terugblik": the previous session's follow-ups and where they stand. */
export function lookBackDocx(section: LookBackSection | null): Block[] {
  if (section === null) return []
  const { columns } = section
  return [
    heading(section.heading, HeadingLevel.HEADING_2),
    textParagraph(section.intro),
    textTable(
      [columns.what, columns.who, columns.due, columns.state],
      section.rows.map((row) => [row.what, row.who, row.due, row.state]),
      WIDTHS,
    ),
    ...note(section.summary),
  ]
}
