import { describe, expect, it } from 'vitest'
import { saveScreenshot } from '../e2e/harness/screenshots'
import { startedApp } from './support/started-app'

describe('the built app, first start', () => {
  const app = startedApp()

  it('opens both windows from app:// with the preload', async () => {
    const presenter = await app.window('presenter')
    const projector = await app.window('projector')
    const urls = await app.evaluateMain(
      ({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((window) => window.webContents.getURL()),
      null,
    )
    expect(urls.sort()).toEqual(['app://dilemmas/presenter.html', 'app://dilemmas/projector.html'])
    const presenterApi = await presenter.evaluate(() => Object.keys(window.dilemmaApi ?? {}))
    expect(presenterApi).toContain('dispatch')
    const projectorApi = await projector.evaluate(() => Object.keys(window.dilemmaApi ?? {}).sort())
    expect(projectorApi).toEqual(['getSnapshot', 'onSnapshot'])
    // A sandboxed page has no Node: no require, no process.
    const node = await presenter.evaluate(() => [typeof window.require, typeof window.process])
    expect(node).toEqual(['undefined', 'undefined'])
  })

  it('carries a phase change from the presenter to the projector', async () => {
    const presenter = await app.window('presenter')
    const projector = await app.window('projector')
    const screen = () => projector.locator('main').getAttribute('data-screen')
    await presenter.getByRole('button', { name: 'Programma starten' }).click()
    await expect.poll(screen).toBe('welcome')
    await presenter.getByRole('button', { name: 'Volgende fase' }).click()
    await expect.poll(screen).toBe('lineup')
    // The built app's own windows, at the sizes main gave them, to be looked at.
    await saveScreenshot(presenter, 'boot-presenter-first-start')
    await saveScreenshot(projector, 'boot-projector-first-start')
  })
})
