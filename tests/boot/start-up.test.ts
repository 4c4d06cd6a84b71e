import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppUnderTest } from './support/app-under-test'
import { appsPerTest } from './support/started-app'

const TITLE = 'Teamdag Handhaving'

describe('starting when the autosave or a double-clicked file is not what it should be', () => {
  const apps = appsPerTest()
  const autosaveDir = () => apps.appData('autosave')
  const start = (args: string[] = []) => apps.start({ args })

  const titleField = (presenter: Awaited<ReturnType<AppUnderTest['window']>>) =>
    presenter.getByLabel('Titel van de sessie', { exact: true })

  it('opens both windows with a fresh session when a folder stands where session.json should be', async () => {
    const inTheWay = join(autosaveDir(), 'session.json')
    await mkdir(join(inTheWay, 'iets van iemand'), { recursive: true })
    const app = await start()
    const told = await app.waitForDialog()
    expect(told.type).toBe('warning')
    expect(told.title).toBe('Automatisch bewaarde sessie blijft staan')
    expect(told.detail).toContain(`in de map ${autosaveDir()}`)
    expect(told.detail).toContain('Er staat een map met die naam.')
    await app.answerDialog(told.id, { response: 0 })

    const presenter = await app.window('presenter')
    const projector = await app.window('projector')
    expect(await titleField(presenter).inputValue()).toBe('')
    await projector.locator('main').waitFor()
    // The folder is left as it was; typing shows that automatic saving waits for it.
    await titleField(presenter).fill(TITLE)
    await presenter.getByText('Automatisch opslaan is mislukt').waitFor()
    expect((await stat(inTheWay)).isDirectory()).toBe(true)
    expect(await readdir(inTheWay)).toEqual(['iets van iemand'])
  })

  it('still offers the unfinished session when a double-clicked file is refused', async () => {
    const first = await start()
    const before = await first.window('presenter')
    await titleField(before).fill(TITLE)
    await (
      await first.window('projector')
    )
      .getByTestId('welcome-session-title')
      .filter({ hasText: TITLE })
      .waitFor()
    await first.closeWindow('presenter')
    expect(await first.exited()).toBe(0)

    const damaged = join(apps.home(), 'Documents', 'kapot.dilemmas')
    await writeFile(damaged, '{"format":"dansende-dilemmas/session","session":')
    const app = await start([damaged])
    const question = await app.waitForDialog()
    expect(question.title).toBe('Verder met de vorige sessie?')
    await app.answerDialog(question.id, { response: 0 })
    const presenter = await app.window('presenter')
    await expect.poll(() => titleField(presenter).inputValue()).toBe(TITLE)
    await presenter.getByText('“kapot.dilemmas” is niet geopend.').waitFor()
    // Nothing went to the archive.
    expect(await readdir(autosaveDir())).not.toContain('archief')
  })
})
