import type { Locale } from '../session/schema'
import type { PrintItem } from './print-contract'

/** Words printed on the floor mats and dilemma cards; our own wording. */
export interface PrintTexts {
  readonly matsTitle: string
  readonly cardsTitle: string
  /** Which sheet of a mat printed in two halves, e.g. "1/2". */
  readonly half: (index: number, total: number) => string
  /** Beside the line where the two halves of a mat meet. */
  readonly tapeHere: string
  /** Each item's name, as in its PDF's file name. */
  readonly itemName: Readonly<Record<PrintItem, string>>
}

const nl: PrintTexts = {
  matsTitle: 'Vloermatten',
  cardsTitle: 'Dilemmakaarten',
  half: (index, total) => `${index}/${total}`,
  tapeHere: 'Hier aan elkaar plakken',
  itemName: {
    'floor-mats': 'Vloermatten',
    flyer: 'Flyer',
    'dilemma-cards': 'Dilemmakaarten',
    handout: 'Handout',
  },
}

const en: PrintTexts = {
  matsTitle: 'Floor mats',
  cardsTitle: 'Dilemma cards',
  half: (index, total) => `${index}/${total}`,
  tapeHere: 'Tape together here',
  itemName: {
    'floor-mats': 'Floor mats',
    flyer: 'Flyer',
    'dilemma-cards': 'Dilemma cards',
    handout: 'Handout',
  },
}

export function printTexts(locale: Locale): PrintTexts {
  return locale === 'en' ? en : nl
}

/** "Vloermatten — Teamdag", or just "Vloermatten" for a session without a title. */
export function printTitle(kind: string, sessionTitle: string): string {
  const title = sessionTitle.trim()
  return title === '' ? kind : `${kind} — ${title}`
}
