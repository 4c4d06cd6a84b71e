import { describe, expect, it } from 'vitest'
import { fromRoot } from '../support/paths'
import { startedApp } from './support/started-app'

describe('the built app when a window goes wrong', () => {
  const app = startedApp()

  it('reloads the beamer page when its renderer crashes, showing the session again', async () => {
    const presenter = await app.window('presenter')
    await presenter.getByLabel('Titel van de sessie', { exact: true }).fill('Na de crash')
    await app.evaluateMain(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()
        .find((window) => window.webContents.getURL().endsWith('/projector.html'))
        ?.webContents.forcefullyCrashRenderer()
    }, null)
    await expect
      .poll(async () => {
        const projector = await app.window('projector')
        return projector.getByTestId('welcome-session-title').textContent()
      })
      .toContain('Na de crash')
  })

  it('hides the beamer window when it is closed, and Beeld › Beamer tonen brings it back', async () => {
    const visible = () =>
      app.evaluateMain(
        ({ BrowserWindow }) =>
          BrowserWindow.getAllWindows()
            .find((window) => window.webContents.getURL().endsWith('/projector.html'))
            ?.isVisible() ?? null,
        null,
      )
    await app.closeWindow('projector')
    await expect.poll(visible).toBe(false)
    await app.clickMenu('show-projector')
    await expect.poll(visible).toBe(true)
  })

  it('tells why when a page of ours is not answered by main', async () => {
    const text = await app.evaluateMain(async ({ BrowserWindow }, preload) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true },
      })
      try {
        await window.loadURL('app://dilemmas/projector.html')
        for (let i = 0; i < 100; i++) {
          const shown = (await window.webContents.executeJavaScript(
            "document.getElementById('app')?.textContent ?? ''",
          )) as string
          if (shown.trim() !== '') return shown
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        return ''
      } finally {
        window.destroy()
      }
    }, fromRoot('out/preload/projector.cjs'))
    expect(text).toMatch(/Dansende Dilemma/)
  })
})
