import { createSession } from '@core/session/default-session'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Harness, type WindowPage } from './harness/harness'
import { PresenterDriver } from './harness/presenter-driver'
import { FULL_HD, LAPTOP, shootProjector } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

const FIRST = 'Een burger vraagt om een uitzondering'
const SECOND = 'Snel leveren of zorgvuldig toetsen'

/**
 * A presentation clicker and the keyboard drive the programme and the beamer: PageDown and
 * PageUp (and the arrows) step through phases and dilemmas, B or "." blacks out, W pauses,
 * F5 starts presenting, Esc leaves black or pause; nothing fires while typing in a field.
 */
describe('clicker and keyboard control', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage
  let p: PresenterDriver
  const session = () => harness.host.getSnapshot().session
  const revision = () => harness.host.getSnapshot().revision
  const screen = () => projector.page.locator('main').getAttribute('data-screen')
  const blackout = () => session().projector.blackout
  const phaseKind = () => session().phases.find((ph) => ph.id === session().currentPhaseId)?.kind

  /** Presses a key with the focus on no field and waits for the projector to show `expected`. */
  async function press(key: string, expected: string, text?: string): Promise<void> {
    await p.pressOutsideFields(key)
    await expect.poll(screen).toBe(expected)
    if (text) await projector.page.locator('main').getByText(text).first().waitFor()
  }

  /**
   * Proves that the keys pressed before sent nothing, without waiting for nothing to happen:
   * B and B again are the first changes main sees after `before`, and keys arrive in order.
   */
  async function expectNothingSentSince(before: number): Promise<void> {
    await press('b', 'black')
    expect(revision()).toBe(before + 1)
    await press('b', 'closing')
  }

  /** Goes to the phase of this kind as the presenter's programme would, and waits for its screen. */
  async function goToPhase(kind: string, expected: string): Promise<void> {
    const phase = session().phases.find((ph) => ph.kind === kind)
    const result = harness.host.dispatch({ type: 'phase/go', id: phase?.id ?? null })
    if (!result.ok) throw new Error(`going to ${kind} failed`)
    await expect.poll(screen).toBe(expected)
  }

  /** From the welcome screen, with the keys, to the second dilemma on the tally. */
  async function stepToSecondDilemma(): Promise<void> {
    await press('PageDown', 'lineup')
    await press('ArrowRight', 'principles')
    expect(phaseKind()).toBe('explanation')
    await press('PageDown', 'principles')
    await expect.poll(phaseKind).toBe('casework')
    await press('PageDown', 'tally', FIRST)
    await press('ArrowDown', 'tally', SECOND)
  }

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP)
    projector = await harness.open('projector', FULL_HD)
    p = new PresenterDriver(presenter.page)
  })

  // Each case starts from a fresh session with two dilemmas, the programme not yet started.
  beforeEach(async () => {
    harness.host.replaceSession(createSession(Date.now()))
    for (const title of [FIRST, SECOND]) {
      const result = harness.host.dispatch({ type: 'dilemma/add', title })
      if (!result.ok) throw new Error('seeding a dilemma failed')
    }
    await expect.poll(screen).toBe('welcome')
  })

  afterEach(() => {
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })

  afterAll(async () => {
    await harness?.close()
  })

  it('starts presenting with F5: the programme starts and main is asked to show the projector', async () => {
    await presenter.page.evaluate(() => {
      ;(window as unknown as { notReloaded?: boolean }).notReloaded = true
    })
    const shown = harness.projectorShowRequests
    await press('F5', 'welcome')
    await expect.poll(phaseKind).toBe('welcome')
    await expect.poll(() => harness.projectorShowRequests).toBe(shown + 1)
    // F5 is ours: the presenter page did not reload.
    await expect(
      presenter.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).resolves.toBe(true)
  })

  it('steps forward through the phases and the dilemmas, and the projector follows', async () => {
    await goToPhase('welcome', 'welcome')
    await stepToSecondDilemma()
    expect(session().dilemmas.map((d) => d.status)).toEqual(['discussed', 'queued'])
  })

  it('steps back to the previous dilemma and phase, and forward again to where it was', async () => {
    await goToPhase('welcome', 'welcome')
    await stepToSecondDilemma()
    await press('PageUp', 'tally', FIRST)
    // Going back is two commands; the second (requeue) changes nothing the beamer shows.
    await expect.poll(() => session().dilemmas.map((d) => d.status)).toEqual(['queued', 'queued'])
    await press('ArrowLeft', 'principles')
    expect(phaseKind()).toBe('explanation')
    await press('ArrowRight', 'tally', FIRST)
    await press('PageDown', 'tally', SECOND)
    await press('PageDown', 'harvest')
    await press('ArrowUp', 'tally', SECOND)
    await press('PageDown', 'harvest')
    await press('PageDown', 'closing')
    const before = revision()
    await p.pressOutsideFields('PageDown')
    await p.pressOutsideFields('ArrowRight')
    // At the very end there is nothing further: no command, no change.
    await expectNothingSentSince(before)
  })

  it('blacks out with B and restores with B; the presenter says the beamer is dark', async () => {
    await goToPhase('closing', 'closing')
    await press('b', 'black')
    expect(blackout()).toBe('black')
    const indicator = presenter.page.getByTestId('beamer-state')
    await indicator.getByText('Beamer staat op zwart').waitFor()
    await expect(
      projector.page.locator('main').evaluate((main) => (main.textContent ?? '').trim()),
    ).resolves.toBe('')
    await shootProjector(projector.page, 'black', 'black')
    await saveScreenshot(presenter.page, 'presenter-beamer-black-1366x768')
    await press('B', 'closing')
    await expect(indicator.getByText('Beamer staat op zwart').count()).resolves.toBe(0)
  })

  it('blacks out with "." as a clicker sends it, and restores with "."', async () => {
    await goToPhase('closing', 'closing')
    await press('.', 'black')
    await press('.', 'closing')
  })

  it('shows the pause screen with W and restores with W', async () => {
    await goToPhase('closing', 'closing')
    await press('w', 'pause', 'Even pauze')
    await presenter.page.getByTestId('beamer-state').getByText('Beamer toont pauzescherm').waitFor()
    await shootProjector(projector.page, 'pause', 'pause')
    await saveScreenshot(presenter.page, 'presenter-beamer-pause-1366x768')
    await press('W', 'closing')
  })

  it('leaves black and pause with Esc, and with the button in the presenter', async () => {
    await goToPhase('closing', 'closing')
    await press('w', 'pause')
    await press('Escape', 'closing')
    await press('b', 'black')
    await press('Escape', 'closing')
    await press('.', 'black')
    await presenter.page.getByRole('button', { name: 'Beeld weer tonen' }).click()
    await expect.poll(screen).toBe('closing')
    expect(blackout()).toBe('none')
  })

  it('does nothing while typing in a field', async () => {
    await goToPhase('closing', 'closing')
    const shown = harness.projectorShowRequests
    await p.openSection('Dilemma’s')
    const form = presenter.page.locator('form').filter({ hasText: 'Dilemma toevoegen' })
    const title = form.getByLabel('Titel', { exact: true })
    await title.click()
    const before = revision()
    await presenter.page.keyboard.type('b.w r')
    for (const key of ['PageUp', 'ArrowLeft', 'F5', 'Escape'])
      await presenter.page.keyboard.press(key)
    await expect(title.inputValue()).resolves.toBe('b.w r')
    expect(blackout()).toBe('none')
    await expectNothingSentSince(before)
    expect(harness.projectorShowRequests).toBe(shown)
    await expect.poll(screen).toBe('closing')
    await title.fill('')
    await title.blur()
  })

  it('lists every shortcut in an overview opened with F1, closed with Esc', async () => {
    await p.pressOutsideFields('F1')
    const dialog = presenter.page.getByRole('dialog', { name: 'Sneltoetsen' })
    await dialog.waitFor()
    await dialog.getByText('Beamer op zwart, en weer aan').waitFor()
    await saveScreenshot(presenter.page, 'presenter-shortcuts-1366x768')
    await presenter.page.keyboard.press('b')
    await presenter.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(blackout()).toBe('none')
  })
})
