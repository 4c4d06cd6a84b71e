import type { Page } from 'playwright-core'

declare global {
  interface Window {
    /** Snapshots the page's own API delivered since the soak began counting. */
    __ddSoakSnapshots?: number
    /** The distinct screens the beamer's stage showed (data-screen), first appearance first. */
    __ddSoakScreens?: string[]
    /** How often the beamer's stage changed screen. */
    __ddSoakScreenChanges?: number
    /** Resolves once a snapshot of at least this revision has reached the page. */
    __ddSoakReached?: (revision: number) => Promise<void>
  }
}

/**
 * Counts snapshots as the page's listeners get them (the API's onSnapshot, beside the app's
 * own) and, on the beamer, every change of screen the stage made.
 */
export async function countSnapshots(page: Page): Promise<void> {
  await page.evaluate(() => {
    const api = window.dilemmaApi
    if (!api) throw new Error('the page has no API')
    let revision = 0
    let waiters: [number, () => void][] = []
    window.__ddSoakSnapshots = 0
    window.__ddSoakScreens = []
    window.__ddSoakScreenChanges = 0
    api.onSnapshot((snapshot) => {
      window.__ddSoakSnapshots = (window.__ddSoakSnapshots ?? 0) + 1
      revision = snapshot.revision
      const due = waiters.filter(([wanted]) => wanted <= revision)
      waiters = waiters.filter(([wanted]) => wanted > revision)
      for (const [, resolve] of due) resolve()
    })
    window.__ddSoakReached = (wanted) =>
      new Promise((resolve) => {
        if (wanted <= revision) resolve()
        else waiters.push([wanted, resolve])
      })
    const stage = document.querySelector('main[data-screen]')
    if (!stage) return
    let last = stage.getAttribute('data-screen') ?? ''
    new MutationObserver(() => {
      const now = stage.getAttribute('data-screen') ?? ''
      if (now === last) return
      last = now
      // The distinct screens and a count: a list of every change would itself grow.
      const screens = window.__ddSoakScreens ?? []
      if (!screens.includes(now)) screens.push(now)
      window.__ddSoakScreenChanges = (window.__ddSoakScreenChanges ?? 0) + 1
    }).observe(stage, { attributes: true, attributeFilter: ['data-screen'] })
  })
}

/** Waits until the page has been handed the snapshot of this revision (or a later one). */
export const reached = (page: Page, revision: number): Promise<void> =>
  page.evaluate((wanted) => window.__ddSoakReached?.(wanted), revision)

export interface PageCounts {
  readonly snapshots: number
  readonly screens: readonly string[]
  readonly screenChanges: number
}

export const readCounts = (page: Page): Promise<PageCounts> =>
  page.evaluate(() => ({
    snapshots: window.__ddSoakSnapshots ?? 0,
    screens: window.__ddSoakScreens ?? [],
    screenChanges: window.__ddSoakScreenChanges ?? 0,
  }))
