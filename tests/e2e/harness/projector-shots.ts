import type { Page } from 'playwright-core'
import { saveScreenshot } from './screenshots'

export const FULL_HD = { width: 1920, height: 1080 }
export const OLD_BEAMER = { width: 1024, height: 768 }
export const LAPTOP = { width: 1366, height: 768 }
export const FIVE_FOUR_BEAMER = { width: 1280, height: 1024 }

/** Waits for a projector screen and saves it at 16:9, 4:3 and 5:4. */
export async function shootProjector(projector: Page, screen: string, name: string) {
  await projector.locator(`main[data-screen="${screen}"]`).waitFor()
  await saveScreenshot(projector, `projector-${name}-1920x1080`)
  await projector.setViewportSize(OLD_BEAMER)
  await saveScreenshot(projector, `projector-${name}-1024x768`)
  await projector.setViewportSize(FIVE_FOUR_BEAMER)
  await saveScreenshot(projector, `projector-${name}-1280x1024`)
  await projector.setViewportSize(FULL_HD)
}
