import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TeamOverview } from '@core/team/team-contract'
import { teamOverview } from '@core/team/team-overview'
import { teamSummaryHtml } from '@core/team/team-summary-html'
import { teamSessions } from '../support/team-folder'
import { launchChromium } from './harness/browser'
import { readPdf } from './harness/pdf-text'

const AT = Date.UTC(2026, 2, 14, 11, 0)
const LONG = 'Een lange rode draad over de burger voor ogen houden en de regels kennen. '.repeat(20)

/** Everything as long and as many as a team could make it: the page must still be one. */
function crowded(overview: TeamOverview): TeamOverview {
  const name = (i: number) => `Principe met een lange naam ${i}`
  return {
    ...overview,
    principles: Array.from({ length: 12 }, (_, i) => ({
      name: name(i),
      colour: '#154273',
      first: 300 + i,
      after: 200 + i,
    })),
    pairs: Array.from({ length: 10 }, (_, i) => ({
      a: name(i),
      b: 'Rechtsstatelijk',
      kind: 'tension',
      sessions: 3,
    })),
    threads: overview.threads.map((thread) => ({ ...thread, text: LONG })),
    followUps: overview.followUps.map((item) => ({ ...item, what: LONG })),
    skipped: Array.from({ length: 20 }, (_, i) => ({
      name: `Een bestand met een lange naam ${i}.dilemmas`,
      reason: 'newer-version',
    })),
  }
}

describe('the team summary printed to PDF by Chromium', () => {
  let browser: Browser
  let page: Page
  const overview = teamOverview({
    folderName: 'Team Zuid',
    sessions: teamSessions(50).map((session, i) => ({ name: `${i}.dilemmas`, session })),
    skipped: [{ name: 'kapot.dilemmas', reason: 'damaged' }],
  })

  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
  })

  afterAll(async () => {
    await browser.close()
  })

  // As main prints printed matter: the page's own @page size and margins.
  const pagesOf = async (html: string) => {
    await page.setContent(html)
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true })
    return readPdf(new Uint8Array(pdf))
  }

  it('fits 50 sessions on one A4 page', async () => {
    const pdf = await pagesOf(teamSummaryHtml(overview, AT))
    expect(pdf.pages).toBe(1)
    expect(pdf.text).toContain('Team Zuid')
  })

  it('fits one page with a full list of middling texts beside a small deck', async () => {
    const middling = 'Samen met de ketenpartners afspraken maken over maatwerk voor burgers.'
    const pdf = await pagesOf(
      teamSummaryHtml(
        {
          ...overview,
          skipped: [],
          threads: overview.threads.map((thread) => ({ ...thread, text: middling })),
          followUps: overview.followUps.map((item) => ({ ...item, what: middling })),
        },
        AT,
      ),
    )
    expect(pdf.pages).toBe(1)
  })

  it('fits one page even with twelve long principle names and long texts everywhere', async () => {
    const pdf = await pagesOf(teamSummaryHtml(crowded(overview), AT))
    expect(pdf.pages).toBe(1)
    expect(pdf.text).toContain('Dit overzicht is gemaakt op')
  })
})
