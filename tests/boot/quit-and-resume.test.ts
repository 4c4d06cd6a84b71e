import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appsPerTest, resume } from './support/started-app'

const TITLE = 'Teamdag Vergunningen'

describe('quitting and starting again', () => {
  const apps = appsPerTest()
  const autosaveDir = () => apps.appData('autosave')
  const start = () => apps.start()

  it('saves the last change when the presenter is closed, and the next start resumes it', async () => {
    const first = await start()
    const presenter = await first.window('presenter')
    const projector = await first.window('projector')
    await presenter.getByLabel('Titel van de sessie', { exact: true }).fill(TITLE)
    // Main has the change (the beamer shows it); the coalesced autosave has not run yet.
    await projector.getByTestId('welcome-session-title').filter({ hasText: TITLE }).waitFor()
    await first.closeWindow('presenter')
    expect(await first.exited()).toBe(0)

    const second = await start()
    const { question, presenter: resumed } = await resume(second)
    expect(question.title).toBe('Verder met de vorige sessie?')
    expect(question.buttons).toEqual(['Hervatten', 'Nieuwe sessie beginnen'])
    await expect
      .poll(() => resumed.getByLabel('Titel van de sessie', { exact: true }).inputValue())
      .toBe(TITLE)
  })

  it('moves a damaged autosave aside, says where, and starts a fresh session', async () => {
    await mkdir(autosaveDir(), { recursive: true })
    await writeFile(join(autosaveDir(), 'session.json'), '{"version": 2, "session": {"dilemm')
    const app = await start()
    const notice = await app.waitForDialog()
    expect(notice.type).toBe('warning')
    expect(notice.title).toBe('Automatisch bewaarde sessie beschadigd')
    const moved = await readdir(join(autosaveDir(), 'beschadigd'))
    expect(moved).toHaveLength(1)
    expect(notice.detail).toContain(join(autosaveDir(), 'beschadigd', moved[0] ?? ''))
    expect(await readFile(join(autosaveDir(), 'beschadigd', moved[0] ?? ''), 'utf8')).toBe(
      '{"version": 2, "session": {"dilemm',
    )
    await app.answerDialog(notice.id, { response: 0 })
    const presenter = await app.window('presenter')
    expect(await presenter.getByLabel('Titel van de sessie', { exact: true }).inputValue()).toBe('')
  })
})
