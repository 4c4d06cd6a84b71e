import {
  ExternalHyperlink,
  LineRuleType,
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx'
import type { Session } from '../session/schema'
import {
  ACCENT,
  bullet,
  CONTENT_WIDTH,
  facts,
  heading,
  note,
  tallyTable,
  textParagraph,
  textTable,
  type Block,
} from './report-docx-parts'
import { lookBackDocx } from './report-docx-look-back'
import { roundNotesDocx } from './report-docx-rounds'
import { openDilemmasDocx, tensionMapDocx } from './report-docx-tension'
import { buildReportModel, type ReportModelOptions } from './report-model'
import { webLink } from './web-link'
import type {
  DilemmaReport,
  ListSection,
  ReportFact,
  ReportModel,
  Variant2Report,
} from './report-model-types'

const MARGIN = 1134 // 2 cm in twips
const ROUND_COLUMN = 1000
const FONT = 'Calibri'

/** "Meer informatie: …", a link Word opens when it is a web address. */
function moreInfo(fact: ReportFact): Paragraph[] {
  const link = webLink(fact.value)
  if (link === null) return facts([fact])
  const label = new TextRun({ text: `${fact.label}: `, bold: true })
  const text = new TextRun({ text: fact.value, style: 'Hyperlink' })
  return [new Paragraph({ children: [label, new ExternalHyperlink({ link, children: [text] })] })]
}

function labelled(label: string, text: string): Block[] {
  return [heading(label, HeadingLevel.HEADING_4), textParagraph(text)]
}

function variant2(report: Variant2Report): Block[] {
  const { rounds } = report
  const chosen = report.principles.map((p) => textParagraph(p.name))
  const roundsTable =
    rounds.empty === null
      ? [
          textTable(
            [rounds.corner, ...rounds.columns.map((c) => c?.name ?? rounds.noPrinciple)],
            rounds.rows.map((row) => [row.label, ...row.cells]),
            // A narrow round column leaves the principles room for a long name in bold.
            [
              ROUND_COLUMN,
              ...rounds.columns.map(() =>
                Math.floor((CONTENT_WIDTH - ROUND_COLUMN) / rounds.columns.length),
              ),
            ],
          ),
        ]
      : note(rounds.empty)
  return [
    heading(report.heading, HeadingLevel.HEADING_4),
    ...(report.empty === null ? chosen : note(report.empty)),
    heading(rounds.heading, HeadingLevel.HEADING_4),
    ...roundsTable,
    ...(report.notes === null ? [] : roundNotesDocx(report.notes)),
  ]
}

function dilemma(item: DilemmaReport): Block[] {
  return [
    heading(`${item.number}. ${item.title}`, HeadingLevel.HEADING_3),
    ...facts(item.facts),
    ...(item.description === '' ? [] : [textParagraph(item.description)]),
    ...(item.tally === null
      ? []
      : [
          heading(item.tally.heading, HeadingLevel.HEADING_4),
          tallyTable(item.tally),
          ...note(item.tally.empty ?? item.tally.total),
        ]),
    ...(item.variant2 === null ? [] : variant2(item.variant2)),
    ...item.texts.flatMap((t) => labelled(t.label, t.value)),
  ]
}

function list(section: ListSection): Block[] {
  const items = section.items.map(bullet)
  return [
    heading(section.heading, HeadingLevel.HEADING_3),
    ...(section.empty === null ? items : note(section.empty)),
  ]
}

function body(model: ReportModel): Block[] {
  const { programme, dilemmas, harvest } = model
  const { columns } = programme
  const { followUps } = harvest
  const programmeRows = [...programme.rows, ...(programme.total ? [programme.total] : [])]
  return [
    new Paragraph({ children: [new TextRun({ text: model.kicker, bold: true, color: ACCENT })] }),
    heading(model.title, HeadingLevel.HEADING_1),
    ...facts(model.facts),
    ...lookBackDocx(model.lookBack),
    heading(programme.heading, HeadingLevel.HEADING_2),
    ...(programme.empty === null
      ? [
          textTable(
            [columns.title, columns.planned, columns.start, columns.end, columns.duration],
            programmeRows.map((r) => [r.title, r.planned, r.start, r.end, r.duration]),
            [3838, 1300, 1500, 1700, 1300],
            [1, 4],
          ),
        ]
      : note(programme.empty)),
    ...(model.starter === null ? [] : labelled(model.starter.label, model.starter.value)),
    heading(model.principles.heading, HeadingLevel.HEADING_2),
    textParagraph(model.principles.intro),
    ...facts(model.principles.items),
    heading(dilemmas.heading, HeadingLevel.HEADING_2),
    ...note(dilemmas.empty),
    ...dilemmas.items.flatMap(dilemma),
    ...note(dilemmas.notDiscussed),
    ...(dilemmas.open === null ? [] : openDilemmasDocx(dilemmas.open)),
    heading(harvest.heading, HeadingLevel.HEADING_2),
    ...(harvest.tensionMap === null ? [] : tensionMapDocx(harvest.tensionMap)),
    ...list(harvest.threads),
    ...list(harvest.insights),
    heading(followUps.heading, HeadingLevel.HEADING_3),
    ...(followUps.empty === null
      ? [
          textTable(
            [followUps.columns.what, followUps.columns.who, followUps.columns.due],
            followUps.rows.map((r) => [r.what, r.who, r.due]),
            [5638, 2300, 1700],
          ),
        ]
      : note(followUps.empty)),
    ...(model.moreInfo === null ? [] : moreInfo(model.moreInfo)),
    ...note(model.generated),
  ]
}

const headingStyle = (size: number, color = ACCENT) => ({
  run: { font: FONT, size, bold: true, color },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
})

/** The report as a Word document: the same content as the HTML, in Word's own structures. */
export function reportDocx(
  session: Session,
  generatedAt: number,
  options: ReportModelOptions = {},
): Promise<Uint8Array> {
  const model = buildReportModel(session, generatedAt, options)
  const document = new Document({
    title: model.title,
    creator: "Dansende Dilemma's",
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: model.languageTag } },
          // "auto": 1.15 times each line's own height. Without the rule LibreOffice takes 276
          // twips as an exact height, and a heading that wraps writes over itself.
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(40),
        heading2: headingStyle(30),
        heading3: headingStyle(25),
        heading4: headingStyle(22, '1B1B1B'),
        heading5: headingStyle(21, '545B63'),
      },
    },
    sections: [
      {
        properties: {
          page: { margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.END,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: body(model),
      },
    ],
  })
  return Packer.pack(document, 'uint8array')
}
