import type { Page } from 'playwright-core'
import { measureSync } from '../../e2e/harness/measure-sync'
import type { AppUnderTest, LaunchApp } from './app-under-test'
import { makeHome } from './boot-home'

/** When a window showed the session, on the wall clock (its `dd:mounted` mark). */
function mountedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('dd:mounted')[0]
    return mark ? performance.timeOrigin + mark.startTime : Number.NaN
  })
}

/**
 * From starting the built main process to both windows showing the session, `runs` times,
 * each from a fresh home (a first start: no resume question).
 */
export async function measureStartup(launch: LaunchApp, runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const home = await makeHome()
    const startedAt = Date.now()
    const app = await launch({ home: home.path })
    try {
      const pages = await Promise.all([app.window('presenter'), app.window('projector')])
      const mounted = await Promise.all(pages.map(mountedAt))
      samples.push(Math.max(...mounted) - startedAt)
    } finally {
      await app.kill()
      await home.remove()
    }
  }
  return samples
}

/**
 * Presenter command → projector DOM through main's registered IPC handlers: the preload's
 * ipcRenderer, the sender guard, the session host, and webContents.send to the projector.
 */
export async function measureIpcSync(app: AppUnderTest, commands: number): Promise<number[]> {
  const presenter = await app.window('presenter')
  const projector = await app.window('projector')
  const ids = await presenter.evaluate(async () => {
    const snapshot = await window.dilemmaApi?.getSnapshot()
    return snapshot?.session.principles.map((principle) => principle.id) ?? []
  })
  await measureSync(presenter, projector, 20, ids)
  const samples = await measureSync(presenter, projector, commands, [...ids, null])
  return samples.map((sample) => sample.latencyMs)
}
