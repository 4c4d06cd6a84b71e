import type { Page } from 'playwright-core'
import type { Viewport } from '../e2e/harness/harness'
import { measureSync } from '../e2e/harness/measure-sync'
import type { BarePages } from './bare-pages'
import { flipGaps, readFlips, watchFlips } from './flips'

/** First contentful paint from navigation start, read from the buffered timeline. */
export function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('no first-contentful-paint')), 10_000)
        new PerformanceObserver((list, observer) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0]
          if (!paint) return
          observer.disconnect()
          clearTimeout(timeout)
          resolve(paint.startTime)
        }).observe({ type: 'paint', buffered: true })
      }),
  )
}

/** One cold load of the bare page in a fresh context: first contentful paint from navigation. */
export async function emptyPageFcp(bare: BarePages, viewport: Viewport): Promise<number> {
  const page = await bare.open(viewport)
  try {
    return await firstContentfulPaint(page)
  } finally {
    await page.context().close()
  }
}

/**
 * The bare pages stand in for the windows: the sender's dispatch goes through the binding and is
 * answered at once, while the test process pushes the revision into the receiver with
 * page.evaluate, as the harness pushes a snapshot; the receiver sets it on its main element.
 */
const SENDER_SCRIPT = `window.dilemmaApi = {
  dispatch: (command) => window.__ddInvoke('dispatch', command),
}`
const RECEIVER_SCRIPT = `window.__ddPushJson = (channel, json) => {
  document.querySelector('main').setAttribute('data-revision', String(JSON.parse(json)))
}`

export interface BareRoundTrip {
  /** `count` round trips (after `warmUp` uncounted), stamped exactly as measureSync stamps the app. */
  measure(count: number, warmUp?: number): Promise<number[]>
  close(): Promise<void>
}

/** Two bare pages wired as the windows are: a round trip over the harness transport. */
export async function openBareRoundTrip(bare: BarePages): Promise<BareRoundTrip> {
  const receiver = await bare.open({ width: 1920, height: 1080 }, RECEIVER_SCRIPT)
  let revision = 0
  const sender = await bare.open({ width: 1366, height: 768 }, SENDER_SCRIPT, () => {
    revision += 1
    const pushed = revision
    void receiver
      .evaluate((json) => window.__ddPushJson?.('session:snapshot', json), JSON.stringify(pushed))
      .catch(() => undefined)
    return { ok: true, revision: pushed }
  })
  return {
    async measure(count, warmUp = 0) {
      if (warmUp > 0) await measureSync(sender, receiver, warmUp, [null])
      const samples = await measureSync(sender, receiver, count, [null])
      return samples.map((s) => s.latencyMs)
    },
    async close() {
      await Promise.all([sender.context().close(), receiver.context().close()])
    },
  }
}

/**
 * A second that flips as the app's timer does, in its simplest form: a timeout to the next
 * boundary of Date.now() (planned again if it wakes early), then the new text in an animation
 * frame. Both pages read the same clock.
 */
const FLIPPER_SCRIPT = `addEventListener('DOMContentLoaded', () => {
  const element = document.querySelector('[data-testid="bare-time"]')
  const plan = () => {
    const due = (Math.floor(Date.now() / 1000) + 1) * 1000
    const wake = () => {
      if (Date.now() < due) return void setTimeout(wake, Math.max(1, due - Date.now()))
      requestAnimationFrame(() => {
        element.textContent = String(Math.floor(Date.now() / 1000))
        plan()
      })
    }
    setTimeout(wake, Math.max(1, due - Date.now()))
  }
  plan()
})`

export interface BareFlippers {
  /** Starts stamping both pages' flips. */
  watch(): Promise<void>
  /** How far apart the two pages flipped each second since `watch`. */
  gaps(): Promise<number[]>
  close(): Promise<void>
}

/**
 * Two bare pages flipping the same second. Opened ahead of the watch: starting their renderers
 * costs both cores a moment, which would otherwise land on the first flips of every page watched.
 */
export async function openBareFlippers(bare: BarePages): Promise<BareFlippers> {
  const pages: Page[] = await Promise.all([
    bare.open({ width: 1366, height: 768 }, FLIPPER_SCRIPT),
    bare.open({ width: 1920, height: 1080 }, FLIPPER_SCRIPT),
  ])
  return {
    async watch() {
      await Promise.all(pages.map((page) => watchFlips(page, 'bare-time', false)))
    },
    async gaps() {
      const [first = [], second = []] = await Promise.all(pages.map(readFlips))
      return flipGaps(first, second)
    },
    async close() {
      await Promise.all(pages.map((page) => page.context().close()))
    },
  }
}

declare global {
  interface Window {
    /** The fixed DOM workload; returns how long it took, in milliseconds. */
    __ddWorkload?: () => number
    /** Workload times taken in animation frames, half a second after each second boundary. */
    __ddFrameWorkloads?: number[]
  }
}

/**
 * A fixed piece of DOM work in the page: build a block of text lines off to the side, force its
 * layout, take it out again. Timed in the same page and condition as a render, it says how fast
 * this renderer is right now.
 */
function installWorkload(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.__ddWorkload ??= () => {
      const start = performance.now()
      const block = document.createElement('div')
      block.style.cssText = 'position:absolute;left:-4000px;top:0;width:1600px;font:24px sans-serif'
      for (let i = 0; i < 60; i++) {
        const line = document.createElement('p')
        line.textContent = `Regel ${i}: wat gaf de doorslag bij dit punt, en wie hielp daarbij?`
        block.append(line)
      }
      document.body.append(block)
      block.getBoundingClientRect()
      block.remove()
      return performance.now() - start
    }
  })
}

/** One run of the fixed workload, in a task of its own. */
export async function fixedWorkloadCost(page: Page): Promise<number> {
  await installWorkload(page)
  return page.evaluate(() => window.__ddWorkload?.() ?? Number.NaN)
}

/**
 * Runs the workload four times a second in an animation frame, well clear of the timer's flips,
 * so it meets the same kind of task, frame and neighbours as a timer tick.
 */
export async function startFrameWorkloads(page: Page): Promise<void> {
  await installWorkload(page)
  await page.evaluate(() => {
    const times: number[] = []
    window.__ddFrameWorkloads = times
    const frame = window.requestAnimationFrame.bind(window)
    // Four times a second, at 125, 375, 625 and 875 ms past the second: never on a flip.
    const next = () =>
      setTimeout(
        () =>
          frame(() => {
            times.push(window.__ddWorkload?.() ?? Number.NaN)
            next()
          }),
        250 - ((Date.now() - 125) % 250),
      )
    next()
  })
}

export const readFrameWorkloads = (page: Page): Promise<number[]> =>
  page.evaluate(() => window.__ddFrameWorkloads ?? [])
