import { mkdir, readdir, readFile } from 'node:fs/promises'
import type { CommandInput } from '@core/commands/schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seriousAxeFindings } from './harness/axe'
import { Harness, type WindowPage } from './harness/harness'
import { harnessSessionFiles } from './harness/harness-session-files'
import { LAPTOP } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

const NOTE = 'De burger voor ogen houden, ook als de regel iets anders zegt.'

/** A session as it stands at the end of a real afternoon: two dilemmas, a harvest, follow-ups. */
function seed(harness: Harness): void {
  const run = (command: CommandInput) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`seed refused: ${command.type} (${result.error.code})`)
  }
  run({
    type: 'setup/edit',
    title: 'Teamsessie Toezicht',
    date: '2026-11-29',
    startTime: '13:30',
    location: 'Vergaderzaal De Ster',
    team: 'Team Toezicht Zuid',
    facilitators: ['Fien de Vries', 'Bram Okafor'],
    variant: 'both',
  })
  run({
    type: 'participant/add-many',
    names: ['Aylin Yilmaz', 'Dirk Jansen', 'Sara Cohen', 'Mariam El Amrani', 'Kees Bakker'],
  })
  const principles = harness.host.getSnapshot().session.principles.map((p) => p.id)
  run({
    type: 'dilemma/add',
    title: 'Een verzoek dat net buiten de regels valt',
    description: 'Een ondernemer vraagt om uitstel van een sanctie omdat zijn zaak anders omvalt.',
    contributor: 'Dirk Jansen',
    variant: 'variant1',
  })
  const first = `d${harness.host.getSnapshot().session.nextSeq - 1}`
  run({ type: 'dilemma/set-text', id: first, field: 'tippingPoint', text: NOTE })
  run({ type: 'dilemma/set-text', id: first, field: 'tensions', text: 'Gelijke behandeling.' })
  principles.slice(0, 4).forEach((principleId, index) => {
    run({ type: 'tally/set', dilemmaId: first, principleId, count: 4 - index })
  })
  run({ type: 'dilemma/add', title: 'Informatie delen met een ketenpartner', variant: 'variant2' })
  run({ type: 'harvest/add', list: 'threads', text: 'Regels en menselijke maat botsen vaak.' })
  run({ type: 'harvest/add', list: 'insights', text: 'We vragen elkaar te weinig om raad.' })
  run({
    type: 'harvest/add-followup',
    what: 'Vervolgsessie plannen',
    who: 'Fien',
    due: '2026-12-15',
  })
}

describe('the Verslag section in the presenter (1366×768)', () => {
  let harness: Harness
  let presenter: WindowPage

  const section = () => presenter.page.locator('[data-active-section="report"]')
  const outcome = () => section().getByTestId('report-outcome')
  /** The follow-up's owner (a facilitator's first name) is a finding nobody looked at: save asks. */
  const saveAnyway = async () => {
    await section().getByRole('button', { name: 'Verslag opslaan' }).click()
    await section()
      .getByTestId('report-save-check')
      .getByRole('button', { name: 'Toch opslaan' })
      .click()
  }

  // Each case opens Verslag in its own app, with the afternoon's session and no folder chosen.
  beforeEach(async () => {
    harness = await Harness.start()
    seed(harness)
    presenter = await harness.open('presenter', LAPTOP)
    await presenter.page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Verslag', exact: true })
      .click()
    await section().getByRole('heading', { name: 'Verslag', level: 2 }).waitFor()
  })

  afterEach(async () => {
    await harness?.close()
  })

  it('has no serious or critical accessibility finding', async () => {
    expect(await seriousAxeFindings(presenter.page)).toEqual([])
  })

  it('shows main’s report in a sandboxed preview that follows the privacy choices', async () => {
    await section().getByRole('button', { name: 'Voorbeeld' }).click()
    const frame = section().getByTestId('report-preview-frame')
    await frame.waitFor()
    expect(await frame.getAttribute('sandbox')).toBe('')
    const inside = presenter.page.frameLocator('[data-testid="report-preview-frame"]')
    await inside.getByText('Teamsessie Toezicht').first().waitFor()
    await expect(inside.getByText('Aylin Yilmaz').count()).resolves.toBe(0)

    await section().getByLabel('Namen van deelnemers en begeleiders opnemen').check()
    await inside.getByText('Aylin Yilmaz').first().waitFor()
    expect(harness.host.getSnapshot().session.report.includeNames).toBe(true)
    await section().getByLabel('Namen van deelnemers en begeleiders opnemen').uncheck()
    await expect.poll(() => inside.getByText('Aylin Yilmaz').count()).toBe(0)

    // The report's own stylesheet applies inside the frame (the CSP allows exactly it).
    const heading = inside.getByRole('heading', { name: 'Teamsessie Toezicht', level: 1 })
    expect(await heading.evaluate((h1) => getComputedStyle(h1).color)).not.toBe('rgb(0, 0, 0)')
    await saveScreenshot(presenter.page, 'report-panel-preview')
    expect(await seriousAxeFindings(presenter.page)).toEqual([])
  })

  it('saves to the fallback folder when the network folder is gone, says why, and retries', async () => {
    const shared = harness.report.sharedFolder
    harness.report.nextFolder = shared
    await section().getByRole('button', { name: 'Map kiezen…' }).click()
    await expect(section().getByTestId('report-folder-path').textContent()).resolves.toBe(shared)

    await saveAnyway()
    await outcome().and(presenter.page.locator('[data-kind="fallback"]')).waitFor()
    const text = (await outcome().textContent()) ?? ''
    expect(text).toContain('Het verslag staat in de reservemap, niet in de netwerkmap')
    expect(text).toContain(harness.report.fallbackFolder)
    expect(text).toContain('2026-11-29 Teamsessie Toezicht.pdf')
    await saveScreenshot(presenter.page, 'report-panel-fallback')
    expect(await seriousAxeFindings(presenter.page)).toEqual([])

    await mkdir(shared, { recursive: true })
    await outcome().getByRole('button', { name: 'Opnieuw proberen naar de netwerkmap' }).click()
    await outcome().and(presenter.page.locator('[data-kind="saved"]')).waitFor()
    expect((await readdir(shared)).sort()).toEqual([
      '2026-11-29 Teamsessie Toezicht.docx',
      '2026-11-29 Teamsessie Toezicht.pdf',
    ])
    await outcome().getByRole('button', { name: 'Map openen' }).click()
    await expect.poll(() => harness.report.openedFolders).toEqual([shared])
    await saveScreenshot(presenter.page, 'report-panel-saved')
  })

  it('writes straight to the network folder once it is chosen, in one click', async () => {
    const shared = harness.report.sharedFolder
    await mkdir(shared, { recursive: true })
    harness.report.nextFolder = shared
    await section().getByRole('button', { name: 'Map kiezen…' }).click()
    await expect(section().getByTestId('report-folder-path').textContent()).resolves.toBe(shared)

    await saveAnyway()
    await outcome().and(presenter.page.locator('[data-kind="saved"]')).waitFor()
    expect(await outcome().locator('p').first().textContent()).toBe(`Opgeslagen in ${shared}:`)
    expect(await readdir(shared)).toContain('2026-11-29 Teamsessie Toezicht.pdf')
    expect(presenter.problems).toEqual([])
  })

  it('saves the session file with Ctrl+S while typing, and shows it in the top bar', async () => {
    const files = harnessSessionFiles(harness.host, harness.autosaveDir)
    files.nextSavePath = files.path('Teamsessie Toezicht.dilemmas')
    await presenter.page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Sessie', exact: true })
      .click()
    const title = presenter.page.getByLabel('Titel van de sessie', { exact: true })
    await title.click()
    await title.press('End')
    await title.pressSequentially(' Zuid')
    await title.press('Control+S')

    const notice = presenter.page.locator('[data-notice="session-file-saved"]')
    await notice.waitFor()
    const saved = await readFile(files.path('Teamsessie Toezicht.dilemmas'), 'utf8')
    expect(saved).toContain('Teamsessie Toezicht Zuid')
    const indicator = presenter.page.getByTestId('session-file-indicator')
    await expect(indicator.textContent()).resolves.toContain('Teamsessie Toezicht.dilemmas')
    await expect(title.evaluate((el) => el === document.activeElement)).resolves.toBe(true)

    await title.pressSequentially('!')
    await presenter.page.getByTestId('session-file-dirty').waitFor()
    await presenter.page.getByTestId('session-file-card').scrollIntoViewIfNeeded()
    await saveScreenshot(presenter.page, 'session-file-card')
    expect(await seriousAxeFindings(presenter.page)).toEqual([])
    expect(presenter.problems).toEqual([])
  })
})
