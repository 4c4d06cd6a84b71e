import { afterEach, describe, expect, it } from 'vitest'
import type { CDPSession } from 'playwright-core'
import { Harness, type WindowPage } from './harness/harness'

const BEAMER = { width: 1280, height: 720 }
const PUSHES = 20

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

/** Scripts the page compiles while `during` runs, as the DevTools protocol reports them. */
async function scriptsCompiled(cdp: CDPSession, during: () => Promise<void>): Promise<number> {
  let compiled = 0
  const count = () => {
    compiled += 1
  }
  // Enabling reports every script compiled so far; those are not counted.
  await cdp.send('Debugger.enable')
  cdp.on('Debugger.scriptParsed', count)
  try {
    await during()
  } finally {
    cdp.off('Debugger.scriptParsed', count)
    await cdp.send('Debugger.disable')
  }
  return compiled
}

/** Shows a principle and clears it again, PUSHES times in all, then lets the pushes arrive. */
async function pushMany(started: Harness): Promise<void> {
  for (let k = 0; k < PUSHES; k++) {
    const principleId = k % 2 === 0 ? 'integer' : null
    const result = started.host.dispatch({ type: 'projector/show-principle', principleId })
    if (!result.ok) throw new Error('refused')
  }
  // Counted without asking the page anything: a question would be a script of its own.
  await new Promise((resolve) => setTimeout(resolve, 1000))
}

async function openBeamer(started: Harness): Promise<{ beamer: WindowPage; cdp: CDPSession }> {
  const beamer = await started.open('projector', BEAMER)
  await beamer.page.getByTestId('welcome-view').waitFor()
  // The later screens' chunks load after the first paint; they are compiled once, not per push.
  await beamer.page.waitForLoadState('networkidle')
  return { beamer, cdp: await beamer.page.context().newCDPSession(beamer.page) }
}

describe('the harness talking to the pages over HTTP (the soak’s transport)', () => {
  it('brings every snapshot to the beamer, which shows the last one', async () => {
    harness = await Harness.start({ overHttp: true })
    const { beamer } = await openBeamer(harness)
    harness.host.dispatch({ type: 'projector/show-principle', principleId: 'integer' })
    await beamer.page
      .getByTestId('projector-principle-name')
      .filter({ hasText: 'Integer' })
      .waitFor()
    harness.host.dispatch({ type: 'projector/show-principle', principleId: null })
    await beamer.page.getByTestId('welcome-view').waitFor()
    expect(beamer.problems).toEqual([])
  })

  it('carries the presenter page’s own calls to main and their answers back', async () => {
    harness = await Harness.start({ overHttp: true })
    const { beamer } = await openBeamer(harness)
    const presenter = await harness.open('presenter', { width: 1366, height: 768 })
    const result = await presenter.page.evaluate(async () => {
      const api = window.dilemmaApi
      if (!api || !('dispatch' in api)) throw new Error('no dispatch')
      return api.dispatch({ type: 'projector/show-principle', principleId: 'integer' })
    })
    expect(result.ok).toBe(true)
    expect(harness.host.getSnapshot().session.projector.principleId).toBe('integer')
    await beamer.page
      .getByTestId('projector-principle-name')
      .filter({ hasText: 'Integer' })
      .waitFor()
    expect([...presenter.problems, ...beamer.problems]).toEqual([])
  })

  it('makes the page compile no script per push, where page.evaluate makes one or more', async () => {
    harness = await Harness.start({ overHttp: true })
    const streamed = await openBeamer(harness)
    const overStreams = await scriptsCompiled(streamed.cdp, () => pushMany(harness as Harness))
    await harness.close()

    harness = await Harness.start()
    const evaluated = await openBeamer(harness)
    const overEvaluate = await scriptsCompiled(evaluated.cdp, () => pushMany(harness as Harness))

    expect(overStreams).toBe(0)
    expect(overEvaluate).toBeGreaterThanOrEqual(PUSHES)
    expect([...streamed.beamer.problems, ...evaluated.beamer.problems]).toEqual([])
  })
})
