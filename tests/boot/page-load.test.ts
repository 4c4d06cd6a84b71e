import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LaunchOptions } from './support/app-under-test'
import { appsPerTest, resume } from './support/started-app'

/** Only the stand-in can make a page load fail; the logic is unit-tested for both targets. */
const stagedOnly = process.env['BOOT_TARGET'] === 'electron'

describe.skipIf(stagedOnly)('the built app when a page does not load at once', () => {
  const apps = appsPerTest()
  const start = (failingLoads: LaunchOptions['failingLoads']) => apps.start({ failingLoads })

  async function logText(): Promise<string> {
    const logs = apps.appData('logs')
    const names = await readdir(logs)
    return (await Promise.all(names.map((name) => readFile(join(logs, name), 'utf8')))).join('\n')
  }

  it('shows both windows when their first loads fail and a later one works', async () => {
    const app = await start({ '/presenter.html': 2, '/projector.html': 2 })
    const presenter = await app.window('presenter')
    await presenter.getByLabel('Titel van de sessie', { exact: true }).waitFor()
    const projector = await app.window('projector')
    await projector.getByTestId('welcome-view').waitFor()
    expect(await app.dialogs()).toEqual([])
  })

  it('says why and closes when the presenter page never loads; the session is there next time', async () => {
    const title = 'Voor de storing'
    const first = await start({})
    const presenter = await first.window('presenter')
    await presenter.getByLabel('Titel van de sessie', { exact: true }).fill(title)
    const projector = await first.window('projector')
    await projector.getByTestId('welcome-session-title').filter({ hasText: title }).waitFor()
    await first.closeWindow('presenter')
    expect(await first.exited()).toBe(0)

    const failing = await start({ '/presenter.html': 99 })
    await failing.answerDialog((await failing.waitForDialog()).id, { response: 0 })
    // The error box keeps Electron waiting until it is read; the stand-in writes it out and goes on.
    expect(await failing.exited()).toBe(0)
    expect(failing.output()).toContain('Het begeleidersscherm kan niet worden geopend')
    expect(failing.output()).toContain('je sessie is automatisch bewaard')
    expect(await logText()).toContain('window-page-failed window=presenter')

    const next = await start({})
    const { question, presenter: resumed } = await resume(next)
    expect(question.title).toBe('Verder met de vorige sessie?')
    await expect
      .poll(() => resumed.getByLabel('Titel van de sessie', { exact: true }).inputValue())
      .toBe(title)
  })

  it('tells the facilitator when the beamer page never loads; showing it again tries anew', async () => {
    const app = await start({ '/projector.html': 3 })
    const presenter = await app.window('presenter')
    const notice = presenter.locator('[data-notice="beamer-failed"]')
    await notice.waitFor().catch((error: unknown) => {
      throw new Error(`${String(error)}\n${app.output()}`)
    })
    expect(await notice.getAttribute('role')).toBe('alert')
    await app.clickMenu('show-projector')
    const projector = await app.window('projector')
    await projector.getByTestId('welcome-view').waitFor()
  })
})
