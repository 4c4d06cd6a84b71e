import { renderReport, reportHtml } from '@core/report/render-report'
import { launchChromium } from '../e2e/harness/browser'
import { largeSession } from '../support/large-session'
import { percentileOf, type Figure } from './table'

const RUNS = 20
const GENERATED_AT = Date.UTC(2026, 10, 29, 15, 0)

async function medianOf(runs: number, action: () => Promise<unknown>): Promise<number> {
  await action()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await action()
    times.push(performance.now() - start)
  }
  return percentileOf(times, 50)
}

/** Building the report of the large session in every format; PDF as main prints it, in Chromium. */
export async function reportFigures(): Promise<Figure[]> {
  const session = largeSession()
  const figure = (format: string, measured: number, runs = RUNS): Figure => ({
    name: `report of the large session as ${format}, median of ${runs}`,
    unit: 'ms',
    measured,
  })
  const figures = [
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
