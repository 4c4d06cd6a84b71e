import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { CDPSession, Page } from 'playwright-core'

/** Heaps in bytes after forced collections, and the beamer's DOM, at one moment of the day. */
export interface MemoryPoint {
  readonly mainHeap: number
  readonly presenterHeap: number
  readonly projectorHeap: number
  /** Elements in the beamer's document, on the same screen at every point. */
  readonly beamerElements: number
  /** Chromium's count of the beamer's DOM nodes, detached ones included. */
  readonly beamerNodes: number
  readonly beamerListeners: number
}

type Collect = () => void

/** V8's own collector, reachable without starting Node with --expose-gc. */
function collector(): Collect {
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  if (typeof gc !== 'function') throw new Error('no gc after --expose-gc')
  return () => {
    gc()
  }
}

let collect: Collect | undefined

/** Heap used after full collections; twice, as weak callbacks free more in the second. */
export function mainHeapAfterGc(): number {
  collect ??= collector()
  collect()
  collect()
  return process.memoryUsage().heapUsed
}

export interface PageProbe {
  readonly page: Page
  readonly cdp: CDPSession
}

export async function probe(page: Page): Promise<PageProbe> {
  return { page, cdp: await page.context().newCDPSession(page) }
}

export async function pageHeapAfterGc({ cdp }: PageProbe): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize
}

export async function domAfterGc(
  beamer: PageProbe,
): Promise<Pick<MemoryPoint, 'beamerElements' | 'beamerNodes' | 'beamerListeners'>> {
  await beamer.cdp.send('HeapProfiler.collectGarbage')
  const counters = await beamer.cdp.send('Memory.getDOMCounters')
  const beamerElements = await beamer.page.evaluate(() => document.getElementsByTagName('*').length)
  return {
    beamerElements,
    beamerNodes: counters.nodes,
    beamerListeners: counters.jsEventListeners,
  }
}

export async function measureMemory(presenter: PageProbe, beamer: PageProbe): Promise<MemoryPoint> {
  const presenterHeap = await pageHeapAfterGc(presenter)
  const projectorHeap = await pageHeapAfterGc(beamer)
  const dom = await domAfterGc(beamer)
  return { mainHeap: mainHeapAfterGc(), presenterHeap, projectorHeap, ...dom }
}
