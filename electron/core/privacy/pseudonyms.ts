import type { ReportTexts } from '../report/report-texts'

/** A, B, … Z, AA, AB, …: the nth label (0-based), as spreadsheet columns are named. */
export function letterOf(index: number): string {
  let rest = Math.max(0, Math.floor(index))
  let letters = ''
  do {
    letters = String.fromCharCode(65 + (rest % 26)) + letters
    rest = Math.floor(rest / 26) - 1
  } while (rest >= 0)
  return letters
}

/** Participants are keyed `p:<id>`, facilitators `f:<index>` (see people.ts). */
export type PersonRole = 'participant' | 'facilitator'

export function roleOf(personKey: string): PersonRole {
  return personKey.startsWith('f:') ? 'facilitator' : 'participant'
}

/**
 * One label per person for the whole report ("Deelnemer A" is the same person in every table
 * and every text), handed out in the order the report first needs them; participants and
 * facilitators are lettered separately.
 */
export class Pseudonyms {
  private readonly labels = new Map<string, string>()
  private readonly counts: Record<PersonRole, number> = { participant: 0, facilitator: 0 }

  constructor(private readonly texts: ReportTexts) {}

  labelOf(personKey: string): string {
    const known = this.labels.get(personKey)
    if (known !== undefined) return known
    const role = roleOf(personKey)
    const letter = letterOf(this.counts[role])
    this.counts[role] += 1
    const label =
      role === 'facilitator' ? this.texts.facilitator(letter) : this.texts.dilemma.speaker(letter)
    this.labels.set(personKey, label)
    return label
  }
}
