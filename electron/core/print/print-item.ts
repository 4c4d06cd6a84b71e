import { GIDS_URL } from '../gids'
import { datedFileName } from '../text/file-name'
import { UNTITLED_REPORT } from '../report/report-file-name'
import type { Session } from '../session/schema'
import { dilemmaCardsHtml } from './dilemma-cards'
import { floorMatsHtml } from './floor-mats'
import { flyerHtml } from './flyer'
import { handoutHtml } from './handout'
import type { PrintChoices, PrintItem } from './print-contract'
import { printTexts } from './print-texts'

/** One printed item as the complete, locked-down HTML document the print window turns into PDF. */
export async function printItemHtml(
  session: Session,
  item: PrintItem,
  choices: PrintChoices,
): Promise<string> {
  switch (item) {
    case 'floor-mats':
      return floorMatsHtml(session, { paper: choices.matPaper, style: choices.matStyle })
    case 'flyer':
      return flyerHtml(session, { gidsUrl: GIDS_URL })
    case 'dilemma-cards':
      return dilemmaCardsHtml(session, {
        perPage: choices.cardsPerPage,
        include: choices.cardsInclude,
      })
    case 'handout':
      return handoutHtml(session)
    default:
      return item satisfies never
  }
}

/**
 * `YYYY-MM-DD Vloermatten - <title>.pdf`, in the session's language, dated like the report. The
 * item's name comes before the title, so a long title is what gets shortened.
 */
export function printFileName(session: Session, item: PrintItem, now: number): string {
  const { date, title } = session.setup
  const name = printTexts(session.locale).itemName[item]
  const parts = { title, fallback: UNTITLED_REPORT, extension: 'pdf' }
  return datedFileName(date, now, parts, `${name} - `)
}
