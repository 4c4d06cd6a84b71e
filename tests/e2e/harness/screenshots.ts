import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { fromRoot } from '../../support/paths'

export const SCREENSHOT_DIR = fromRoot('screenshots')

/** Screenshots go into a git-ignored folder, to be looked at by a person. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path })
  return path
}
