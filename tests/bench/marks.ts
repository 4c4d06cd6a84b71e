import type { Page } from 'playwright-core'

/**
 * When the page set the performance mark `name` (ms from its navigation start), waiting for it
 * if it is still to come. Read through a buffered observer, so a mark set before this call counts.
 */
export function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((marks, observer) => {
          const mark = marks.getEntriesByName(wanted)[0]
          if (!mark) return
          observer.disconnect()
          resolve(mark.startTime)
        }).observe({ type: 'mark', buffered: true })
      }),
    name,
  )
}
