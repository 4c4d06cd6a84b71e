import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PresenterApi } from '@contract'
import { writeTeamFolder } from '../support/team-folder'
import { seriousAxeFindings } from './harness/axe'
import { Harness, type WindowPage } from './harness/harness'
import { harnessSessionFiles, type HarnessSessionFiles } from './harness/harness-session-files'
import { PresenterDriver } from './harness/presenter-driver'
import { FULL_HD, shootProjector } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

/** What a laptop leaves of its screen for the presenter window. */
const LAPTOP_WINDOW = { width: 1366, height: 705 }
const FOLLOW_UP = 'Vervolgsessie - Team Vergunningen'

describe('between sessions: from the end of one to the look back at the start of the next', () => {
  let harness: Harness
  let files: HarnessSessionFiles
  let presenter: WindowPage
  let projector: WindowPage
  let p: PresenterDriver
  let shared: string

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP_WINDOW)
    projector = await harness.open('projector', FULL_HD)
    p = new PresenterDriver(presenter.page)
    files = harnessSessionFiles(harness.host, harness.autosaveDir)
    shared = join(harness.autosaveDir, 'gedeelde map', 'Team Vergunningen')
    await mkdir(shared, { recursive: true })
    await harness.report.folderStore.set({ ...harness.report.folderStore.get(), folder: shared })
  })

  afterAll(async () => {
    await harness?.close()
  })

  afterEach(() => {
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })

  function dispatch(...commands: Parameters<typeof harness.host.dispatch>[0][]): void {
    for (const command of commands) expect(harness.host.dispatch(command).ok).toBe(true)
  }

  it('makes the follow-up session file and its invitation beside the report in two clicks', async () => {
    dispatch(
      { type: 'setup/edit', title: 'Team Vergunningen', date: '2026-12-03', startTime: '13:30' },
      { type: 'setup/edit', location: 'Zaal 4.12', facilitators: ['Ingrid de Wit'] },
      { type: 'participant/add-many', names: ['Anouk Jansen', 'Bram Visser', 'Cees Bakker'] },
      { type: 'dilemma/add', title: 'Een uitzondering voor een schrijnend geval' },
      { type: 'dilemma/add', title: 'Snel leveren of zorgvuldig toetsen' },
      { type: 'dilemma/add', title: 'De wethouder belt zelf' },
    )
    const [first] = harness.host.getSnapshot().session.dilemmas
    dispatch(
      { type: 'dilemma/make-current', id: first?.id ?? '' },
      { type: 'dilemma/make-current', id: null },
      { type: 'harvest/add-followup', what: 'Werkinstructie nalopen', due: '2026-12-20' },
      { type: 'harvest/add-followup', what: 'Casus uitwerken voor het MT', who: 'Anouk Jansen' },
      { type: 'harvest/add-followup', what: 'Terugkoppelen aan de directie' },
    )
    await p.openSection('Afronding')
    const card = presenter.page.getByTestId('follow-up')
    await card.getByText('Er gaan 2 dilemma’s mee').waitFor()
    await card.getByRole('button', { name: 'Vervolgsessie voorbereiden' }).click()
    await saveScreenshot(presenter.page, 'presenter-follow-up-form-1366x705')
    await card.getByRole('button', { name: 'Sessiebestand en uitnodiging maken' }).click()
    await card.locator('[data-testid="follow-up-outcome"][data-kind="saved"]').waitFor()
    await saveScreenshot(presenter.page, 'presenter-follow-up-saved-1366x705')

    const names = (await readdir(shared)).sort()
    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${FOLLOW_UP}\\.dilemmas$`))
    expect(names[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${FOLLOW_UP}\\.ics$`))
    const ics = await readFile(join(shared, names[1] ?? ''), 'utf8')
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')
    const event = new ICAL.Event(vevent ?? undefined)
    expect(event.summary).toBe('Vervolgsessie: Team Vergunningen')
    expect(event.location).toBe('Zaal 4.12')
    expect(vevent?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Amsterdam')
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T133000/)
    expect(event.description).toContain('- Werkinstructie nalopen (vóór 20 december 2026)')
    // Nobody is named unless the facilitator ticks it.
    expect(ics).not.toContain('Anouk')
  })

  it('opens the follow-up session with the look back in the welcome phase and on the beamer', async () => {
    const name = (await readdir(shared)).find((file) => file.endsWith('.dilemmas')) ?? ''
    files.unsavedAnswer = 'discard'
    files.nextOpenPath = join(shared, name)
    const opened = await presenter.page.evaluate(() =>
      (window.dilemmaApi as PresenterApi).openSessionFile(),
    )
    expect(opened).toMatchObject({ ok: true, name })
    const session = harness.host.getSnapshot().session
    expect(session.dilemmas.map((d) => [d.title, d.source, d.status])).toEqual([
      ['Snel leveren of zorgvuldig toetsen', 'prepared', 'queued'],
      ['De wethouder belt zelf', 'prepared', 'queued'],
    ])
    expect(session.participants.map((person) => person.name)).toHaveLength(3)

    // Starting the programme opens the welcome phase, and with it the Sessie section.
    await p.button('Programma starten').click()
    await presenter.page.locator('[data-active-section="session"]').waitFor()
    const card = presenter.page.getByTestId('look-back-card')
    await card.getByText('Uit de sessie van donderdag 3 december 2026').waitFor()
    const item = (what: string) => card.getByTestId('look-back-card-item').filter({ hasText: what })
    await item('Werkinstructie nalopen').getByLabel('gedaan').check()
    await item('Casus uitwerken voor het MT').getByLabel('loopt nog').check()
    await card.getByRole('switch', { name: 'Op de beamer' }).check()
    await projector.page.getByTestId('look-back-view').waitFor()
    await expect
      .poll(() => projector.page.getByTestId('look-back-state').allTextContents())
      .toEqual(['gedaan', 'loopt nog', 'nog open'])
    await saveScreenshot(presenter.page, 'presenter-look-back-1366x705')
    await shootProjector(projector.page, 'look-back', 'look-back')
    expect(await seriousAxeFindings(presenter.page)).toEqual([])
    expect(await seriousAxeFindings(projector.page)).toEqual([])

    // Their state is in this session's report; the owner stays a label.
    const report = await presenter.page.evaluate(() =>
      (window.dilemmaApi as PresenterApi).previewReport(),
    )
    expect(report).toContain('Terugblik')
    expect(report).toContain('1 van 3 vervolgafspraken gedaan')
    expect(report).not.toContain('Anouk Jansen')

    // The next phase takes the list off the beamer by itself.
    await p.nextPhase()
    await projector.page.locator('main[data-screen="lineup"]').waitFor()
  })

  it('reads the team’s folder without changing it and saves a one-page summary', async () => {
    const team = join(harness.autosaveDir, 'gedeelde map', 'Sessies')
    const fixture = await writeTeamFolder(team, 50)
    const before = await Promise.all(
      (await readdir(team)).map(async (file) => [file, (await stat(join(team, file))).mtimeMs]),
    )
    harness.team.nextFolder = team
    await p.openSection('Teamoverzicht')
    const panel = presenter.page.getByTestId('team-overview')
    await panel.getByTestId('team-choose').click()
    await panel.getByTestId('team-principles').waitFor()
    expect(await panel.getByTestId('team-session').count()).toBe(50)
    expect(await panel.getByTestId('team-skipped-file').count()).toBe(fixture.skipped.length)
    await saveScreenshot(presenter.page, 'presenter-team-overview-1366x705')
    expect(await seriousAxeFindings(presenter.page)).toEqual([])
    await panel.getByTestId('team-skipped').scrollIntoViewIfNeeded()
    await saveScreenshot(presenter.page, 'presenter-team-overview-skipped-1366x705')

    await panel.getByTestId('team-save-button').click()
    await panel.locator('[data-testid="team-outcome"]').waitFor()
    const summary = (await readdir(shared)).filter((file) => file.includes('Teamoverzicht'))
    expect(summary).toHaveLength(1)
    expect(summary[0]).toMatch(/ Teamoverzicht - Sessies\.pdf$/)
    const pdf = await readFile(join(shared, summary[0] ?? ''))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const after = await Promise.all(
      (await readdir(team)).map(async (file) => [file, (await stat(join(team, file))).mtimeMs]),
    )
    expect(after).toEqual(before)
  })
})
