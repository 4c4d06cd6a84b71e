import type {
  DilemmaReport,
  FollowUpRow,
  ListSection,
  LookBackSection,
  OpenDilemmas,
  ReportFact,
  ReportModel,
  RoundNotesSection,
  TensionMapReport,
  Variant2Report,
} from '../report/report-model-types'
import type { ReportTexts } from '../report/report-texts'

/**
 * Whose names may stand in a text: `free` text may name anyone by accident; `chosen` names are
 * there by the facilitator's choice (those present, a contributor); `owner` is who takes a
 * follow-up on, a choice of its own.
 */
export type SlotRole = 'free' | 'chosen' | 'owner'

/** One text of the report the facilitator (or a participant) wrote. */
export interface TextSlot {
  /** Stable within a report: where the text is, for the findings' keys. */
  readonly key: string
  /** Where it is, in the report's own words ("Dilemma 2 · Wat gaf de doorslag"). */
  readonly place: string
  readonly text: string
  readonly role: SlotRole
}

/** Gives back the text to put in the slot's place. */
export type SlotVisitor = (slot: TextSlot) => string

const join = (...parts: string[]) => parts.filter((part) => part !== '').join(' · ')

/**
 * The report with every text someone typed passed through `visit`, in reading order: the
 * publication check reads them and writes them back pseudonymised. What the report words itself
 * (headings, dates, counts) and the principles' names in charts are not visited.
 */
export function mapReportTexts(
  model: ReportModel,
  texts: ReportTexts,
  visit: SlotVisitor,
): ReportModel {
  const text = (key: string, place: string, value: string, role: SlotRole = 'free') =>
    value === '' ? value : visit({ key, place, text: value, role })
  const fact = (key: string, place: string, item: ReportFact): ReportFact => ({
    ...item,
    value: text(key, join(place, item.label), item.value, item.names === true ? 'chosen' : 'free'),
  })
  const list = (key: string, section: ListSection): ListSection => ({
    ...section,
    items: section.items.map((item, index) =>
      text(`${key}.${index}`, texts.places.item(section.heading, index + 1), item),
    ),
  })
  const followUp = (row: FollowUpRow, index: number): FollowUpRow => {
    const place = texts.places.item(model.harvest.followUps.heading, index + 1)
    const { columns } = model.harvest.followUps
    return {
      ...row,
      what: text(`followUp.${index}.what`, join(place, columns.what), row.what),
      who: text(`followUp.${index}.who`, join(place, columns.who), row.who, 'owner'),
    }
  }
  // Numbered as the look-back lists them; the owner is a follow-up owner like any other.
  const lookBack = (section: LookBackSection): LookBackSection => {
    const { columns } = section
    return {
      ...section,
      heading: text(
        'lookBack.heading',
        join(texts.places.lookBack, texts.places.title),
        section.heading,
      ),
      rows: section.rows.map((row, index) => {
        const place = join(texts.places.lookBack, texts.places.followUp(index + 1))
        return {
          ...row,
          what: text(`lookBack.${index}.what`, join(place, columns.what), row.what),
          who: text(`lookBack.${index}.who`, join(place, columns.who), row.who, 'owner'),
        }
      }),
    }
  }
  // A round's texts are kept under the round's index in the session, so a choice stays with its
  // round when an earlier round gets notes later.
  const roundNotes = (key: string, place: string, notes: RoundNotesSection): RoundNotesSection => ({
    ...notes,
    rounds: notes.rounds.map((round) => {
      const at = `${key}.round.${round.index}`
      const where = join(place, round.label)
      const { labels } = notes
      return {
        ...round,
        tops: text(`${at}.tops`, join(where, labels.tops), round.tops),
        tips: text(`${at}.tips`, join(where, labels.tips), round.tips),
        speakers: round.speakers.map((row, index) => ({
          ...row,
          good: text(
            `${at}.speaker.${index}.good`,
            join(where, row.speaker, labels.good),
            row.good,
          ),
          hard: text(
            `${at}.speaker.${index}.hard`,
            join(where, row.speaker, labels.hard),
            row.hard,
          ),
        })),
      }
    }),
  })
  const variant2 = (key: string, place: string, report: Variant2Report | null) =>
    report && { ...report, notes: report.notes && roundNotes(key, place, report.notes) }
  const dilemma = (item: DilemmaReport): DilemmaReport => {
    const key = `dilemma.${item.number}`
    const place = texts.places.dilemma(item.number)
    return {
      ...item,
      title: text(`${key}.title`, join(place, texts.places.title), item.title),
      description: text(
        `${key}.description`,
        join(place, texts.places.description),
        item.description,
      ),
      facts: item.facts.map((f, index) => fact(`${key}.fact.${index}`, place, f)),
      variant2: variant2(key, place, item.variant2),
      texts: item.texts.map((f, index) => fact(`${key}.text.${index}`, place, f)),
    }
  }
  const openDilemmas = (open: OpenDilemmas): OpenDilemmas => {
    // Numbered through both groups, as the report lists them.
    let number = 0
    return {
      ...open,
      groups: open.groups.map((group) => ({
        ...group,
        titles: group.titles.map((title) => {
          number += 1
          return text(`open.${number - 1}`, texts.places.openDilemma(number), title)
        }),
      })),
    }
  }
  // The lines name principles only, but a principle's name is typed too: read like the facts.
  const tensionMap = (map: TensionMapReport): TensionMapReport => ({
    ...map,
    lines: map.lines.map((line, index) => fact(`tensionMap.${index}`, map.heading, line)),
  })
  const { principles, dilemmas, harvest, programme } = model
  return {
    ...model,
    title: text('title', texts.places.title, model.title),
    facts: model.facts.map((f, index) => fact(`fact.${index}`, '', f)),
    lookBack: model.lookBack && lookBack(model.lookBack),
    programme: {
      ...programme,
      rows: programme.rows.map((row, index) => ({
        ...row,
        title: text(
          `programme.${index}`,
          texts.places.item(programme.heading, index + 1),
          row.title,
        ),
      })),
    },
    starter: model.starter && fact('starter', '', model.starter),
    principles: {
      ...principles,
      items: principles.items.map((item, index) => {
        const place = texts.places.principle(item.label)
        return {
          ...item,
          label: text(`principle.${index}.name`, place, item.label),
          value: text(`principle.${index}.summary`, place, item.value),
        }
      }),
    },
    dilemmas: {
      ...dilemmas,
      items: dilemmas.items.map(dilemma),
      open: dilemmas.open && openDilemmas(dilemmas.open),
    },
    harvest: {
      ...harvest,
      tensionMap: harvest.tensionMap && tensionMap(harvest.tensionMap),
      threads: list('threads', harvest.threads),
      insights: list('insights', harvest.insights),
      followUps: { ...harvest.followUps, rows: harvest.followUps.rows.map(followUp) },
    },
    moreInfo: model.moreInfo && fact('moreInfo', '', model.moreInfo),
  }
}
