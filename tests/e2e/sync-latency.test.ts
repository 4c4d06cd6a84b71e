import { mkdir, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromRoot } from '../support/paths'
import { Harness, type WindowPage } from './harness/harness'
import { measureSync, percentile } from './harness/measure-sync'

const COMMANDS = 240

describe('presenter command to projector DOM', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', { width: 1366, height: 768 })
    projector = await harness.open('projector', { width: 1920, height: 1080 })
  })

  afterAll(async () => {
    await harness?.close()
  })

  it(`delivers every one of ${COMMANDS} commands to the projector, in order`, async () => {
    const ids = harness.host.getSnapshot().session.principles.map((p) => p.id)
    const samples = await measureSync(presenter.page, projector.page, COMMANDS, [...ids, null])
    expect(samples).toHaveLength(COMMANDS)
    const latencies = samples.map((s) => s.latencyMs)
    expect(latencies.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true)
    // Figures for docs/performance.md; budgets are checked by `npm run bench`, not here.
    const figures = {
      commands: COMMANDS,
      medianMs: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
    }
    await mkdir(fromRoot('reports'), { recursive: true })
    await writeFile(fromRoot('reports/sync-latency.json'), JSON.stringify(figures, null, 2))
    console.info(`sync latency over ${COMMANDS} commands: ${JSON.stringify(figures)}`)
  })
})
