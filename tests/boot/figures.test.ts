import { mkdir, writeFile } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { percentile } from '../e2e/harness/measure-sync'
import { fromRoot } from '../support/paths'
import { launchApp } from './support/launch'
import { measureIpcSync, measureStartup } from './support/measure-boot'
import { startedApp } from './support/started-app'

const STARTS = 10
const target = process.env['BOOT_TARGET'] === 'electron' ? 'electron' : 'standin'
const COMMANDS = 240

/** Figures of the whole app; budgets are `npm run bench`'s, these are printed and kept. */
describe('the built app in figures', () => {
  const app = startedApp()
  const figures: Record<string, number> = {}

  afterAll(async () => {
    await mkdir(fromRoot('reports'), { recursive: true })
    await writeFile(
      fromRoot(`reports/boot-figures-${target}.json`),
      JSON.stringify(figures, null, 2),
    )
    console.info(`boot figures (${app?.target}): ${JSON.stringify(figures)}`)
  })

  it(`delivers ${COMMANDS} presenter commands to the projector through the registered handlers, in order`, async () => {
    const latencies = await measureIpcSync(app, COMMANDS)
    expect(latencies).toHaveLength(COMMANDS)
    expect(latencies.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true)
    figures['ipcSyncMedianMs'] = percentile(latencies, 50)
    figures['ipcSyncP95Ms'] = percentile(latencies, 95)
  })

  it(`starts ${STARTS} times, each time showing the session in both windows`, async () => {
    const samples = await measureStartup(launchApp, STARTS)
    expect(samples.every((ms) => Number.isFinite(ms) && ms > 0)).toBe(true)
    figures['startToBothWindowsMedianMs'] = percentile(samples, 50)
  })
})
