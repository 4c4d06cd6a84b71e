import { describe, expect, it } from 'vitest'
import type { Page, Route } from 'playwright-core'
import type { PageName } from '@core/app-origin'
import { useRendererPages } from './harness/renderer-pages'
import { saveScreenshot } from './harness/screenshots'

/** The boot shells as the built pages paint them, and the colour each paints in. */
const SHELLS: readonly [PageName, string, string][] = [
  ['projector', '.boot-shell--stage', 'rgb(20, 33, 61)'],
  ['presenter', '.boot-shell__bar', 'rgb(20, 33, 61)'],
]

const firstContentfulPaint = (page: Page): Promise<number | null> =>
  page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        setTimeout(() => resolve(null), 5_000)
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0]
          if (paint) resolve(paint.startTime)
        }).observe({ type: 'paint', buffered: true })
      }),
  )

/**
 * The windows' first paint waits for the HTML only: with every stylesheet held back by the
 * server, each page still paints its boot shell in its own colours, under the app's CSP, and
 * its scripts wait for the stylesheets so the app never shows unstyled.
 */
describe('the boot shell paints before the stylesheets are in', () => {
  const pages = useRendererPages()

  it.each(SHELLS)('%s', async (name, shell, colour) => {
    const { browser, origin } = pages()
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    })
    try {
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      const held: Route[] = []
      let holding = true
      await page.route('**/*.css', (route) => (holding ? void held.push(route) : route.continue()))
      await page.goto(`${origin}/${name}.html`, { waitUntil: 'commit' })
      await page.waitForSelector(shell)

      expect(await firstContentfulPaint(page)).not.toBeNull()
      expect(held.length).toBeGreaterThan(0)
      const background = await page.$eval(shell, (e) => getComputedStyle(e).backgroundColor)
      expect(background).toBe(colour)
      await saveScreenshot(page, `boot-shell-${name}-stylesheets-held`)
      // No script has run yet: the API's absence would have replaced the shell with a sentence.
      expect(await page.locator(shell).count()).toBe(1)
      expect(problems).toEqual([])

      holding = false
      await Promise.all(held.map((route) => route.continue()))
      // The page has no API here, so the scripts, once run, say so in place of the shell.
      await page.waitForSelector(shell, { state: 'detached' })
    } finally {
      await context.close()
    }
  })
})
