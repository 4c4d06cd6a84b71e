import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PRINT_CHOICES, PRINT_ITEMS, type PrintChoices } from '@core/print/print-contract'
import { printItemHtml } from '@core/print/print-item'
import { printPaper } from '@core/print/print-paper'
import { createSession } from '@core/session/default-session'
import type { Principle, Session } from '@core/session/schema'
import { deckOf } from '../unit/print/print-fixture'
import { launchChromium } from './harness/browser'
import { probeContrast, type ContrastReport } from './harness/contrast-probe'
import { printMatterInBrowser } from './harness/harness-print'
import { readPdfPages, widestLargestRunMm } from './harness/pdf-pages'
import { SCREENSHOT_DIR } from './harness/screenshots'

const OUT_DIR = join(SCREENSHOT_DIR, 'print')
const PX_PER_MM = 96 / 25.4
/** As on the beamer: every text at 4.5:1 at least. */
const MIN_TEXT = 4.5

function sessionWith(principles: Principle[], locale: 'nl' | 'en' = 'nl'): Session {
  const session = createSession(Date.UTC(2026, 11, 4), locale)
  return {
    ...session,
    principles,
    setup: { ...session.setup, title: 'Teamdag Toezicht', date: '2026-12-11' },
  }
}

const shipped = () => createSession(Date.UTC(2026, 11, 4), 'nl').principles

describe('printed matter follows the deck: 5 to 12 principles, long names, either language', () => {
  let browser: Browser
  let page: Page

  /**
   * Lays the item's pages out as printed (print media), every page in view for the probe; the
   * first page is kept as a picture.
   */
  async function layOut(html: string, choices: PrintChoices, item: (typeof PRINT_ITEMS)[number]) {
    const paper = printPaper(item, choices)
    const sheet = {
      width: Math.ceil(paper.widthMm * PX_PER_MM),
      height: Math.ceil(paper.heightMm * PX_PER_MM),
    }
    const pages = (html.match(/<section class="page">/g) ?? []).length
    await page.setViewportSize({ width: sheet.width, height: sheet.height * Math.max(1, pages) })
    await page.emulateMedia({ media: 'print' })
    await page.setContent(html, { waitUntil: 'load' })
    return { x: 0, y: 0, ...sheet }
  }

  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
    await mkdir(OUT_DIR, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
  })

  for (const count of [5, 12]) {
    it(`prints a deck of ${count} long-named principles: every name, whole, on every item`, async () => {
      const session = sessionWith(deckOf(count))
      for (const item of PRINT_ITEMS) {
        const html = await printItemHtml(session, item, DEFAULT_PRINT_CHOICES)
        const pages = await readPdfPages(await printMatterInBrowser(browser, html))
        const text = pages.map((each) => each.text).join(' ')
        if (item === 'floor-mats') expect(pages).toHaveLength(count)
        if (item === 'flyer' || item === 'handout') expect(pages).toHaveLength(1)
        if (item === 'dilemma-cards') continue
        for (const principle of session.principles) {
          // Shrunk to fit, never broken inside a word: each word of the name reads whole.
          for (const word of principle.name.split(' ')) expect(text, item).toContain(word)
        }
        if (item === 'floor-mats') {
          for (const mat of pages) expect(widestLargestRunMm(mat)).toBeGreaterThanOrEqual(210)
        }
      }
    })
  }

  it('prints in English when the session is in English', async () => {
    const session = sessionWith(shipped(), 'en')
    const flyer = await printItemHtml(session, 'flyer', DEFAULT_PRINT_CHOICES)
    const handout = await printItemHtml(session, 'handout', DEFAULT_PRINT_CHOICES)
    expect(flyer).toContain('lang="en"')
    expect(handout).toContain('lang="en"')
    const text = (await readPdfPages(await printMatterInBrowser(browser, handout)))
      .map((each) => each.text)
      .join(' ')
    expect(text).toMatch(/My dilemma/i)
  })

  const variants: { name: string; choices: PrintChoices }[] = [
    { name: 'full-colour', choices: DEFAULT_PRINT_CHOICES },
    {
      name: 'printer-friendly',
      choices: { ...DEFAULT_PRINT_CHOICES, matStyle: 'printer-friendly', cardsPerPage: 6 },
    },
  ]
  for (const { name, choices } of variants) {
    it(`keeps every text at ${MIN_TEXT}:1 on every page of each item (${name}), and shows it`, async () => {
      const session = sessionWith(shipped())
      const failures: string[] = []
      for (const item of PRINT_ITEMS) {
        const firstPage = await layOut(await printItemHtml(session, item, choices), choices, item)
        const report: ContrastReport = await page.evaluate(probeContrast)
        // Every page is read: each mat has its name and summary.
        const least = item === 'floor-mats' ? 2 * session.principles.length : 1
        expect(report.boxes.length, item).toBeGreaterThanOrEqual(least)
        for (const box of report.boxes) {
          if (box.ratio < MIN_TEXT)
            failures.push(
              `${item}: "${box.text}" ${box.ratio}:1 ${box.color} on ${box.backgrounds.join(',')}`,
            )
        }
        await page.screenshot({ path: join(OUT_DIR, `${item}-${name}.png`), clip: firstPage })
      }
      expect(failures).toEqual([])
    })
  }
})
