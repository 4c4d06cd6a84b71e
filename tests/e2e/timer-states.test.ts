import type { Command } from '@core/commands/schema'
import { createSession } from '@core/session/default-session'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Harness, type WindowPage } from './harness/harness'
import { FULL_HD, LAPTOP, shootProjector } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

/** The projector's timer overlay through normal, warning and overtime, and the break screen. */
describe('timer states on the projector', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage

  const run = (command: Command) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  }
  const overlay = () => projector.page.getByTestId('projector-timer')
  const screenKind = async () =>
    (await projector.page.locator('main[data-screen]').getAttribute('data-screen')) ?? ''

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP)
    projector = await harness.open('projector', FULL_HD)
    await projector.page.emulateMedia({ reducedMotion: 'reduce' })
  })

  // Each state starts from the same point: a fresh session, its first phase running for 5 minutes.
  beforeEach(() => {
    harness.host.replaceSession(createSession(Date.now()))
    const phase = harness.host.getSnapshot().session.phases[0]
    if (!phase) throw new Error('the default programme has no phase')
    run({ type: 'phase/edit', id: phase.id, plannedMinutes: 5 })
    run({ type: 'phase/go', id: phase.id })
    run({ type: 'projector/set-timer', timer: 'phase' })
  })

  afterAll(async () => {
    await harness?.close()
  })

  it('shows a normal countdown without state words', async () => {
    await expect.poll(() => overlay().getAttribute('data-mood')).toBe('normal')
    await expect.poll(() => overlay().getAttribute('class')).toContain('projector-timer--normal')
    await expect
      .poll(() => projector.page.getByTestId('projector-timer-time').textContent())
      .toMatch(/0?[45]:\d\d/)
    expect(await projector.page.getByTestId('projector-timer-words').count()).toBe(0)
    await shootProjector(projector.page, await screenKind(), 'timer-normal')
  })

  it('warns in the last two minutes, in words as well as colour', async () => {
    run({ type: 'timer/adjust', timer: 'phase', minutes: -3 })
    await expect.poll(() => overlay().getAttribute('data-mood')).toBe('warning')
    await expect.poll(() => overlay().getAttribute('class')).toContain('projector-timer--warning')
    await expect
      .poll(() => projector.page.getByTestId('projector-timer-words').textContent())
      .toMatch(/nog \d+ min|laatste minuut/)
    await expect
      .poll(() => presenter.page.locator('[data-timer="phase"]').getAttribute('data-mood'))
      .toBe('warning')
    await expect
      .poll(() => presenter.page.getByTestId('timer-mood').textContent())
      .toMatch(/nog \d+ min|laatste minuut/)
    await shootProjector(projector.page, await screenKind(), 'timer-warning')
    await presenter.page.locator('[data-timer="phase"]').scrollIntoViewIfNeeded()
    await saveScreenshot(presenter.page, 'presenter-timer-warning-1366x768')
  })

  it('turns to overtime, counting up, once no time remains', async () => {
    run({ type: 'timer/adjust', timer: 'phase', minutes: -5 })
    await expect.poll(() => overlay().getAttribute('data-mood')).toBe('overtime')
    await expect.poll(() => overlay().getAttribute('class')).toContain('projector-timer--overtime')
    await expect
      .poll(() => projector.page.getByTestId('projector-timer-words').textContent())
      .toContain('tijd is om')
    await expect
      .poll(() => presenter.page.locator('[data-timer="phase"]').getAttribute('data-mood'))
      .toBe('overtime')
    await shootProjector(projector.page, await screenKind(), 'timer-overtime')
  })

  it('shows the break screen with the time to continue and a countdown', async () => {
    run({ type: 'timer/start-break', minutes: 15 })
    await projector.page.locator('main[data-screen="break"]').waitFor()
    await expect.poll(() => projector.page.getByTestId('break-view').isVisible()).toBe(true)
    await expect
      .poll(() => projector.page.getByTestId('break-view-line').textContent())
      .toMatch(/\d{1,2}[:.]\d\d/)
    await expect
      .poll(() => projector.page.getByTestId('break-view-countdown').textContent())
      .toMatch(/1[45]:\d\d/)
    // The break takes the beamer; the timer overlay steps aside.
    expect(await overlay().count()).toBe(0)
    await shootProjector(projector.page, 'break', 'timer-break')
  })
})
