import type { Page } from 'playwright-core'
import type { PageName } from './app-under-test'

function shows(page: Page, name: PageName): boolean {
  try {
    return new URL(page.url()).pathname === `/${name}.html`
  } catch {
    return false
  }
}

/** A page whose renderer answers (a crashed one stays listed until its window reloads it). */
async function firstLive(candidates: Page[]): Promise<Page | undefined> {
  for (const page of candidates) {
    if (page.isClosed()) continue
    if (await page.evaluate(() => true).catch(() => false)) return page
  }
  return undefined
}

/** The page of a window, once its app has mounted (the preload's API is there and used). */
export async function waitForPage(
  pages: () => Page[],
  name: PageName,
  timeoutMs = 30_000,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const page = await firstLive(pages().filter((candidate) => shows(candidate, name)))
    if (page) {
      await page.waitForLoadState('load')
      // Vue marks its mount point once the window shows the session.
      await page
        .locator('#app[data-v-app]')
        .waitFor({ state: 'attached', timeout: Math.max(1, deadline - Date.now()) })
      return page
    }
    if (Date.now() > deadline) throw new Error(`no ${name} window within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
