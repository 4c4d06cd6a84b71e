import { markdownInline as inline, markdownLines } from './markdown-escape'
import type { RoundNotesSection } from './report-model-types'

/** A labelled item: the label in bold, the text after it with its line breaks kept. */
function labelled(label: string, text: string, indent = ''): string {
  return `${indent}- **${inline(label)}:** ${markdownLines(text).join(`\\\n${indent}  `)}`
}

/**
 * Variant 2 per round, as lists rather than a table: a speaker's notes keep their line breaks,
 * which a Markdown table cell cannot.
 */
export function roundNotesMarkdown(notes: RoundNotesSection): string {
  const { labels } = notes
  const rounds = notes.rounds.map((round) => {
    const items = [
      ...(round.tops === '' ? [] : [labelled(labels.tops, round.tops)]),
      ...(round.tips === '' ? [] : [labelled(labels.tips, round.tips)]),
      ...round.speakers.map((row) =>
        [
          `- **${inline(row.speaker)}**`,
          ...(row.good === '' ? [] : [labelled(labels.good, row.good, '  ')]),
          ...(row.hard === '' ? [] : [labelled(labels.hard, row.hard, '  ')]),
        ].join('\n'),
      ),
    ]
    return `_${inline(round.label)}_\n\n${items.join('\n')}`
  })
  return [`**${inline(notes.heading)}**`, ...rounds].join('\n\n')
}
