import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { createSession } from '@core/session/default-session'
import { SECTIONS } from '../../renderer/src/presenter/shell/sections'
import { Harness, type WindowPage } from './harness/harness'
import { saveScreenshot } from './harness/screenshots'

/** What a laptop leaves for the presenter window: with and without a taskbar. */
const LAPTOP_WINDOWS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 705 },
  { width: 1366, height: 768 },
] as const

/** True when the whole element is inside the window and nothing (no scroll clip) hides its middle. */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox()
  const viewport = page.viewportSize()
  if (box === null || viewport === null) return false
  if (box.y < 0 || box.x < 0) return false
  if (box.y + box.height > viewport.height || box.x + box.width > viewport.width) return false
  return target.evaluate((element) => {
    const rect = element.getBoundingClientRect()
    // Top and bottom edge, just inside: an element half scrolled out of its rail fails here.
    return [rect.top + 2, rect.bottom - 2].every((y) => {
      const hit = document.elementFromPoint(rect.left + rect.width / 2, y)
      return hit !== null && (element === hit || element.contains(hit))
    })
  })
}

describe('presenter on a laptop screen', () => {
  let harness: Harness
  let presenter: WindowPage

  beforeAll(async () => {
    harness = await Harness.start()
    const session = createSession(Date.now())
    harness.host.replaceSession(session)
    // A programme longer than the rail: four extra phases.
    for (const title of ['Pauze', 'Tweede ronde', 'Nog een pauze', 'Extra ronde']) {
      harness.host.dispatch({ type: 'phase/add', kind: 'other', title, plannedMinutes: 10 })
    }
    const casework = session.phases.find((phase) => phase.kind === 'casework')
    harness.host.dispatch({ type: 'phase/go', id: casework?.id ?? null })
    presenter = await harness.open('presenter', LAPTOP_WINDOWS[0])
  })

  afterAll(async () => {
    expect(presenter.problems).toEqual([])
    await harness?.close()
  })

  it.each(LAPTOP_WINDOWS)(
    'at $width×$height the live controls of the phase are in view in every section',
    async (size) => {
      const page = presenter.page
      await page.setViewportSize(size)
      const rail = page.getByRole('navigation', { name: 'Programma' })
      const live = {
        next: rail.getByRole('button', { name: 'Volgende fase' }),
        timer: rail.locator('[data-timer="phase"]'),
        notes: rail.getByLabel('Notities bij deze fase'),
      }
      for (const section of SECTIONS) {
        await page.locator(`button[data-section="${section}"]`).click()
        await page.locator(`[data-active-section="${section}"]`).waitFor()
        for (const [name, target] of Object.entries(live)) {
          expect(await inView(page, target), `${name} in ${section}`).toBe(true)
        }
      }
      await page.locator('button[data-section="casework"]').click()
      await saveScreenshot(page, `presenter-live-controls-${size.width}x${size.height}`)
    },
  )

  it('opens every section at its top, wherever the one before was scrolled to', async () => {
    const page = presenter.page
    await page.setViewportSize({ width: 1366, height: 705 })
    const panel = page.locator('[data-active-section]')
    const scrollTop = () => panel.evaluate((element) => element.scrollTop)
    for (const [from, to] of [
      ['session', 'principles'],
      ['principles', 'session'],
    ] as const) {
      await page.locator(`button[data-section="${from}"]`).click()
      await panel.evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
      expect(await scrollTop()).toBeGreaterThan(0)
      await page.locator(`button[data-section="${to}"]`).click()
      await page.locator(`[data-active-section="${to}"]`).waitFor()
      expect(await scrollTop()).toBe(0)
    }
  })
})
