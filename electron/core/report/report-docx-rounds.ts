import { HeadingLevel } from 'docx'
import { facts, heading, textTable, type Block } from './report-docx-parts'
import type { RoundNotesSection } from './report-model-types'

const SPEAKER_COLUMN = 2638
const NOTE_COLUMN = 3500

/** Variant 2 per round: the observeerders' tops and tips, then a table of the speakers' notes. */
export function roundNotesDocx(notes: RoundNotesSection): Block[] {
  const { labels } = notes
  return [
    heading(notes.heading, HeadingLevel.HEADING_4),
    ...notes.rounds.flatMap((round) => [
      heading(round.label, HeadingLevel.HEADING_5),
      ...facts(
        [
          { label: labels.tops, value: round.tops },
          { label: labels.tips, value: round.tips },
        ].filter((fact) => fact.value !== ''),
      ),
      ...(round.speakers.length === 0
        ? []
        : [
            textTable(
              [labels.speaker, labels.good, labels.hard],
              round.speakers.map((row) => [row.speaker, row.good, row.hard]),
              [SPEAKER_COLUMN, NOTE_COLUMN, NOTE_COLUMN],
            ),
          ]),
    ]),
  ]
}
