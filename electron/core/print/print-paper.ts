import type { PrintChoices, PrintItem } from './print-contract'
import { PAPER } from './print-document'

/** The sheet an item is printed on (what the preview scales to fit its frame). */
export function printPaper(item: PrintItem, choices: PrintChoices) {
  if (item !== 'floor-mats' || choices.matPaper === 'a4-pair') return PAPER['a4-portrait']
  return choices.matPaper === 'a4' ? PAPER['a4-landscape'] : PAPER['a3-landscape']
}
