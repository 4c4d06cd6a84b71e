import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml } from '@core/report/html-escape'
import { reportHtml } from '@core/report/render-report'
import { REPORT_STYLES } from '@core/report/report-styles'
import { CONTENT_SECURITY_POLICY } from '@node/content-security-policy'
import type { Session } from '@core/session/schema'
import { largeSession } from '../support/large-session'
import { names, personName, seeded } from '../support/pseudonym-session'
import {
  FIXTURE,
  FIXTURE_GENERATED_AT,
  FIXTURE_TIME_ZONE,
  reportFixture,
} from '../support/report-fixture'
import { launchChromium } from './harness/browser'
import { readPdf, type PdfText } from './harness/pdf-text'
import { SCREENSHOT_DIR } from './harness/screenshots'

const OUT_DIR = join(SCREENSHOT_DIR, 'report')
const OPTIONS = { timeZone: FIXTURE_TIME_ZONE }
/** Where the embedding page pretends to live; every request to it is answered by the test. */
const ORIGIN = 'http://report.test'

/** Prints the report as main does, and keeps the PDF and the first screen for a person to see. */
async function printReport(page: Page, html: string, name: string): Promise<PdfText> {
  await page.setContent(html)
  await mkdir(OUT_DIR, { recursive: true })
  await page.screenshot({ path: join(OUT_DIR, `${name}.png`) })
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  await writeFile(join(OUT_DIR, `${name}.pdf`), pdf)
  return readPdf(new Uint8Array(pdf))
}

/** The large session with its dilemmas marked discussed, as they would be after the workshop. */
function discussedLargeSession(): Session {
  const session = largeSession()
  return { ...session, dilemmas: session.dilemmas.map((d) => ({ ...d, status: 'discussed' })) }
}

describe('the report printed to PDF by Chromium', () => {
  let browser: Browser
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('prints the hostile fixture with its headings, dilemmas and follow-ups as text', async () => {
    const html = reportHtml(reportFixture(), FIXTURE_GENERATED_AT, OPTIONS)
    const { pages, text } = await printReport(page, html, 'report-fixture')
    expect(pages).toBeGreaterThan(1)
    for (const expected of [
      'alert(1)',
      'Regels of maatwerk?',
      'Collega deelt informatie',
      'Gids & flyer rondsturen',
      'Team Uitvoering',
      'Programma',
      'Besproken dilemma’s',
      'Opbrengst',
      'Rode draden',
      'Vervolgafspraken',
      'zondag 29 november 2026',
      'EINDE-NOTITIE',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain(FIXTURE.participants[0])
    expect(await page.evaluate(() => document.querySelectorAll('script, img').length)).toBe(0)
    expect(problems).toEqual([])
  })

  it('prints the large session over several pages', async () => {
    const html = reportHtml(discussedLargeSession(), FIXTURE_GENERATED_AT, OPTIONS)
    const { pages, text } = await printReport(page, html, 'report-large-session')
    expect(pages).toBeGreaterThan(5)
    expect(text).toContain('Dilemma 12: een verzoek dat net buiten de regels valt')
    expect(text).toContain('Vervolgafspraken')
    expect(problems).toEqual([])
  })

  it('keeps its styles in a sandboxed srcdoc frame under the presenter CSP', async () => {
    const html = reportHtml(reportFixture(), FIXTURE_GENERATED_AT, OPTIONS)
    const framePage = (policy: string) =>
      page.route(`${ORIGIN}/**`, (route) =>
        route.fulfill({
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': policy,
          },
          body: `<!doctype html><title>preview</title><iframe sandbox srcdoc="${escapeHtml(html)}"></iframe>`,
        }),
      )
    const frameColour = async (policy: string, path: string) => {
      await page.unrouteAll()
      await framePage(policy)
      await page.goto(`${ORIGIN}/${path}`)
      const frame = page.frames().find((f) => f !== page.mainFrame())
      if (!frame) throw new Error('no preview frame')
      await frame.waitForSelector('h1')
      return frame.evaluate(() => {
        const h1 = document.querySelector('h1')
        return h1 ? getComputedStyle(h1).color : ''
      })
    }

    problems.length = 0
    expect(await frameColour(CONTENT_SECURITY_POLICY, 'preview')).toBe('rgb(21, 66, 115)')
    expect(problems).toEqual([])
    // Without the report's hash the same frame falls back to the browser's defaults: the check
    // bites. (The policy also allows the windows' boot-shell styles by their own hash.)
    const reportHash = ` 'sha256-${createHash('sha256').update(REPORT_STYLES).digest('base64')}'`
    expect(CONTENT_SECURITY_POLICY).toContain(reportHash)
    const withoutHash = CONTENT_SECURITY_POLICY.replace(reportHash, '')
    expect(await frameColour(withoutHash, 'unstyled')).toBe('rgb(0, 0, 0)')
    problems.length = 0
    await page.unrouteAll()
  })

  it('never names anyone, nor an e-mail address, phone or BSN-like number, in the PDF’s text (pseudonymised by default)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(personName, {
          minLength: 4,
          maxLength: 5,
          selector: (n) => n.split(' ')[0],
        }),
        async (all) => {
          const [facilitator = '', ...people] = all
          const { session, secrets } = seeded(people, facilitator)
          const { text } = await printReport(
            page,
            reportHtml(session, FIXTURE_GENERATED_AT, OPTIONS),
            'pseudonymised',
          )
          for (const secret of secrets) expect(names(text, secret), secret).toBe(false)
          for (const data of ['@gemeente.nl', '06-12345678', '111222333'])
            expect(text).not.toContain(data)
          expect(text).toContain('Deelnemer A')
        },
      ),
      { numRuns: 6 },
    )
  })
})
