import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startedApp } from './support/started-app'

const TITLE = 'Team Toezicht'

describe('between sessions in the built app: the follow-up session and the team overview', () => {
  const app = startedApp()
  let presenter: Page
  /** No report folder chosen: both go to the fallback beside the documents. */
  const fallback = () => join(app.home, 'Documents', "Dansende Dilemma's", 'Verslagen')

  beforeAll(async () => {
    presenter = await app.window('presenter')
    await presenter.getByLabel('Titel van de sessie', { exact: true }).fill(TITLE)
    await presenter.getByLabel('Titel van de sessie', { exact: true }).blur()
  })

  async function openSection(name: string): Promise<void> {
    await presenter
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name, exact: true })
      .click()
  }

  it('writes the follow-up session and its invitation through main, and logs no name', async () => {
    await openSection('Afronding')
    const card = presenter.getByTestId('follow-up')
    await card.getByRole('button', { name: 'Vervolgsessie voorbereiden' }).click()
    await card.getByRole('button', { name: 'Sessiebestand en uitnodiging maken' }).click()
    await card.locator('[data-testid="follow-up-outcome"][data-kind="saved"]').waitFor()
    await card.getByText('Er is nog geen verslagmap gekozen').waitFor()
    const names = (await readdir(fallback())).sort()
    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(/ Vervolgsessie - Team Toezicht\.dilemmas$/)
    expect(names[1]).toMatch(/ Vervolgsessie - Team Toezicht\.ics$/)
    expect(await readFile(join(fallback(), names[1] ?? ''), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/)

    const logs = await app.evaluateMain(({ app: electronApp }) => electronApp.getPath('logs'), null)
    const text = (
      await Promise.all((await readdir(logs)).map((name) => readFile(join(logs, name), 'utf8')))
    ).join('\n')
    expect(text).toContain('follow-up-saved files=2 fallback=true reason=no-folder')
    expect(text).not.toContain('Toezicht')
  })

  it('opens Bestand › Teamoverzicht…, reads the chosen folder only and saves the summary', async () => {
    await app.clickMenu('open-team')
    const panel = presenter.getByTestId('team-overview')
    await panel.getByTestId('team-choose').click()
    const choose = await app.waitForDialog((dialog) => dialog.kind === 'open')
    expect(choose.title).toBe('Map met de sessiebestanden van het team kiezen')
    await app.answerDialog(choose.id, { canceled: false, filePaths: [fallback()] })
    await expect.poll(() => panel.getByTestId('team-session').count()).toBe(1)

    await panel.getByTestId('team-save-button').click()
    await panel.locator('[data-testid="team-outcome"]').waitFor()
    const summary = (await readdir(fallback())).filter((name) => name.includes('Teamoverzicht'))
    expect(summary).toHaveLength(1)
    const pdf = await readFile(join(fallback(), summary[0] ?? ''))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
