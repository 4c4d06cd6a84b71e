import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { ReportFact, TallyChart } from './report-model-types'

export type Block = Paragraph | Table
type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel]

/** A4 with 2 cm margins leaves this much for text, in twips. */
export const CONTENT_WIDTH = 9638
export const ACCENT = '154273'
const HEADER_FILL = 'E8EEF5'
const RULE = 'CFD6DE'
/** The tally chart's bar area is split into this many columns; a bar spans its share. */
const BAR_STEPS = 20

/** Hebrew, Arabic and their presentation forms: the scripts that read right to left. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const STRONG = /[\p{L}]/u

/**
 * Like dir="auto": the first letter decides the paragraph's direction. Undefined rather than
 * false, so left-to-right paragraphs keep Word's default instead of an explicit override.
 */
export function isRightToLeft(text: string): true | undefined {
  const first = [...text].find((char) => STRONG.test(char))
  return first !== undefined && RTL.test(first) ? true : undefined
}

/**
 * User text with its line breaks kept as breaks within one paragraph. `rightToLeft` marks the
 * runs alone, for a value inside a left-to-right paragraph (a name after our label).
 */
export function textRuns(text: string, bold?: true, rightToLeft?: true): TextRun[] {
  return text
    .split('\n')
    .map(
      (line, index) =>
        new TextRun({ text: line, bold, rightToLeft, break: index === 0 ? undefined : 1 }),
    )
}

export function textParagraph(
  text: string,
  options: { bold?: true; align?: 'end'; italics?: true } = {},
): Paragraph {
  return new Paragraph({
    children: options.italics
      ? [new TextRun({ text, italics: true })]
      : textRuns(text, options.bold),
    bidirectional: isRightToLeft(text),
    alignment: options.align === 'end' ? AlignmentType.END : undefined,
  })
}

export function heading(text: string, level: Level): Paragraph {
  return new Paragraph({
    heading: level,
    bidirectional: isRightToLeft(text),
    children: textRuns(text),
  })
}

export function note(text: string | null): Block[] {
  return text === null ? [] : [textParagraph(text, { italics: true })]
}

export function facts(list: readonly ReportFact[]): Paragraph[] {
  return list.map(
    (f) =>
      // The paragraph reads in the report's language (our label first); only a right-to-left
      // value runs right to left, so a Hebrew name does not flip "Ingebracht door" around.
      new Paragraph({
        children: [
          new TextRun({ text: `${f.label}: `, bold: true }),
          ...textRuns(f.value, undefined, isRightToLeft(f.value)),
        ],
      }),
  )
}

export function bullet(item: string): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    bidirectional: isRightToLeft(item),
    children: textRuns(item),
  })
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const
const LINE = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: NONE,
  right: NONE,
  insideHorizontal: LINE,
  insideVertical: NONE,
}

function cell(text: string, width: number, options: { header?: boolean; end?: boolean } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    // Slim side margins (Word's default is 108 twips): "Rechtsstatelijk" stays whole in bold.
    margins: { left: 72, right: 72 },
    shading: options.header ? { type: ShadingType.CLEAR, fill: HEADER_FILL } : undefined,
    children: [
      textParagraph(text, {
        bold: options.header ? true : undefined,
        align: options.end ? 'end' : undefined,
      }),
    ],
  })
}

/** A plain table: a shaded header row that repeats on each page, then rows of text. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  endAligned: readonly number[] = [],
): Table {
  const row = (cells: readonly string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader || undefined,
      cantSplit: true,
      children: cells.map((text, i) =>
        cell(text, widths[i] ?? 0, { header: isHeader, end: endAligned.includes(i) }),
      ),
    })
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    borders: BORDERS,
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  })
}

/**
 * The tally as a table that reads as a bar chart: each bar is a run of cells shaded in the
 * principle's colour, as long as its share of the largest count, with the count beside it.
 */
export function tallyTable(chart: TallyChart): Table {
  const nameWidth = 3238
  const countWidth = 1200
  const step = (CONTENT_WIDTH - nameWidth - countWidth) / BAR_STEPS
  const barCells = (steps: number, color: string | null) => {
    const cells: TableCell[] = []
    const span = (columns: number, fill: string | null) =>
      new TableCell({
        columnSpan: columns,
        width: { size: Math.round(columns * step), type: WidthType.DXA },
        shading: fill === null ? undefined : { type: ShadingType.CLEAR, fill },
        children: [new Paragraph({})],
      })
    if (steps > 0 && color !== null) cells.push(span(steps, color))
    if (steps < BAR_STEPS) cells.push(span(BAR_STEPS - steps, null))
    return cells
  }
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(chart.columns.principle, nameWidth, { header: true }),
      ...barCells(0, null),
      cell(chart.columns.count, countWidth, { header: true, end: true }),
    ],
  })
  const rows = chart.bars.map((bar) => {
    const steps = bar.count === 0 ? 0 : Math.max(1, Math.round(bar.share * BAR_STEPS))
    return new TableRow({
      cantSplit: true,
      children: [
        cell(bar.name, nameWidth),
        ...barCells(steps, bar.color.slice(1).toUpperCase()),
        cell(String(bar.count), countWidth, { end: true }),
      ],
    })
  })
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [nameWidth, ...Array.from({ length: BAR_STEPS }, () => step), countWidth],
    borders: BORDERS,
    rows: [header, ...rows],
  })
}
