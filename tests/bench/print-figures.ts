import { createSession } from '@core/session/default-session'
import { DEFAULT_PRINT_CHOICES, PRINT_ITEMS } from '@core/print/print-contract'
import { printItemHtml } from '@core/print/print-item'
import { launchChromium } from '../e2e/harness/browser'
import { printMatterInBrowser } from '../e2e/harness/harness-print'
import { medianOf, type Figure } from './table'

const RUNS = 5
/** Saving all four items stays well within the "under a minute" a facilitator gives it. */
const BUDGET_MS = 5000

/**
 * Each printed item of the shipped deck made as main makes it: the HTML from the core, printed
 * to PDF by Chromium in a context without scripts or network.
 */
export async function printFigures(): Promise<Figure[]> {
  const fresh = createSession(Date.UTC(2026, 11, 4), 'nl')
  const session = {
    ...fresh,
    setup: {
      ...fresh.setup,
      title: 'Teamdag Toezicht',
      date: '2026-12-11',
      moreInfo: 'https://www.example.org/gids',
    },
  }
  const browser = await launchChromium()
  const figures: Figure[] = []
  try {
    for (const item of PRINT_ITEMS) {
      const make = async () =>
        printMatterInBrowser(browser, await printItemHtml(session, item, DEFAULT_PRINT_CHOICES))
      const measured = await medianOf(RUNS, make)
      figures.push({
        name: `Drukwerk: ${item} of the shipped deck as PDF (HTML + Chromium), median of ${RUNS}`,
        unit: 'ms',
        budget: BUDGET_MS,
        measured,
      })
    }
  } finally {
    await browser.close()
  }
  return figures
}
