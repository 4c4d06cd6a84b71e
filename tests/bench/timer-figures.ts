import type { Page } from 'playwright-core'
import { Harness } from '../e2e/harness/harness'
import { percentileOf, type Figure } from './table'

/** How long both windows are watched while the phase timer runs; about one flip per second. */
const WATCH_MS = 32_000

declare global {
  interface Window {
    /** Every text the watched time element showed, with the instant it first showed it. */
    __ddFlips?: [string, number][]
    /** Script + forced style/layout per timer tick, in milliseconds (projector only). */
    __ddTickCosts?: number[]
    /** When the latest timeout callback began; the tick's render runs in its microtasks. */
    __ddTaskStart?: number
  }
}

/** Stamps (timeOrigin + now, one clock for both pages) each change of the time element's text. */
async function watchFlips(page: Page, testId: string, costs: boolean): Promise<void> {
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
        // Every timeout callback stamps when its task began; the timer's tick is one of them.
        const original = window.setTimeout.bind(window)
        const wrapped = (handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
          original(
            (...args: unknown[]) => {
              // Kept after the callback: Vue renders in this task's microtasks, after it returns.
              window.__ddTaskStart = performance.now()
              if (typeof handler === 'function') handler(...args)
            },
            timeout,
            ...rest,
          )
        window.setTimeout = wrapped as typeof window.setTimeout
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

const readFlips = (page: Page) => page.evaluate(() => window.__ddFlips ?? [])

/**
 * Timer agreement between the windows (each second's flip, presenter against projector) and
 * the cost of one timer tick on the projector, with both windows in the e2e harness.
 */
export async function timerFigures(): Promise<Figure[]> {
  const harness = await Harness.start()
  try {
    const presenter = await harness.open('presenter', { width: 1366, height: 768 })
    const projector = await harness.open('projector', { width: 1920, height: 1080 })
    const phase = harness.host.getSnapshot().session.phases[0]
    if (!phase) throw new Error('the default programme has no phase')
    for (const command of [
      { type: 'phase/edit', id: phase.id, plannedMinutes: 30 },
      { type: 'phase/go', id: phase.id },
      { type: 'projector/set-timer', timer: 'phase' },
    ] as const) {
      const result = harness.host.dispatch(command)
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
    }
    await Promise.all([
      watchFlips(presenter.page, 'timer-time', false),
      watchFlips(projector.page, 'projector-timer-time', true),
    ])
    await new Promise((resolve) => setTimeout(resolve, WATCH_MS))
    const [shownByPresenter, shownByProjector] = await Promise.all([
      readFlips(presenter.page),
      readFlips(projector.page),
    ])
    const presenterAt = new Map(shownByPresenter)
    const gaps = shownByProjector.flatMap(([text, at]) => {
      const other = presenterAt.get(text)
      return other === undefined ? [] : [Math.abs(at - other)]
    })
    const costs = await projector.page.evaluate(() => window.__ddTickCosts ?? [])
    if (gaps.length < 10 || costs.length < 10) {
      throw new Error(`too few samples: ${gaps.length} flips, ${costs.length} ticks`)
    }
    console.log(`timer figures over ${gaps.length} shared flips and ${costs.length} ticks`)
    return [
      {
        name: `timer agreement presenter ↔ projector, max over ${gaps.length} flips`,
        unit: 'ms',
        measured: Math.max(...gaps),
        budget: 50,
      },
      {
        name: 'timer agreement presenter ↔ projector, median',
        unit: 'ms',
        measured: percentileOf(gaps, 50),
      },
      {
        name: `projector timer tick (script + layout), p95 of ${costs.length}`,
        unit: 'ms',
        measured: percentileOf(costs, 95),
        budget: 8,
      },
    ]
  } finally {
    await harness.close()
  }
}
