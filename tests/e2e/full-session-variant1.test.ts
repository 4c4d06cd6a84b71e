import type { CommandInput } from '@core/commands/schema'
import { createSession } from '@core/session/default-session'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Harness, type WindowPage } from './harness/harness'
import { PresenterDriver } from './harness/presenter-driver'
import { FULL_HD, LAPTOP, shootProjector } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

/** A whole workshop in variant 1, driven through the presenter as a facilitator would. */
describe('a full session in variant 1', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage
  let p: PresenterDriver
  const screen = () => projector.page.locator('main').getAttribute('data-screen')

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP)
    projector = await harness.open('projector', FULL_HD)
    p = new PresenterDriver(presenter.page)
  })

  afterAll(async () => {
    await harness?.close()
  })

  const run = (command: CommandInput) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`refused: ${command.type}`)
  }

  /**
   * Each step of the afternoon starts from a fresh session; a later step first brings it, through
   * main, to where the steps before it leave it: set up, and the programme at `kind`.
   */
  function preparedAt(kind?: string): void {
    run({ type: 'setup/edit', title: 'Dansende Dilemma’s met team Vergunningen' })
    run({
      type: 'participant/add-many',
      names: ['Anna', 'Bram', 'Cees', 'Dewi', 'Eva', 'Fatima', 'Gert', 'Hanna'],
    })
    run({ type: 'dilemma/add', title: 'Een uitzondering voor een schrijnend geval' })
    run({ type: 'dilemma/add', title: 'Snel leveren of zorgvuldig toetsen' })
    if (kind === undefined) return
    const phase = harness.host.getSnapshot().session.phases.find((ph) => ph.kind === kind)
    run({ type: 'phase/go', id: phase?.id ?? null })
  }

  beforeEach(() => {
    harness.host.replaceSession(createSession(Date.now()))
  })

  afterEach(() => {
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })

  it('is set up: title, participants and two dilemmas', async () => {
    await p.openSection('Sessie')
    await p.typeInto('Titel van de sessie', 'Dansende Dilemma’s met team Vergunningen')
    await projector.page
      .getByTestId('welcome-session-title')
      .filter({ hasText: 'team Vergunningen' })
      .waitFor()
    await saveScreenshot(presenter.page, 'presenter-session-1366x768')
    await p.addParticipants('Anna, Bram, Cees\nDewi; Eva\nFatima, Gert, Hanna')
    await presenter.page.getByText('8 namen toegevoegd.').waitFor()
    await saveScreenshot(presenter.page, 'presenter-participants-1366x768')
    await p.addDilemma('Een uitzondering voor een schrijnend geval', 'Regels zijn regels?')
    await p.addDilemma('Snel leveren of zorgvuldig toetsen', 'De minister wil het morgen.')
    await saveScreenshot(presenter.page, 'presenter-dilemmas-1366x768')
    expect(harness.host.getSnapshot().session.dilemmas).toHaveLength(2)
    await shootProjector(projector.page, 'welcome', 'welcome')
  })

  it('opens with the welcome screen, then the line-up, typed live', async () => {
    preparedAt()
    await p.button('Programma starten').click()
    await expect.poll(screen).toBe('welcome')
    await p.nextPhase()
    await expect.poll(screen).toBe('lineup')
    await presenter.page.locator('[data-active-section="starter"]').waitFor()
    const statement = presenter.page.getByRole('textbox', { name: 'Stelling', exact: true })
    await statement.fill('Ik weet wat ambtelijk vakmanschap voor mij betekent')
    // Sent while typing: the beamer follows before the field loses focus.
    await projector.page.getByText('Ik weet wat ambtelijk vakmanschap voor mij betekent').waitFor()
    await statement.blur()
    await saveScreenshot(presenter.page, 'presenter-starter-1366x768')
    await shootProjector(projector.page, 'lineup', 'lineup')
  })

  it('explains ambtelijk vakmanschap with all principles', async () => {
    preparedAt('starter')
    await expect.poll(screen).toBe('lineup')
    await p.nextPhase()
    await expect.poll(screen).toBe('principles')
    await expect(projector.page.getByTestId('principles-overview').count()).resolves.toBe(1)
    await saveScreenshot(presenter.page, 'presenter-principles-1366x768')
    await shootProjector(projector.page, 'principles', 'principles-explanation')
  })

  it('works through two dilemmas with a live tally', async () => {
    preparedAt('explanation')
    await expect.poll(screen).toBe('principles')
    await p.nextPhase()
    await expect.poll(screen).toBe('principles')
    await shootProjector(projector.page, 'principles', 'principles-casework')
    await presenter.page.locator('[data-active-section="casework"]').waitFor()
    await p.button('Dit dilemma nu bespreken').click()
    await expect.poll(screen).toBe('tally')
    await projector.page.getByText('Een uitzondering voor een schrijnend geval').waitFor()

    await p.button('Eén meer bij Integer').click()
    await p.button('Eén meer bij Integer').click()
    await p.button('Eén meer bij Dienstbaar').click()
    await p.pressOutsideFields('3')
    // The first choice is counted out of sight: nobody follows the crowd.
    await projector.page
      .getByTestId('tally-waiting')
      .getByText('Iedereen staat? Dan tellen we.')
      .waitFor()
    await shootProjector(projector.page, 'tally', 'tally-hidden')
    await p.pressOutsideFields('Enter')
    const integerBar = projector.page.locator(
      '[data-testid="tally-view"] [data-principle-id="integer"]',
    )
    await expect.poll(() => integerBar.getAttribute('data-count')).toBe('2')
    const fairBar = projector.page.locator(
      '[data-testid="tally-view"] [data-principle-id="rechtvaardig"]',
    )
    await expect.poll(() => fairBar.getAttribute('data-count')).toBe('1')
    await p.typeInto('Wat gaf de doorslag?', 'De burger voor ogen houden.')
    await saveScreenshot(presenter.page, 'presenter-variant1-1366x768')
    await shootProjector(projector.page, 'tally', 'tally')

    // After the conversation: three people move, two from Integer and one from Rechtvaardig.
    await p.button('Na het gesprek').click()
    await p.button('Eén minder bij Integer').click()
    await p.button('Eén minder bij Integer').click()
    await p.button('Eén minder bij Rechtvaardig').click()
    await p.button('Eén meer bij Dienstbaar').click()
    await p.button('Eén meer bij Vakkundig').click()
    await p.button('Eén meer bij Vakkundig').click()
    await expect(presenter.page.getByTestId('tally-movement').textContent()).resolves.toContain(
      'Minstens 3 mensen verschoven',
    )
    await expect
      .poll(() => projector.page.getByTestId('tally-total').textContent())
      .toBe('Minstens 3 verschoven · 4 mensen gekozen')
    await saveScreenshot(presenter.page, 'presenter-variant1-after-1366x768')
    await shootProjector(projector.page, 'tally', 'tally-movement')

    // While they talk: Integer pulled against Dienstbaar (by mouse), Open met Vakkundig (keyboard).
    const chips = presenter.page.getByTestId('pair-chips')
    await chips.locator('[data-pair-principle="integer"]').click()
    await chips.locator('[data-pair-principle="dienstbaar"]').click()
    await p.button('Spanning').click()
    await chips.locator('[data-pair-principle="open"]').focus()
    await presenter.page.keyboard.press('Enter')
    await presenter.page.keyboard.press('ArrowRight')
    await presenter.page.keyboard.press('ArrowRight')
    await presenter.page.keyboard.press('Enter')
    await p.button('Raakvlak').click()
    await expect
      .poll(() => harness.host.getSnapshot().session.dilemmas[0]?.pairs)
      .toEqual([
        { a: 'dienstbaar', b: 'integer', kind: 'tension' },
        { a: 'open', b: 'vakkundig', kind: 'common' },
      ])
    await saveScreenshot(presenter.page, 'presenter-variant1-pairs-1366x768')

    await presenter.page
      .locator('[data-principle-id="integer"]')
      .getByRole('button', { name: 'Groot tonen' })
      .click()
    await expect.poll(screen).toBe('principle')
    await shootProjector(projector.page, 'principle', 'principle-with-dilemma')
    await p.button('Terug naar de telling').click()
    await expect.poll(screen).toBe('tally')

    await p.openSection('Dilemma’s')
    await presenter.page
      .locator('[data-dilemma-id]')
      .filter({ hasText: 'Snel leveren' })
      .getByRole('button', { name: 'Nu bespreken' })
      .click()
    await projector.page.getByText('Snel leveren of zorgvuldig toetsen').waitFor()
    const first = harness.host.getSnapshot().session.dilemmas[0]
    expect(first?.status).toBe('discussed')
    expect(first?.firstTally).toEqual({ integer: 2, dienstbaar: 1, rechtvaardig: 1 })
    expect(first?.tally).toEqual({ dienstbaar: 2, vakkundig: 2 })
  })

  it('collects the threads live, like a flip chart', async () => {
    preparedAt('casework')
    await p.nextPhase()
    await expect.poll(screen).toBe('harvest')
    await p.button('Nieuwe rode draad').click()
    const thread = presenter.page.getByRole('textbox', { name: 'Rode draad 1', exact: true })
    await thread.waitFor()
    await thread.pressSequentially('Regels en menselijke maat schuren')
    await projector.page
      .getByTestId('harvest-thread')
      .filter({ hasText: 'Regels en menselijke maat schuren' })
      .waitFor()
    await thread.press('Enter')
    await presenter.page
      .getByRole('textbox', { name: 'Rode draad 2', exact: true })
      .pressSequentially('Tijdsdruk verdringt zorgvuldigheid')
    await projector.page.getByTestId('harvest-thread').nth(1).waitFor()
    await saveScreenshot(presenter.page, 'presenter-harvest-1366x768')
    await shootProjector(projector.page, 'harvest', 'harvest')
  })

  it('puts the tension map of all dilemmas on the beamer in the harvest', async () => {
    preparedAt('harvest')
    const [first, second] = harness.host.getSnapshot().session.dilemmas
    for (const dilemma of [first, second])
      run({
        type: 'pair/mark',
        dilemmaId: dilemma?.id ?? '',
        a: 'integer',
        b: 'dienstbaar',
        kind: 'tension',
      })
    run({
      type: 'pair/mark',
      dilemmaId: first?.id ?? '',
      a: 'open',
      b: 'vakkundig',
      kind: 'common',
    })
    await expect.poll(screen).toBe('harvest')
    await p.button('Spanningskaart op de beamer').click()
    await expect.poll(screen).toBe('tension-map')
    const cell = projector.page.locator('td.cell[data-kind="tension"][data-count="2"]')
    await expect.poll(() => cell.count()).toBe(1)
    await saveScreenshot(presenter.page, 'presenter-harvest-map-1366x768')
    await shootProjector(projector.page, 'tension-map', 'tension-map')
    await p.button('Rode draden op de beamer').click()
    await expect.poll(screen).toBe('harvest')
  })

  it('closes with a thank-you screen and can undo by keyboard', async () => {
    preparedAt('harvest')
    await expect.poll(screen).toBe('harvest')
    await p.nextPhase()
    await expect.poll(screen).toBe('closing')
    await projector.page.getByTestId('closing-view').getByText('team Vergunningen').waitFor()
    await saveScreenshot(presenter.page, 'presenter-closing-1366x768')
    await shootProjector(projector.page, 'closing', 'closing')
    await p.pressOutsideFields('Control+z')
    await expect.poll(screen).toBe('harvest')
    await p.pressOutsideFields('Control+Shift+z')
    await expect.poll(screen).toBe('closing')
  })

  it('never gives the beamer the private notes', async () => {
    preparedAt('welcome')
    const projectorSession = await projector.page.evaluate(async () => {
      const api = window.dilemmaApi
      return api ? (await api.getSnapshot()).session : null
    })
    expect(projectorSession?.phases.every((phase) => phase.notes === '')).toBe(true)
    expect(harness.host.getSnapshot().session.phases.some((phase) => phase.notes !== '')).toBe(true)
  })
})
