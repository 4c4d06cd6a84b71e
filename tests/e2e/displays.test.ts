import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BEAMER, LAPTOP } from '../support/fake-displays'
import { seriousAxeFindings } from './harness/axe'
import { Harness, type WindowPage } from './harness/harness'
import { saveScreenshot } from './harness/screenshots'
import { useRendererPages } from './harness/renderer-pages'

const PRESENTER_VIEW = { width: 1366, height: 768 }
const TV = {
  id: 3,
  label: 'LG TV',
  bounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  workArea: { x: -1920, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
}

describe('display management in the presenter', () => {
  let harness: Harness
  let presenter: WindowPage
  let page: Page

  // Each case in its own app: three screens connected, none remembered, the Beamer section open.
  beforeEach(async () => {
    harness = await Harness.start()
    harness.displays.reset([LAPTOP, BEAMER, TV])
    presenter = await harness.open('presenter', PRESENTER_VIEW)
    page = presenter.page
    await page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Beamer', exact: true })
      .click()
    await page.getByTestId('display-card').first().waitFor()
  })

  afterEach(async () => {
    await harness?.close()
  })

  const status = () => page.getByTestId('displays-status').textContent()
  const card = (name: string) => page.getByTestId('display-card').filter({ hasText: name })

  it('lists the displays with number, name, resolution and roles', async () => {
    await expect(page.getByTestId('display-card').count()).resolves.toBe(3)
    await expect(card('EPSON PJ').textContent()).resolves.toContain('1280 × 800')
    await expect(card('Ingebouwd scherm').textContent()).resolves.toContain('Begeleidersscherm')
    await expect(status()).resolves.toContain('schermvullend op EPSON PJ')
    await saveScreenshot(page, 'presenter-displays-three-screens')
    expect(await seriousAxeFindings(page)).toEqual([])
  })

  it('moves the projector to the chosen display and remembers it', async () => {
    await card('LG TV').getByRole('button', { name: 'Beamer hierheen' }).click()
    await expect.poll(status).toContain('LG TV')
    expect(harness.displays.state.remembered).toEqual({ id: 3, label: 'LG TV' })
    await expect(
      card('LG TV').getByRole('button', { name: 'Beamer staat hier' }).isDisabled(),
    ).resolves.toBe(true)
  })

  it('asks main to identify the displays', async () => {
    await page.getByRole('button', { name: 'Schermen herkennen' }).click()
    await expect.poll(() => harness.displays.identifyRequests).toBe(1)
    await page.getByText('Elk scherm toont nu zijn nummer').waitFor()
  })

  it('follows hot-plug: screens unplugged, then a beamer plugged in', async () => {
    harness.displays.emit({ type: 'display-removed', display: TV })
    harness.displays.emit({ type: 'display-removed', display: BEAMER })
    await expect.poll(() => page.getByTestId('display-card').count()).toBe(1)
    await expect(status()).resolves.toContain('als venster op Ingebouwd scherm')
    await page.getByTestId('displays-single').waitFor()
    await saveScreenshot(page, 'presenter-displays-single-screen')

    harness.displays.emit({ type: 'display-added', display: BEAMER })
    await expect.poll(status).toContain('schermvullend op EPSON PJ')
  })

  it('covers the presenter only when asked, with a visible way back', async () => {
    // The laptop's own screen is the only one left.
    harness.displays.emit({ type: 'display-removed', display: TV })
    harness.displays.emit({ type: 'display-removed', display: BEAMER })
    await page.getByRole('button', { name: 'Beamer op dit scherm schermvullend' }).click()
    // The way back is in the panel and, always visible, in the top bar.
    const shrink = page.getByTestId('shrink-projector')
    await shrink.waitFor()
    await page.getByTestId('top-shrink-projector').waitFor()
    await expect(status()).resolves.toContain('Esc')
    await saveScreenshot(page, 'presenter-displays-covering')
    expect(await seriousAxeFindings(page)).toEqual([])
    await shrink.click()
    await expect.poll(status).toContain('als venster')
    expect(presenter.problems).toEqual([])
  })
})

describe('the identify page', () => {
  const pages = useRendererPages()

  async function open(search: string): Promise<{ page: Page; problems: string[] }> {
    const { browser, origin } = pages()
    const page = await browser.newPage({ viewport: { width: 420, height: 420 } })
    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text())
    })
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(`${origin}/identify.html${search}`)
    await page.locator('#identify').waitFor({ state: 'attached' })
    return { page, problems }
  }

  it('shows the number from its address, large, under the app’s CSP', async () => {
    const { page, problems } = await open('?n=2')
    await expect(page.locator('#identify').textContent()).resolves.toBe('2')
    const size = await page
      .locator('#identify')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThan(250)
    await saveScreenshot(page, 'identify-display-2')
    expect(problems).toEqual([])
  })

  it.each(['?n=<b>x</b>', '?n=99', '?n=0', ''])('shows nothing for %j', async (search) => {
    const { page, problems } = await open(search)
    await expect(page.locator('#identify').textContent()).resolves.toBe('')
    await expect(page.locator('#identify b').count()).resolves.toBe(0)
    expect(problems).toEqual([])
  })
})
