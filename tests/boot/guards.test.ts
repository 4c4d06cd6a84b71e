import { describe, expect, it } from 'vitest'
import { fromRoot } from '../support/paths'
import { startedApp } from './support/started-app'

/** What main decided about a navigation, seen after the app's own listener ran. */
interface NavigationSeen {
  readonly url: string
  readonly prevented: boolean
}

describe('the built app refuses what is not ours', () => {
  const app = startedApp()

  it('runs every renderer sandboxed', async () => {
    const sandboxed = await app.evaluateMain(
      ({ app: electronApp }) => electronApp.commandLine.hasSwitch('enable-sandbox'),
      null,
    )
    expect(sandboxed).toBe(true)
  })

  it('answers our own pages and refuses the projector a presenter channel', async () => {
    expect(await app.invokeFromFrame('presenter', 0, 'session:get-snapshot')).not.toBe('refused')
    const projector = await app.invokeFromFrame('projector', 0, 'session:dispatch', {
      type: 'projector/show-principle',
      principleId: null,
    })
    expect(['refused', 'unavailable']).toContain(projector)
    const page = await app.window('projector')
    const api = await page.evaluate(() => Object.keys(window.dilemmaApi ?? {}))
    expect(api).not.toContain('dispatch')
  })

  it('refuses a call from an iframe of our own page', async () => {
    await app.clickMenu('open-report')
    const presenter = await app.window('presenter')
    await presenter.getByTestId('report-preview-toggle').click()
    await presenter.getByTestId('report-preview-frame').waitFor({ state: 'attached' })
    const frame = presenter.frames()[1]
    expect(frame).toBeDefined()
    expect(await frame?.evaluate(() => typeof window.dilemmaApi)).toBe('undefined')
    for (const channel of ['session:get-snapshot', 'session:dispatch', 'report:save']) {
      expect(['refused', 'unavailable']).toContain(
        await app.invokeFromFrame('presenter', 1, channel, {}),
      )
    }
  })

  it('refuses a page that is not ours, even with our preload', async () => {
    const answer = await app.evaluateMain(async ({ BrowserWindow }, preload) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true },
      })
      try {
        await window.loadURL('data:text/html,<title>not ours</title>')
        await window.webContents.executeJavaScript('window.dilemmaApi.getSnapshot()')
        return 'answered'
      } catch (error) {
        return String(error)
      } finally {
        window.destroy()
      }
    }, fromRoot('out/preload/presenter.cjs'))
    expect(answer).toMatch(/Refused/)
  })

  it('opens no window for window.open', async () => {
    const presenter = await app.window('presenter')
    const opened = await presenter.evaluate(() => window.open('https://example.com/') === null)
    expect(opened).toBe(true)
    // The next call to main comes after the window.open request was handled.
    await presenter.evaluate(() => window.dilemmaApi?.getSnapshot())
    const count = await app.evaluateMain(
      ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      null,
    )
    expect(count).toBe(2)
  })

  it('keeps the presenter on its page when it is sent to an https address', async () => {
    await app.evaluateMain(({ BrowserWindow }) => {
      const presenter = BrowserWindow.getAllWindows().find((window) =>
        window.webContents.getURL().endsWith('/presenter.html'),
      )
      const seen: NavigationSeen[] = []
      ;(globalThis as unknown as Record<string, NavigationSeen[]>)['navigationsSeen'] = seen
      // Registered after the app's own listener, so it sees that listener's decision.
      presenter?.webContents.on('will-navigate', (event) =>
        seen.push({ url: event.url, prevented: event.defaultPrevented }),
      )
    }, null)
    const presenter = await app.window('presenter')
    await presenter.evaluate(() => {
      location.href = 'https://example.com/'
    })
    await expect
      .poll(() =>
        app.evaluateMain(
          () =>
            (globalThis as unknown as Record<string, NavigationSeen[]>)['navigationsSeen'] ?? [],
          null,
        ),
      )
      .toEqual([{ url: 'https://example.com/', prevented: true }])
    expect(await presenter.evaluate(() => location.pathname)).toBe('/presenter.html')
    const result = await presenter.evaluate(() => window.dilemmaApi?.getSnapshot().then(() => 'ok'))
    expect(result).toBe('ok')
  })
})
