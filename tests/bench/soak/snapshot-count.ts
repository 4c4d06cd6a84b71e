import type { Page } from 'playwright-core'
import type { CommandInput } from '@core/commands/schema'
import { DISPATCHED_BINDING, DISPATCH_CHANNEL, REVISION_BINDING } from './page-reports'

declare global {
  interface Window {
    /** Snapshots the page's own API delivered since the soak began counting. */
    __ddSoakSnapshots?: number
    /** The distinct screens the beamer's stage showed (data-screen), first appearance first. */
    __ddSoakScreens?: string[]
    /** How often the beamer's stage changed screen. */
    __ddSoakScreenChanges?: number
  }
}

/**
 * Counts snapshots as the page's listeners get them (the API's onSnapshot, beside the app's
 * own) and reports each one's revision (page-reports.ts); on the beamer, counts every change of
 * screen the stage made; on the presenter, dispatches what the soak asks for on its channel.
 */
export async function instrumentPage(page: Page): Promise<void> {
  const names = [REVISION_BINDING, DISPATCHED_BINDING, DISPATCH_CHANNEL] as const
  await page.evaluate(([revisionBinding, dispatchedBinding, dispatchChannel]) => {
    const api = window.dilemmaApi
    if (!api) throw new Error('the page has no API')
    const bindings = window as unknown as Record<string, ((payload: string) => void) | undefined>
    const report = (binding: string, payload: string) => bindings[binding]?.(payload)
    window.__ddSoakSnapshots = 0
    window.__ddSoakScreens = []
    window.__ddSoakScreenChanges = 0
    api.onSnapshot((snapshot) => {
      window.__ddSoakSnapshots = (window.__ddSoakSnapshots ?? 0) + 1
      report(revisionBinding, String(snapshot.revision))
    })
    if ('dispatch' in api) {
      const deliver = window.__ddPush
      window.__ddPush = (channel, payload) => {
        if (channel !== dispatchChannel) return deliver?.(channel, payload)
        void api
          .dispatch(payload as CommandInput)
          .then((result) => report(dispatchedBinding, JSON.stringify(result)))
      }
    }
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
  }, names)
}

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
