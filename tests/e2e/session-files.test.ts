import { readFile, stat, writeFile } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PresenterApi, SessionFileResult } from '@contract'
import { serialiseSessionFile } from '@core/session-file/session-file-format'
import { Harness, type WindowPage } from './harness/harness'
import { harnessSessionFiles, type HarnessSessionFiles } from './harness/harness-session-files'

const FULL_HD = { width: 1920, height: 1080 }

describe('session files through the presenter API', () => {
  let harness: Harness
  let files: HarnessSessionFiles
  let presenter: WindowPage
  let projector: WindowPage

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', FULL_HD)
    projector = await harness.open('projector', FULL_HD)
    files = harnessSessionFiles(harness.host, harness.autosaveDir)
  })

  afterAll(async () => {
    await harness?.close()
  })

  // After every case, whatever ran before it: neither window logged an error.
  afterEach(() => {
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })

  /** Calls the presenter's API as the page itself would; the page never sees a path. */
  function call(
    action: 'saveSessionFile' | 'openSessionFile' | 'saveSessionFileAs',
  ): Promise<SessionFileResult> {
    return presenter.page.evaluate((name) => (window.dilemmaApi as PresenterApi)[name](), action)
  }

  async function showPrinciple(principleId: string, name: string): Promise<void> {
    const result = harness.host.dispatch({ type: 'projector/show-principle', principleId })
    expect(result.ok).toBe(true)
    await expect
      .poll(() => projector.page.getByTestId('projector-principle-name').textContent())
      .toBe(name)
  }

  it('saves the session, and opening the file brings it back in both windows', async () => {
    harness.host.dispatch({ type: 'setup/edit', title: 'Team Zuid' })
    await showPrinciple('integer', 'Integer')
    files.nextSavePath = files.path('zuid.dilemmas')
    expect(await call('saveSessionFile')).toEqual({ ok: true, name: 'zuid.dilemmas' })
    expect(files.suggestedNames.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2} Team Zuid\.dilemmas$/)
    await expect(
      presenter.page.evaluate(() => (window.dilemmaApi as PresenterApi).getSessionFile()),
    ).resolves.toMatchObject({ name: 'zuid.dilemmas', unsaved: false })

    harness.host.dispatch({ type: 'setup/edit', title: 'Iets anders' })
    await showPrinciple('open', 'Open')
    files.unsavedAnswer = 'discard'
    files.nextOpenPath = files.path('zuid.dilemmas')
    expect(await call('openSessionFile')).toEqual({
      ok: true,
      name: 'zuid.dilemmas',
      migrated: false,
    })

    expect(harness.host.getSnapshot().session.setup.title).toBe('Team Zuid')
    await expect
      .poll(() => projector.page.getByTestId('projector-principle-name').textContent())
      .toBe('Integer')
    await expect
      .poll(() => presenter.page.getByTestId('projector-status').textContent())
      .toContain('Integer')
    expect(files.states.at(-1)).toMatchObject({ name: 'zuid.dilemmas', unsaved: false })
  })

  it('refuses a corrupt file with its problem and leaves the file exactly as it was', async () => {
    await showPrinciple('integer', 'Integer')
    const path = files.path('kapot.dilemmas')
    const content = '{"format": "dansende-dilemmas/session", "schemaVersion": 2, "sess'
    await writeFile(path, content)
    const before = await stat(path)
    const revision = harness.host.getSnapshot().revision
    files.nextOpenPath = path
    expect(await call('openSessionFile')).toEqual({ ok: false, reason: 'not-json' })
    expect(await readFile(path, 'utf8')).toBe(content)
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs)
    expect(harness.host.getSnapshot().revision).toBe(revision)
    await expect
      .poll(() => projector.page.getByTestId('projector-principle-name').textContent())
      .toBe('Integer')
  })

  it('refuses a file from a newer version of the app', async () => {
    // The file as this version writes it, made without opening it in the app.
    const saved = serialiseSessionFile(harness.host.getSnapshot().session, Date.now())
    const newer = files.path('nieuwer.dilemmas')
    await writeFile(newer, saved.replace(/"schemaVersion": 3/g, '"schemaVersion": 4'))
    files.nextOpenPath = newer
    expect(await call('openSessionFile')).toEqual({ ok: false, reason: 'newer-version' })
  })
})
