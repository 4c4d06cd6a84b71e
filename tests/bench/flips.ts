import type { Page } from 'playwright-core'

declare global {
  interface Window {
    /** Every text the watched time element showed, with the instant it first showed it. */
    __ddFlips?: [string, number][]
    /** Script + forced style/layout per timer tick, in milliseconds (projector only). */
    __ddTickCosts?: number[]
    /** When the task that leads to the tick's render began (see watchFlips). */
    __ddTaskStart?: number
  }
}

/**
 * Stamps (timeOrigin + now, one clock for all pages) each change of the element's text. With
 * `costs`, also the script + layout of each tick: the timer sleeps in a timeout until the
 * boundary and then shows the new second in an animation frame, so a tick's cost is the
 * timeout's script plus the frame callback's script, Vue's flush after it, and the layout.
 */
export async function watchFlips(page: Page, testId: string, costs: boolean): Promise<void> {
  await page.locator(`[data-testid="${testId}"]`).waitFor()
  await page.evaluate(
    ({ testId, costs }) => {
      const element = document.querySelector(`[data-testid="${testId}"]`)
      if (!element) throw new Error(`no ${testId}`)
      const flips: [string, number][] = []
      const tickCosts: number[] = []
      window.__ddFlips = flips
      window.__ddTickCosts = tickCosts
      if (costs) {
        /** The timeout callback running now, if any, and how long its own script took. */
        let inTimeout: { spent: number } | null = null
        const originalTimeout = window.setTimeout.bind(window)
        const timeout = (handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
          originalTimeout(
            (...args: unknown[]) => {
              const started = performance.now()
              const task = { spent: 0 }
              inTimeout = task
              // Kept after the callback: Vue renders in this task's microtasks, after it returns.
              window.__ddTaskStart = started
              try {
                if (typeof handler === 'function') handler(...args)
              } finally {
                task.spent = performance.now() - started
                inTimeout = null
              }
            },
            ms,
            ...rest,
          )
        window.setTimeout = timeout as typeof window.setTimeout
        const originalFrame = window.requestAnimationFrame.bind(window)
        window.requestAnimationFrame = (callback) => {
          // A frame asked for by a timeout carries that timeout's script into the tick's cost.
          const scheduledBy = inTimeout
          return originalFrame((time) => {
            window.__ddTaskStart = performance.now() - (scheduledBy?.spent ?? 0)
            callback(time)
          })
        }
      }
      let last = (element.textContent ?? '').trim()
      new MutationObserver(() => {
        const at = performance.timeOrigin + performance.now()
        const text = (element.textContent ?? '').trim()
        if (text === last) return
        last = text
        flips.push([text, at])
        const started = window.__ddTaskStart
        if (costs && started !== undefined) {
          // The layout the new text needs, forced now so it is counted with the tick.
          document.querySelector('main')?.getBoundingClientRect()
          element.getBoundingClientRect()
          tickCosts.push(performance.now() - started)
        }
      }).observe(element, { characterData: true, childList: true, subtree: true })
    },
    { testId, costs },
  )
}

export const readFlips = (page: Page): Promise<[string, number][]> =>
  page.evaluate(() => window.__ddFlips ?? [])

/** For each text both pages showed: how much later the second showed it, in milliseconds. */
export function flipDifferences(
  first: readonly [string, number][],
  second: readonly [string, number][],
): number[] {
  const firstAt = new Map(first)
  return second.flatMap(([text, at]) => {
    const other = firstAt.get(text)
    return other === undefined ? [] : [at - other]
  })
}

/** For each text both pages showed: how far apart they showed it, in milliseconds. */
export const flipGaps = (
  first: readonly [string, number][],
  second: readonly [string, number][],
): number[] => flipDifferences(first, second).map(Math.abs)
