import { createSession } from '@core/session/default-session'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Harness, type WindowPage } from './harness/harness'
import { FULL_HD, LAPTOP, OLD_BEAMER, shootProjector } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

const SCRIPT = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">'
const EMOJI = '🙂🏳️‍🌈👩🏽‍⚖️'
const RTL = 'مرحبا بالعالم שלום עולם'
const LONG_TITLE = `${SCRIPT} ${EMOJI} ${RTL} ${'Zeer lange titel zonder einde '.repeat(70)}`.slice(
  0,
  2000,
)
const UNBROKEN = 'A'.repeat(400)

/** Names and dilemmas with markup, emoji, right-to-left and absurd lengths stay plain text. */
describe('hostile text', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage

  const run = (command: Parameters<Harness['host']['dispatch']>[0]) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  }
  const sessionIds = () => harness.host.getSnapshot().session

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP)
    projector = await harness.open('projector', FULL_HD)
  })

  // Every screen starts from the same hostile session, whatever ran before.
  beforeEach(() => {
    harness.host.replaceSession(createSession(Date.now()))
    run({ type: 'setup/edit', title: `${SCRIPT} ${EMOJI}`, variant: 'both' })
    run({
      type: 'participant/add-many',
      names: [`${SCRIPT}`.slice(0, 80), `${EMOJI} Emma`, RTL, UNBROKEN.slice(0, 80)],
    })
    run({ type: 'dilemma/add', title: LONG_TITLE, description: `${SCRIPT}\n${UNBROKEN}` })
    run({ type: 'dilemma/add', title: UNBROKEN, variant: 'variant2' })
    run({ type: 'harvest/add', list: 'threads', text: `${SCRIPT} ${EMOJI}` })
    run({ type: 'harvest/add', list: 'threads', text: `${RTL} ${UNBROKEN}` })
    run({
      type: 'starter/edit',
      statement: LONG_TITLE.slice(0, 400),
      leftEnd: SCRIPT.slice(0, 200),
    })
    run({
      type: 'phase/add',
      kind: 'other',
      title: `${SCRIPT} ${EMOJI}`.slice(0, 200),
      plannedMinutes: 5,
    })
  })

  afterAll(async () => {
    await harness?.close()
  })

  /** Every projector screen with the hostile session, at both beamer sizes. */
  const screens: [string, () => void][] = [
    ['welcome', () => run({ type: 'phase/go', id: sessionIds().phases[0]?.id ?? null })],
    ['lineup', () => run({ type: 'phase/go', id: sessionIds().phases[1]?.id ?? null })],
    [
      'tally',
      () => {
        run({ type: 'phase/go', id: sessionIds().phases[3]?.id ?? null })
        run({ type: 'dilemma/make-current', id: sessionIds().dilemmas[0]?.id ?? null })
      },
    ],
    ['principle', () => run({ type: 'projector/show-principle', principleId: 'integer' })],
    [
      'speakers',
      () => {
        const id = sessionIds().dilemmas[1]?.id ?? ''
        run({ type: 'phase/go', id: sessionIds().phases[3]?.id ?? null })
        run({ type: 'dilemma/make-current', id })
        run({ type: 'v2/set-principles', dilemmaId: id, principleIds: ['open', 'integer'] })
        run({ type: 'v2/pick-speakers', dilemmaId: id, seed: 7 })
      },
    ],
    ['harvest', () => run({ type: 'phase/go', id: sessionIds().phases[4]?.id ?? null })],
    ['closing', () => run({ type: 'phase/go', id: sessionIds().phases[5]?.id ?? null })],
    ['phase-title', () => run({ type: 'phase/go', id: sessionIds().phases[6]?.id ?? null })],
  ]

  for (const [screen, go] of screens) {
    it(`keeps the ${screen} screen intact`, async () => {
      go()
      await shootProjector(projector.page, screen, `hostile-${screen}`)
      for (const viewport of [FULL_HD, OLD_BEAMER]) {
        await projector.page.setViewportSize(viewport)
        const layout = await projector.page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
          scripts: document.querySelectorAll('main script, main img').length,
          overflowX: document.documentElement.scrollWidth > window.innerWidth,
          overflowY: document.documentElement.scrollHeight > window.innerHeight,
        }))
        expect(layout).toEqual({ pwned: false, scripts: 0, overflowX: false, overflowY: false })
      }
      await projector.page.setViewportSize(FULL_HD)
    })
  }

  it('shows the markup literally in the presenter and never runs it', async () => {
    for (const section of ['Sessie', 'Deelnemers', 'Dilemma’s', 'Casus', 'Opbrengst']) {
      const tab = presenter.page
        .getByRole('navigation', { name: 'Onderdelen' })
        .getByRole('button', { name: section })
      await tab.click()
      // The section is drawn once its tab is current: checked then, not after a pause.
      await presenter.page.waitForFunction(
        (name) =>
          [...document.querySelectorAll('nav [aria-current="page"]')].some(
            (el) => el.textContent?.trim() === name,
          ),
        section,
      )
      const state = await presenter.page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: boolean }).__pwned === true,
        injected: document.querySelectorAll('main script, main img').length,
        overflowX: document.documentElement.scrollWidth > window.innerWidth,
      }))
      expect(state).toEqual({ pwned: false, injected: 0, overflowX: false })
      await saveScreenshot(presenter.page, `presenter-hostile-${section.replace('’', '')}-1366x768`)
    }
    await presenter.page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name: 'Dilemma’s' })
      .click()
    await expect(presenter.page.locator('main').textContent()).resolves.toContain('<script>')
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })
})
