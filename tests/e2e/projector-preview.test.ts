import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createSession } from '@core/session/default-session'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Harness, type WindowPage } from './harness/harness'
import { FULL_HD, LAPTOP } from './harness/projector-shots'
import { SCREENSHOT_DIR, saveScreenshot } from './harness/screenshots'

/**
 * The presenter's thumbnail of the beamer is the projector's own stage at another size: the same
 * screen, theme and text size, and every text at the same share of the stage's height (container
 * units), so what the facilitator sees small is what the room sees large.
 */

type Command = Parameters<Harness['host']['dispatch']>[0]

interface StageText {
  readonly text: string
  /** Font size as a share of the stage's height. */
  readonly size: number
}

interface StageView {
  readonly screen: string | null
  readonly revision: string | null
  readonly theme: string | null
  readonly fontScale: string | null
  readonly width: number
  readonly height: number
  readonly texts: StageText[]
}

/** Runs in a page: the stage matching `selector` and every text in it. */
function readStage(selector: string): StageView | null {
  const stage = document.querySelector<HTMLElement>(selector)
  if (!stage) return null
  const box = stage.getBoundingClientRect()
  const texts: StageText[] = []
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    const text = (node.textContent ?? '').trim()
    if (!parent || text === '') continue
    texts.push({ text, size: parseFloat(getComputedStyle(parent).fontSize) / box.height })
  }
  return {
    screen: stage.getAttribute('data-screen'),
    revision: stage.getAttribute('data-revision'),
    theme: stage.getAttribute('data-theme'),
    fontScale: stage.getAttribute('data-font-scale'),
    width: box.width,
    height: box.height,
    texts,
  }
}

const PREVIEW_STAGE = '[data-testid="projector-preview"] [data-revision]'
const PROJECTOR_STAGE = 'main[data-revision]'

describe('the projector preview in the presenter', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage

  const run = (command: Command) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  }
  const session = () => harness.host.getSnapshot().session

  async function stageIn(page: Page, selector: string): Promise<StageView> {
    const revision = String(harness.host.getSnapshot().revision)
    await page
      .locator(selector.replace('[data-revision]', `[data-revision="${revision}"]`))
      .waitFor()
    await page.evaluate(() => document.fonts.ready)
    const view = await page.evaluate(readStage, selector)
    if (!view) throw new Error(`no stage ${selector}`)
    return view
  }

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP)
    projector = await harness.open('projector', FULL_HD)
  })

  // Every screen is brought about from the same fresh session: four people, one dilemma.
  beforeEach(() => {
    harness.host.replaceSession(createSession(Date.now()))
    run({ type: 'participant/add-many', names: ['Anna', 'Bram', 'Cees', 'Dewi'] })
    run({ type: 'dilemma/add', title: 'Een gunst voor de wethouder', variant: 'variant2' })
  })

  afterAll(async () => {
    await harness?.close()
  })

  afterEach(() => {
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })

  const casework = () => session().phases.find((p) => p.kind === 'casework')?.id ?? ''

  const steps: { name: string; commands: () => Command[]; label: string }[] = [
    { name: 'welcome', commands: () => [], label: 'welkomstscherm' },
    {
      name: 'speakers-high-contrast-120',
      commands: () => {
        const dilemmaId = session().dilemmas[0]?.id ?? ''
        const principleIds = session()
          .principles.slice(0, 4)
          .map((p) => p.id)
        return [
          { type: 'projector/set-theme', theme: 'high-contrast' },
          { type: 'projector/set-font-scale', fontScale: 1.2 },
          { type: 'phase/go', id: casework() },
          { type: 'dilemma/make-current', id: dilemmaId },
          { type: 'v2/set-principles', dilemmaId, principleIds },
          { type: 'v2/pick-speakers', dilemmaId, seed: 2 },
        ]
      },
      label: 'vier principes, vier sprekers',
    },
    {
      name: 'principles-standard-80',
      commands: () => [
        { type: 'projector/set-theme', theme: 'standard' },
        { type: 'projector/set-font-scale', fontScale: 0.8 },
        { type: 'phase/go', id: casework() },
      ],
      label: 'alle principes',
    },
    {
      name: 'pause',
      commands: () => [{ type: 'projector/blackout', blackout: 'pause' }],
      label: 'pauzescherm',
    },
    {
      name: 'black',
      commands: () => [{ type: 'projector/blackout', blackout: 'black' }],
      label: 'zwart, de beamer is donker',
    },
  ]

  for (const step of steps) {
    it(`shows the ${step.name} screen as the projector does, in small`, async () => {
      for (const command of step.commands()) run(command)
      const [small, large] = await Promise.all([
        stageIn(presenter.page, PREVIEW_STAGE),
        stageIn(projector.page, PROJECTOR_STAGE),
      ])
      expect({ ...small, width: 0, height: 0, texts: [] }).toEqual({
        ...large,
        width: 0,
        height: 0,
        texts: [],
      })
      // A 16:9 thumbnail between 240 and 420 pixels wide.
      expect(small.width).toBeGreaterThanOrEqual(240)
      expect(small.width).toBeLessThanOrEqual(420)
      expect(small.width / small.height).toBeCloseTo(16 / 9, 1)
      expect(small.texts.map((t) => t.text)).toEqual(large.texts.map((t) => t.text))
      small.texts.forEach((text, index) =>
        expect(text.size, text.text).toBeCloseTo(large.texts[index]?.size ?? 0, 3),
      )
      const label = presenter.page.getByTestId('projector-preview-label')
      await expect(label.textContent()).resolves.toBe(`Voorbeeld van de beamer: ${step.label}`)
      await mkdir(SCREENSHOT_DIR, { recursive: true })
      await presenter.page
        .getByTestId('projector-preview')
        .screenshot({ path: join(SCREENSHOT_DIR, `preview-${step.name}.png`) })
    })
  }

  it('hides the thumbnail from screen readers and keeps one main landmark', async () => {
    await saveScreenshot(presenter.page, 'preview-in-presenter')
    const frame = presenter.page.locator('[data-testid="projector-preview"] > [aria-hidden="true"]')
    await expect(frame.count()).resolves.toBe(1)
    await expect(presenter.page.locator('main').count()).resolves.toBe(1)
  })
})
