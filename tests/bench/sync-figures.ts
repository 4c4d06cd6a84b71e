import { Harness } from '../e2e/harness/harness'
import { measureSync } from '../e2e/harness/measure-sync'
import { withBarePages } from './bare-pages'
import { openBareRoundTrip, type BareRoundTrip } from './baseline-figures'
import { percentileOf, type Figure } from './table'

const COMMANDS = 300
/** Bare and app samples alternate in chunks, so a burst of other work hits both alike. */
const CHUNKS = 6
const BARE_P95 = `bare round trip over the harness transport, p95 of ${COMMANDS}`

/**
 * Presenter command → projector DOM, through the real host in the e2e harness, against a bare
 * round trip over the same transport, measured in alternating chunks. The budget (issue 18): the app may
 * double the transport's own time (host, snapshot, Vue) and take one frame (16.7 ms) on top,
 * the most a render may wait for the projector's next frame.
 */
export function syncFigures(): Promise<Figure[]> {
  return withBarePages(async (pages) => {
    const bareTrip = await openBareRoundTrip(pages)
    const harness = await Harness.start()
    try {
      return await measureBoth(harness, bareTrip)
    } finally {
      await Promise.all([harness.close(), bareTrip.close()])
    }
  })
}

async function measureBoth(harness: Harness, bareTrip: BareRoundTrip): Promise<Figure[]> {
  const presenter = await harness.open('presenter', { width: 1366, height: 768 })
  const projector = await harness.open('projector', { width: 1920, height: 1080 })
  const ids = harness.host.getSnapshot().session.principles.map((p) => p.id)
  await measureSync(presenter.page, projector.page, 30, ids)
  const bare: number[] = []
  const latencies: number[] = []
  const perChunk = COMMANDS / CHUNKS
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    bare.push(...(await bareTrip.measure(perChunk, chunk === 0 ? 30 : 0)))
    const samples = await measureSync(presenter.page, projector.page, perChunk, [...ids, null])
    latencies.push(...samples.map((s) => s.latencyMs))
  }
  return [
    {
      name: 'bare round trip over the harness transport, median',
      unit: 'ms',
      measured: percentileOf(bare, 50),
    },
    { name: BARE_P95, unit: 'ms', measured: percentileOf(bare, 95) },
    {
      name: 'presenter command → projector DOM (harness), median',
      unit: 'ms',
      measured: percentileOf(latencies, 50),
      baseline: { name: 'bare round trip over the harness transport, median' },
    },
    {
      name: 'presenter command → projector DOM (harness), p95',
      unit: 'ms',
      measured: percentileOf(latencies, 95),
      baseline: { name: BARE_P95, ratio: 2, plus: 16.7 },
    },
  ]
}
