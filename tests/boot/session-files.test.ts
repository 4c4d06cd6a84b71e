import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AppUnderTest } from './support/app-under-test'
import { eventually, makeHome } from './support/boot-home'
import { launchApp } from './support/launch'
import { runSecondInstance } from './support/second-instance'

const TITLE = 'Dilemma’s van team Toezicht'

type Home = Awaited<ReturnType<typeof makeHome>>

describe('session files handed to the app by the system', () => {
  /** Where the file was made; each test then starts the app in a home of its own. */
  let makersHome: Home
  let home: Home
  let file: string
  const started: AppUnderTest[] = []

  async function start(args: string[] = [], where: Home = home): Promise<AppUnderTest> {
    const app = await launchApp({ home: where.path, args })
    started.push(app)
    return app
  }

  beforeAll(async () => {
    makersHome = await makeHome()
    file = join(makersHome.path, 'Documents', 'toezicht.dilemmas')
    // The file is made by the app itself: typed in, then Bestand › Opslaan als.
    const maker = await start([], makersHome)
    const presenter = await maker.window('presenter')
    await presenter.getByLabel('Titel van de sessie', { exact: true }).fill(TITLE)
    await maker.clickMenu('save-file-as')
    const save = await maker.waitForDialog((dialog) => dialog.kind === 'save')
    await maker.answerDialog(save.id, { canceled: false, filePath: file })
    await eventually(async () => (await readFile(file, 'utf8').catch(() => '')).includes(TITLE))
    await maker.kill()
  })

  beforeEach(async () => {
    home = await makeHome()
  })

  afterEach(async () => {
    for (const app of started.splice(0)) await app.kill()
    await home.remove()
  })

  afterAll(async () => {
    await makersHome?.remove()
  })

  it('opens a .dilemmas file given on the command line (a double-click)', async () => {
    const app = await start([file])
    const presenter = await app.window('presenter')
    await expect
      .poll(() => presenter.getByLabel('Titel van de sessie', { exact: true }).inputValue())
      .toBe(TITLE)
    // The facilitator is told which file opened.
    await presenter.getByText('Geopend: toezicht.dilemmas').waitFor()
  })

  it('hands a file opened while the app runs to the running app, which comes to the front', async () => {
    const app = await start()
    const presenter = await app.window('presenter')
    await app.window('projector')
    expect(await presenter.getByLabel('Titel van de sessie', { exact: true }).inputValue()).toBe('')
    // The facilitator was looking at the beamer window.
    await app.evaluateMain(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()
        .find((window) => window.webContents.getURL().endsWith('/projector.html'))
        ?.focus()
    }, null)
    expect(await runSecondInstance({ home: home.path, args: [file] })).toBe(0)
    await expect
      .poll(() => presenter.getByLabel('Titel van de sessie', { exact: true }).inputValue())
      .toBe(TITLE)
    const focused = await app.evaluateMain(
      ({ BrowserWindow }) => BrowserWindow.getFocusedWindow()?.webContents.getURL() ?? null,
      null,
    )
    expect(focused).toBe('app://dilemmas/presenter.html')
    const windows = await app.evaluateMain(
      ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      null,
    )
    expect(windows).toBe(2)
  })

  it('opens a file the system hands over while the app runs (macOS: open-file)', async () => {
    const app = await start()
    const presenter = await app.window('presenter')
    expect(await presenter.getByLabel('Titel van de sessie', { exact: true }).inputValue()).toBe('')
    await app.openFileFromSystem(file)
    await expect
      .poll(() => presenter.getByLabel('Titel van de sessie', { exact: true }).inputValue())
      .toBe(TITLE)
    await presenter.getByText('Geopend: toezicht.dilemmas').waitFor()
  })
})
