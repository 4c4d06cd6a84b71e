import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import { parseAutosave } from '@core/persistence/autosave-format'
import { createSession } from '@core/session/default-session'
import { Harness, type WindowPage } from './harness/harness'
import { saveScreenshot } from './harness/screenshots'

const FULL_HD = { width: 1920, height: 1080 }
const OLD_BEAMER = { width: 1024, height: 768 }

describe('presenter and projector on one session host', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', FULL_HD)
    projector = await harness.open('projector', FULL_HD)
  })

  afterAll(async () => {
    await harness?.close()
  })

  // Each case starts from a fresh session; undo history starts empty with it.
  beforeEach(async () => {
    harness.host.replaceSession(createSession(Date.now()))
    await projector.page.getByTestId('welcome-view').waitFor()
  })

  afterEach(() => {
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })

  /** A current dilemma with Integer on the beamer, set up through main as the presenter would. */
  async function showIntegerOnADilemma(): Promise<void> {
    const run = (command: CommandInput) => {
      const result = harness.host.dispatch(command)
      if (!result.ok) throw new Error(`refused: ${command.type}`)
    }
    run({ type: 'dilemma/add', title: 'Een burger vraagt om een uitzondering' })
    run({
      type: 'dilemma/make-current',
      id: harness.host.getSnapshot().session.dilemmas[0]?.id ?? null,
    })
    run({ type: 'projector/show-principle', principleId: 'integer' })
    await projector.page
      .getByTestId('projector-principle-name')
      .filter({ hasText: 'Integer' })
      .waitFor()
  }

  it('starts on the calm welcome screen', async () => {
    await projector.page.getByTestId('welcome-view').waitFor()
    await expect(projector.page.locator('h1').textContent()).resolves.toBe('Dansende Dilemma’s')
    await saveScreenshot(projector.page, 'projector-welcome-1920x1080')
    await projector.page.setViewportSize(OLD_BEAMER)
    await saveScreenshot(projector.page, 'projector-welcome-1024x768')
    await projector.page.setViewportSize(FULL_HD)
  })

  it('shows a dilemma added in the presenter, made current, with a chosen principle', async () => {
    const p = presenter.page
    await p
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Dilemma’s' })
      .click()
    const form = p.locator('form').filter({ hasText: 'Dilemma toevoegen' })
    await form.getByLabel('Titel', { exact: true }).fill('Een burger vraagt om een uitzondering')
    await form.getByLabel(/Beschrijving/).fill('De regel is duidelijk, de situatie schrijnend.')
    await form.getByRole('button', { name: 'Toevoegen' }).click()
    await p.getByText('Een burger vraagt om een uitzondering').waitFor()
    await expect(form.getByLabel('Titel', { exact: true }).inputValue()).resolves.toBe('')

    await p.getByRole('button', { name: 'Nu bespreken', exact: true }).click()
    await expect
      .poll(() => harness.host.getSnapshot().session.currentDilemmaId)
      .toBe(harness.host.getSnapshot().session.dilemmas[0]?.id)

    await p
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Principes' })
      .click()
    await p.getByRole('button', { name: 'Op de beamer tonen: Integer' }).click()
    const name = projector.page.getByTestId('projector-principle-name')
    await name.waitFor()
    await expect(name.textContent()).resolves.toBe('Integer')
    await projector.page
      .getByTestId('projector-dilemma')
      .filter({ hasText: 'Een burger vraagt om een uitzondering' })
      .waitFor()
    await expect(
      projector.page.getByTestId('principle-view').getAttribute('style'),
    ).resolves.toContain('rgb(106, 44, 145)')
    await expect(p.getByTestId('projector-status').textContent()).resolves.toContain('Integer')
  })

  it('shows the principle large: at least 8% of the window height at both sizes', async () => {
    await showIntegerOnADilemma()
    for (const viewport of [FULL_HD, OLD_BEAMER]) {
      await projector.page.setViewportSize(viewport)
      const fontSize = await projector.page
        .getByTestId('projector-principle-name')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      expect(fontSize / viewport.height).toBeGreaterThanOrEqual(0.08)
      await saveScreenshot(
        projector.page,
        `projector-principle-${viewport.width}x${viewport.height}`,
      )
    }
    await projector.page.setViewportSize(FULL_HD)
    for (const viewport of [FULL_HD, OLD_BEAMER]) {
      await presenter.page.setViewportSize(viewport)
      await saveScreenshot(presenter.page, `presenter-${viewport.width}x${viewport.height}`)
    }
    await presenter.page.setViewportSize(FULL_HD)
  })

  it('is right at once after a projector reload', async () => {
    await showIntegerOnADilemma()
    const revision = harness.host.getSnapshot().revision
    await projector.page.reload({ waitUntil: 'load' })
    const view = projector.page.getByTestId('principle-view')
    await view.waitFor()
    // The window mounts only after its first snapshot, so it never flashes a stale screen.
    await expect(projector.page.locator('main').getAttribute('data-revision')).resolves.toBe(
      String(revision),
    )
    await expect(view.getAttribute('data-principle-id')).resolves.toBe('integer')
  })

  it('keeps undo and redo in main, across a projector reload', async () => {
    await showIntegerOnADilemma()
    await presenter.page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Principes' })
      .click()
    await presenter.page.getByRole('button', { name: 'Op de beamer tonen: Open' }).click()
    const view = projector.page.getByTestId('principle-view')
    await expect.poll(() => view.getAttribute('data-principle-id')).toBe('open')
    await projector.page.reload({ waitUntil: 'load' })
    await expect.poll(() => view.getAttribute('data-principle-id')).toBe('open')
    await presenter.page.locator('body').focus()
    await presenter.page.keyboard.press('Control+z')
    await expect.poll(() => view.getAttribute('data-principle-id')).toBe('integer')
    await presenter.page.keyboard.press('Control+y')
    await expect.poll(() => view.getAttribute('data-principle-id')).toBe('open')
    await presenter.page.keyboard.press('Control+z')
    await expect.poll(() => view.getAttribute('data-principle-id')).toBe('integer')
  })

  it('rejects an invalid command and changes nothing', async () => {
    const before = harness.host.getSnapshot()
    const result = await presenter.page.evaluate(() =>
      window.dilemmaApi && 'dispatch' in window.dilemmaApi
        ? window.dilemmaApi.dispatch({ type: 'dilemma/add', title: '   ' })
        : null,
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-command' } })
    const after = harness.host.getSnapshot()
    expect(after.revision).toBe(before.revision)
    expect(after.session).toBe(before.session)
  })

  it('gives the projector a read-only API', async () => {
    await showIntegerOnADilemma()
    const keys = await projector.page.evaluate(() => Object.keys(window.dilemmaApi ?? {}).sort())
    expect(keys).toEqual(['getSnapshot', 'onSnapshot'])
    const refused = await projector.page.evaluate(async () => {
      const invoke = (
        window as unknown as { __ddInvoke: (c: string, p: unknown) => Promise<unknown> }
      ).__ddInvoke
      try {
        await invoke('session:dispatch', { type: 'projector/show-principle', principleId: null })
        return 'accepted'
      } catch (error) {
        return String(error)
      }
    })
    expect(refused).toContain('may not call')
    await expect(projector.page.getByTestId('principle-view').count()).resolves.toBe(1)
  })

  it('autosaves every accepted command', async () => {
    await showIntegerOnADilemma()
    await harness.host.flush()
    const text = await readFile(join(harness.autosaveDir, 'session.json'), 'utf8')
    const parsed = parseAutosave(text)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      expect(parsed.file.revision).toBe(harness.host.getSnapshot().revision)
      expect(parsed.file.session.projector.principleId).toBe('integer')
    }
  })
})
