import type { Page } from 'playwright-core'

export interface SyncSample {
  readonly revision: number
  readonly latencyMs: number
}

declare global {
  interface Window {
    __ddSeen?: Record<number, number>
  }
}

/**
 * Sends `count` commands from the presenter page and records, in the projector page, when its
 * DOM first shows each new revision. Both pages stamp with timeOrigin + now, one clock.
 */
export async function measureSync(
  presenter: Page,
  projector: Page,
  count: number,
  principleIds: readonly (string | null)[],
): Promise<SyncSample[]> {
  await projector.evaluate(() => {
    window.__ddSeen = {}
    const main = document.querySelector('main')
    if (!main) throw new Error('projector has no main element')
    new MutationObserver(() => {
      const revision = Number(main.getAttribute('data-revision'))
      const seen = window.__ddSeen ?? {}
      seen[revision] ??= performance.timeOrigin + performance.now()
    }).observe(main, { attributes: true, attributeFilter: ['data-revision'] })
  })
  const sent = await presenter.evaluate(
    async ({ count, principleIds }) => {
      const api = window.dilemmaApi
      if (!api || !('dispatch' in api)) throw new Error('presenter has no dispatch')
      const stamps: [number, number][] = []
      for (let i = 0; i < count; i++) {
        const principleId = principleIds[i % principleIds.length] ?? null
        const startedAt = performance.timeOrigin + performance.now()
        const result = await api.dispatch({ type: 'projector/show-principle', principleId })
        if (result.ok) stamps.push([result.revision, startedAt])
        // A facilitator's pace is far slower; this keeps samples independent of each other.
        await new Promise((resolve) => setTimeout(resolve, 15))
      }
      return stamps
    },
    { count, principleIds },
  )
  await projector.waitForFunction(
    (last) => (window.__ddSeen ?? {})[last] !== undefined,
    sent.at(-1)?.[0] ?? 0,
  )
  const seen = await projector.evaluate(() => window.__ddSeen ?? {})
  return sent.map(([revision, startedAt]) => ({
    revision,
    latencyMs: (seen[revision] ?? Number.NaN) - startedAt,
  }))
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}
