import { renderReport, reportHtml } from '@core/report/render-report'
import { publicationOf } from '@core/report/report-model'
import { launchChromium } from '../e2e/harness/browser'
import type { Session } from '@core/session/schema'
import { largeSession } from '../support/large-session'
import { medianOf, type Figure } from './table'

const RUNS = 20
const GENERATED_AT = Date.UTC(2026, 10, 29, 15, 0)

/** Names as a real team has them: particles, accents, an apostrophe, ordinary words. */
const NAMES = [
  'Anouk de Vries',
  'Bram van den Berg',
  'José Martínez',
  'Ünal Yılmaz',
  'Sanne van ’t Hek',
  'Priya D’Souza',
  'Roos Bakker',
  'Wil Visser',
  'Mohammed El Amrani',
  'Fleur Jansen',
]

/** The large session with real-looking names, each named once in a common thread. */
function namedLargeSession(): Session {
  const session = largeSession()
  const participants = session.participants.map((p, i) => ({
    ...p,
    name: `${NAMES[i % NAMES.length] ?? ''} ${i + 1}`,
  }))
  const threads = session.harvest.threads.map((thread, i) => ({
    ...thread,
    text: `${thread.text} ${NAMES[i % NAMES.length] ?? ''} belt 06-12345678.`,
  }))
  return {
    ...session,
    participants,
    setup: { ...session.setup, facilitators: ['Ingrid de Wit', 'Kees van Dam'] },
    harvest: { ...session.harvest, threads },
  }
}

/** Building the report of the large session in every format; PDF as main prints it, in Chromium. */
export async function reportFigures(): Promise<Figure[]> {
  const session = largeSession()
  const named = namedLargeSession()
  const figure = (format: string, measured: number, runs = RUNS): Figure => ({
    name: `report of the large session as ${format}, median of ${runs}`,
    unit: 'ms',
    measured,
  })
  const figures: Figure[] = [
    {
      name: `publication check of the large session (model and findings), median of ${RUNS}`,
      unit: 'ms',
      budget: 20,
      measured: await medianOf(RUNS, async () => publicationOf(named, GENERATED_AT)),
    },
    figure('HTML', await medianOf(RUNS, () => renderReport(session, 'html', GENERATED_AT))),
    figure('Markdown', await medianOf(RUNS, () => renderReport(session, 'md', GENERATED_AT))),
    figure('Word (.docx)', await medianOf(RUNS, () => renderReport(session, 'docx', GENERATED_AT))),
  ]
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const pdf = async () => {
      await page.setContent(reportHtml(session, GENERATED_AT))
      return page.pdf({ format: 'A4', printBackground: true })
    }
    figures.push(figure('PDF (HTML printed by Chromium)', await medianOf(5, pdf), 5))
  } finally {
    await browser.close()
  }
  return figures
}
