import type { Locale } from '../session/schema'

/** Words printed on the floor mats and dilemma cards; our own wording. */
export interface PrintTexts {
  readonly matsTitle: string
  readonly cardsTitle: string
  /** Which sheet of a mat printed in two halves, e.g. "1/2". */
  readonly half: (index: number, total: number) => string
  /** Beside the line where the two halves of a mat meet. */
  readonly tapeHere: string
}

const nl: PrintTexts = {
  matsTitle: 'Vloermatten',
  cardsTitle: 'Dilemmakaarten',
  half: (index, total) => `${index}/${total}`,
  tapeHere: 'Hier aan elkaar plakken',
}

const en: PrintTexts = {
  matsTitle: 'Floor mats',
  cardsTitle: 'Dilemma cards',
  half: (index, total) => `${index}/${total}`,
  tapeHere: 'Tape together here',
}

export function printTexts(locale: Locale): PrintTexts {
  return locale === 'en' ? en : nl
}

/** "Vloermatten — Teamdag", or just "Vloermatten" for a session without a title. */
export function printTitle(kind: string, sessionTitle: string): string {
  const title = sessionTitle.trim()
  return title === '' ? kind : `${kind} — ${title}`
}
