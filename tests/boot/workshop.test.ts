import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PresenterDriver } from '../e2e/harness/presenter-driver'
import { startedApp } from './support/started-app'

describe('a short workshop through the menus and keys of the built app', () => {
  const app = startedApp()
  let p: PresenterDriver
  const screen = async () =>
    (await app.window('projector')).locator('main').getAttribute('data-screen')
  const menuChecked = (id: string) =>
    app.evaluateMain(
      ({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.checked ?? null,
      id,
    )

  beforeAll(async () => {
    p = new PresenterDriver(await app.window('presenter'))
  })

  it('is prepared in the presenter: a title, participants, a dilemma', async () => {
    await p.typeInto('Titel van de sessie', 'Dansende Dilemma’s met team Toezicht')
    await p.addParticipants('Anna, Bram, Cees, Dewi')
    await p.page.getByText('4 namen toegevoegd.').waitFor()
    await p.addDilemma('Een uitzondering voor een schrijnend geval', 'Regels zijn regels?')
  })

  it('copies the invitation through main onto the clipboard', async () => {
    await p.openSection('Sessie')
    await p.page.getByRole('button', { name: 'Tekst kopiëren' }).click()
    await expect
      .poll(() => app.evaluateMain(({ clipboard }) => clipboard.readText(), null))
      .toContain('Dansende Dilemma’s met team Toezicht')
  })

  it('starts from Sessie › Starten and steps with PageDown, in the presenter and on the beamer', async () => {
    await app.clickMenu('start')
    await expect.poll(screen).toBe('welcome')
    await p.page.locator('body').focus()
    await app.pressKey('presenter', 'PageDown')
    await expect.poll(screen).toBe('lineup')
    // A clicker pressed while the beamer window has the keyboard still steers the presenter.
    await app.pressKey('projector', 'PageDown')
    await expect.poll(screen).toBe('principles')
  })

  it('undoes the last step from Bewerken › Ongedaan maken', async () => {
    await app.clickMenu('undo')
    await expect.poll(screen).toBe('lineup')
  })

  it('blacks out the beamer with B, and the menu shows it ticked', async () => {
    await p.page.locator('body').focus()
    await app.pressKey('presenter', 'b')
    await expect.poll(() => menuChecked('black')).toBe(true)
    const projector = await app.window('projector')
    await expect.poll(() => projector.locator('main').getAttribute('data-screen')).toBe('black')
    await app.clickMenu('black')
    await expect.poll(() => menuChecked('black')).toBe(false)
  })

  it('saves the report as PDF and Word in the shared folder', async () => {
    const shared = join(app.home, 'Netwerkmap team')
    await import('node:fs/promises').then((fs) => fs.mkdir(shared))
    await app.clickMenu('open-report')
    const section = p.page.locator('[data-active-section="report"]')
    await section.getByRole('button', { name: 'Map kiezen…' }).click()
    const choose = await app.waitForDialog((dialog) => dialog.kind === 'open')
    await app.answerDialog(choose.id, { canceled: false, filePaths: [shared] })
    await section.getByTestId('report-folder-path').filter({ hasText: 'Netwerkmap team' }).waitFor()
    await section.getByRole('button', { name: 'Verslag opslaan' }).click()
    await section.getByTestId('report-files').waitFor()
    const files = (await readdir(shared)).sort()
    expect(files.map((name) => name.slice(name.lastIndexOf('.')))).toEqual(['.docx', '.pdf'])
    const pdf = await readFile(join(shared, files.find((name) => name.endsWith('.pdf')) ?? ''))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const docx = await readFile(join(shared, files.find((name) => name.endsWith('.docx')) ?? ''))
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('keeps every word the facilitator typed out of its log', async () => {
    const logs = await app.evaluateMain(({ app: electronApp }) => electronApp.getPath('logs'), null)
    const text = (
      await Promise.all((await readdir(logs)).map((name) => readFile(join(logs, name), 'utf8')))
    ).join('\n')
    expect(text).toContain('report-saved')
    for (const typed of ['Toezicht', 'schrijnend', 'Anna', 'Bram', 'Netwerkmap']) {
      expect(text).not.toContain(typed)
    }
  })
})
