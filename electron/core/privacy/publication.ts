import type { ReportModel } from '../report/report-model-types'
import type { ReportTexts } from '../report/report-texts'
import type { FindingChoice, ReportOptions } from '../session/schema'
import { createDetector, type FindingKind, type Person } from './detect'
import { excerptOf, type Excerpt } from './excerpt'
import type { Pseudonyms } from './pseudonyms'
import { mapReportTexts, type TextSlot } from './report-slots'

/** Something in the report that may be personal data, as the Verslag panel lists it. */
export interface Finding {
  /** Place, kind and the text found: what the facilitator's choice is kept under. */
  readonly key: string
  readonly kind: FindingKind
  /** Where in the report ("Dilemma 2 · Wat gaf de doorslag"). */
  readonly place: string
  /** The first place it stands in that text, with a little around it. */
  readonly excerpt: Excerpt
  /** How often it stands in that text. */
  readonly count: number
  /** For a name: the label it gets ("Deelnemer A"). */
  readonly label: string | null
  /** What happens to it: the facilitator's choice, or the default; only a name is ever 'label'. */
  readonly choice: FindingChoice
  /** Whether the facilitator chose (false: the default holds, still to be looked at). */
  readonly chosen: boolean
}

export interface Publication {
  /** The report as it will be written: every choice applied. */
  readonly model: ReportModel
  readonly findings: readonly Finding[]
}

/** Keys stay within the schema's limit whatever was typed. */
const KEY_MAX = 400

/** Case and accents do not make another finding: "José" and "JOSE" are one choice. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ')
}

/** The default: a name by a choice of the facilitator stays; another name gets its label; the rest goes. */
function defaultChoice(kind: FindingKind, slot: TextSlot, options: ReportOptions): FindingChoice {
  if (kind !== 'name') return 'remove'
  const named = slot.role === 'owner' ? options.includeFollowUpOwners : options.includeNames
  return named ? 'keep' : 'label'
}

/**
 * Runs the publication check over the report and applies the facilitator's choices: every name
 * of a participant or facilitator, e-mail address, phone number, postcode with house number,
 * IBAN, BSN-like number and written-out date of birth in a typed text becomes its label, stays,
 * or is removed. Pure; the detector is compiled once per report.
 */
export function publishReport(
  raw: ReportModel,
  people: readonly Person[],
  options: ReportOptions,
  texts: ReportTexts,
  pseudonyms: Pseudonyms,
): Publication {
  const detect = createDetector(people)
  const findings = new Map<string, Finding>()
  const model = mapReportTexts(raw, texts, (slot) => {
    const matches = detect(slot.text).filter(
      (match) => !(slot.role === 'chosen' && match.kind === 'name'),
    )
    if (matches.length === 0) return slot.text
    let published = ''
    let from = 0
    for (const match of matches) {
      const found = slot.text.slice(match.start, match.end)
      const key = `${slot.key}|${match.kind}|${fold(found)}`.slice(0, KEY_MAX)
      const label =
        match.kind === 'name' && match.personKey !== undefined
          ? pseudonyms.labelOf(match.personKey)
          : null
      const explicit = options.findingChoices[key]
      const asked = explicit ?? defaultChoice(match.kind, slot, options)
      // Only a name has a label: anything else set to "label" is removed, never kept, and the
      // finding says so, so the windows show and count what the report does.
      const choice = asked === 'label' && label === null ? 'remove' : asked
      const known = findings.get(key)
      findings.set(
        key,
        known
          ? { ...known, count: known.count + 1 }
          : {
              key,
              kind: match.kind,
              place: slot.place,
              excerpt: excerptOf(slot.text, match),
              count: 1,
              label,
              choice,
              chosen: explicit !== undefined,
            },
      )
      published += slot.text.slice(from, match.start) + replacement(found, choice, label, texts)
      from = match.end
    }
    return published + slot.text.slice(from)
  })
  return { model, findings: [...findings.values()] }
}

function replacement(
  found: string,
  choice: FindingChoice,
  label: string | null,
  texts: ReportTexts,
): string {
  switch (choice) {
    case 'keep':
      return found
    case 'label':
      return label ?? texts.removed
    case 'remove':
      return texts.removed
    default:
      return choice satisfies never
  }
}
