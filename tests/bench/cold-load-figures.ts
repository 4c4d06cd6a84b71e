import type { Page } from 'playwright-core'
import type { PageName } from '@core/app-origin'
import { Harness, type Viewport } from '../e2e/harness/harness'
import { largeSession } from '../support/large-session'
import { percentileOf, type Figure } from './table'

const RUNS = 20
const WINDOWS: readonly [PageName, Viewport][] = [
  ['presenter', { width: 1366, height: 768 }],
  ['projector', { width: 1920, height: 1080 }],
]

interface LoadTimes {
  /** First contentful paint, from navigation start. */
  readonly fcp: number
  /** The module scripts are parsed and run up to their first await (the snapshot request). */
  readonly domContentLoaded: number
  /** The window shows the session: Vue mounted after the first snapshot ('dd:mounted'). */
  readonly mounted: number
}

/** Read from the buffered performance timeline, so a paint before this call still counts. */
function loadTimes(page: Page): Promise<LoadTimes> {
  return page.evaluate(
    () =>
      new Promise<LoadTimes>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('no first-contentful-paint')), 10_000)
        new PerformanceObserver((list, observer) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0]
          if (!paint) return
          observer.disconnect()
          clearTimeout(timeout)
          const [navigation] = performance.getEntriesByType('navigation')
          const domContentLoaded =
            navigation instanceof PerformanceNavigationTiming
              ? navigation.domContentLoadedEventEnd
              : Number.NaN
          new PerformanceObserver((marks, markObserver) => {
            const mounted = marks.getEntriesByName('dd:mounted')[0]
            if (!mounted) return
            markObserver.disconnect()
            resolve({ fcp: paint.startTime, domContentLoaded, mounted: mounted.startTime })
          }).observe({ type: 'mark', buffered: true })
        }).observe({ type: 'paint', buffered: true })
      }),
  )
}

/**
 * Cold load of each window to its first contentful paint, each run in a fresh browser context
 * (empty cache, new renderer process; the server sends no-store anyway) with the large session.
 * The page renders only once its first snapshot is in, so FCP includes fetching it through the
 * harness's CDP binding.
 */
export async function coldLoadFigures(): Promise<Figure[]> {
  const harness = await Harness.start()
  try {
    harness.host.replaceSession(largeSession(Date.now()))
    const figures: Figure[] = []
    for (const [name, viewport] of WINDOWS) {
      const runs: LoadTimes[] = []
      // One load first, not counted: it also pays for the browser's own first-page work, which
      // in the app belongs to starting Electron, not to loading a window.
      for (let i = 0; i <= RUNS; i++) {
        const opened = await harness.open(name, viewport)
        const times = await loadTimes(opened.page)
        if (opened.problems.length > 0) throw new Error(`${name}: ${opened.problems.join('; ')}`)
        await opened.page.context().close()
        if (i > 0) runs.push(times)
      }
      const fcps = runs.map((r) => r.fcp)
      const dcl = percentileOf(
        runs.map((r) => r.domContentLoaded),
        50,
      )
      const sorted = [...fcps].sort((a, b) => a - b).map((v) => v.toFixed(0))
      console.log(
        `${name} cold load: FCP ${sorted.join(' ')} ms; DOMContentLoaded median ${dcl.toFixed(0)} ms`,
      )
      figures.push(
        {
          name: `cold load → first contentful paint, ${name}, p95 of ${RUNS}`,
          unit: 'ms',
          measured: percentileOf(fcps, 95),
          budget: 500,
        },
        {
          name: `cold load → first contentful paint, ${name}, median`,
          unit: 'ms',
          measured: percentileOf(fcps, 50),
        },
        {
          name: `cold load → first contentful paint, ${name}, worst`,
          unit: 'ms',
          measured: Math.max(...fcps),
        },
        {
          name: `cold load → session shown (app mounted), ${name}, p95`,
          unit: 'ms',
          measured: percentileOf(
            runs.map((r) => r.mounted),
            95,
          ),
        },
      )
    }
    return figures
  } finally {
    await harness.close()
  }
}
