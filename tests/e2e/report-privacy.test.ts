import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CommandInput } from '@core/commands/schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seriousAxeFindings } from './harness/axe'
import { Harness, type WindowPage } from './harness/harness'
import { readPdf } from './harness/pdf-text'
import { LAPTOP } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

const TIPPING_POINT =
  'Anouk zei dat de zaak van mevrouw Jansen anders moest, BSN 123456782. Mail anouk@gemeente.nl.'
const THREAD = 'Bram van ’t Hek belt de burger terug op 06-12345678.'

/** A session whose typed texts name people and hold personal data, as a real afternoon can. */
function seed(harness: Harness): void {
  const run = (command: CommandInput) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`seed refused: ${command.type} (${result.error.code})`)
  }
  run({
    type: 'setup/edit',
    title: 'Teamsessie Vergunningen',
    date: '2026-11-29',
    facilitators: ['Ingrid de Wit'],
  })
  run({ type: 'participant/add-many', names: ['Anouk de Vries', 'Bram van ’t Hek', 'José Ünal'] })
  run({ type: 'dilemma/add', title: 'Maatwerk voor een ondernemer', variant: 'variant1' })
  const id = `d${harness.host.getSnapshot().session.nextSeq - 1}`
  run({ type: 'dilemma/set-text', id, field: 'tippingPoint', text: TIPPING_POINT })
  run({ type: 'dilemma/set-status', id, status: 'discussed' })
  run({ type: 'harvest/add', list: 'threads', text: THREAD })
  run({ type: 'harvest/add', list: 'insights', text: 'Ingrid de Wit vatte het samen.' })
  run({ type: 'harvest/add-followup', what: 'Terugbellen', who: 'José', due: '2026-12-15' })
}

describe('the publication check in Verslag (1366×768)', () => {
  let harness: Harness
  let presenter: WindowPage

  const section = () => presenter.page.locator('[data-active-section="report"]')
  const findings = () => section().getByTestId('report-findings')

  beforeEach(async () => {
    harness = await Harness.start()
    seed(harness)
    presenter = await harness.open('presenter', LAPTOP)
    await presenter.page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Verslag', exact: true })
      .click()
    await findings().waitFor()
  })

  afterEach(async () => {
    await harness?.close()
  })

  it('lists what it found by kind, with place and excerpt, and says what the report will hold', async () => {
    const kinds = (await findings().locator('h4').allTextContents()).map((kind) => kind.trim())
    // Four of this session's people; "mevrouw Jansen" is nobody the app knows.
    expect(kinds).toEqual([
      'Namen (4)',
      'E-mailadressen (1)',
      'Telefoonnummers (1)',
      'Burgerservicenummers (1)',
    ])
    const places = await findings().getByTestId('report-finding').locator('p').allTextContents()
    expect(places.join('\n')).toContain('Dilemma 1 · Wat gaf de doorslag')
    expect(places.join('\n')).toContain('Rode draden 1')
    expect(places.join('\n')).toContain('Vervolgafspraken 1 · Wie')
    await expect(section().getByTestId('report-privacy-summary').textContent()).resolves.toContain(
      'Namen van deelnemers: niet opgenomen · 4 namen in vrije tekst vervangen · 1 e-mailadres gevonden',
    )
    await findings().scrollIntoViewIfNeeded()
    await saveScreenshot(presenter.page, 'report-publication-check')
    expect(await seriousAxeFindings(presenter.page)).toEqual([])
  })

  it('asks before saving with findings nobody looked at, writes nothing until answered, and the files hold the labels', async () => {
    const shared = harness.report.sharedFolder
    await mkdir(shared, { recursive: true })
    harness.report.nextFolder = shared
    await section().getByRole('button', { name: 'Map kiezen…' }).click()
    await section().getByLabel('Webpagina').check()
    await section().getByLabel('Markdown').check()

    // One finding chosen by hand: the phone number stays (the team's own service line).
    const phone = findings().getByTestId('report-finding').filter({ hasText: '06-12345678' })
    await phone.getByLabel('Laten staan').check()
    await expect.poll(() => phone.getAttribute('data-choice')).toBe('keep')

    await section().getByRole('button', { name: 'Verslag opslaan' }).click()
    const question = section().getByTestId('report-save-check')
    await expect(question.textContent()).resolves.toContain(
      'Er staan nog 6 mogelijke persoonsgegevens in het verslag.',
    )
    await saveScreenshot(presenter.page, 'report-publication-question')
    expect(await readdir(shared)).toEqual([])
    await question.getByRole('button', { name: 'Bekijken' }).click()
    await expect(question.count()).resolves.toBe(0)
    expect(await readdir(shared)).toEqual([])
    const focused = await presenter.page.evaluate(
      () => document.activeElement?.closest('[data-testid="report-finding"]') !== null,
    )
    expect(focused).toBe(true)

    await section().getByRole('button', { name: 'Verslag opslaan' }).click()
    await question.getByRole('button', { name: 'Toch opslaan' }).click()
    await section()
      .getByTestId('report-outcome')
      .and(presenter.page.locator('[data-kind="saved"]'))
      .waitFor()

    const saved = (await readdir(shared)).sort()
    expect(saved.map((name) => name.split('.').at(-1))).toEqual(['docx', 'html', 'md', 'pdf'])
    const textOf = async (name: string) =>
      name.endsWith('.pdf')
        ? (await readPdf(new Uint8Array(await readFile(join(shared, name))))).text
        : await readFile(join(shared, name), 'utf8')
    for (const name of saved.filter((file) => /\.(html|md|pdf)$/.test(file))) {
      const text = await textOf(name)
      for (const secret of ['Anouk', 'Bram', 'Hek', 'José', 'Ingrid', 'anouk@', '123456782'])
        expect(text, `${secret} in ${name}`).not.toContain(secret)
      expect(text).toContain('Deelnemer A')
      expect(text).toContain('Begeleider A')
      // Markdown escapes the brackets.
      expect(text.replace(/\\/g, '')).toContain('[verwijderd]')
      expect(text, 'the number chosen to stay').toContain('06-12345678')
    }
    expect(presenter.problems).toEqual([])
  })
})
