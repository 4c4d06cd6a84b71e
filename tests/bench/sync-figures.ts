import { Harness } from '../e2e/harness/harness'
import { measureSync } from '../e2e/harness/measure-sync'
import { percentileOf, type Figure } from './table'

/** Presenter command → projector DOM, through the real host in the e2e harness. */
export async function syncFigures(): Promise<Figure[]> {
  const harness = await Harness.start()
  try {
    const presenter = await harness.open('presenter', { width: 1366, height: 768 })
    const projector = await harness.open('projector', { width: 1920, height: 1080 })
    const ids = harness.host.getSnapshot().session.principles.map((p) => p.id)
    await measureSync(presenter.page, projector.page, 30, ids)
    const samples = await measureSync(presenter.page, projector.page, 300, [...ids, null])
    const latencies = samples.map((s) => s.latencyMs)
    return [
      {
        name: 'presenter command → projector DOM (harness), median',
        unit: 'ms',
        measured: percentileOf(latencies, 50),
      },
      {
        name: 'presenter command → projector DOM (harness), p95',
        unit: 'ms',
        measured: percentileOf(latencies, 95),
      },
    ]
  } finally {
    await harness.close()
  }
}
