import { contrastRatio } from '@core/principles/contrast'
import { defaultPrinciples } from '@core/session/default-session'
import { createSession } from '@core/session/default-session'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { probeContrast, type ContrastBox, type ContrastReport } from './harness/contrast-probe'
import { Harness, type WindowPage } from './harness/harness'
import { FULL_HD, OLD_BEAMER } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'
import { principleSurface } from '../../renderer/src/stage/principle-surface'

/**
 * "Every text/background pair on the projector at least 4.5:1, 7:1 for principle names", checked
 * on what the browser really paints: every screen, in both themes, with every default principle
 * colour under the names (each one large on its own, all of them on the overview and the tally,
 * and under the speakers), plus the timer in its three moods. Colours are read from the computed
 * styles under each line of text (see harness/contrast-probe.ts), not from a list kept by hand.
 */

const MIN_TEXT = 4.5
const MIN_NAME = 7
const THEMES = ['standard', 'high-contrast'] as const
const DECK = defaultPrinciples()
/** Colours a facilitator may choose (white on them between 5:1 and 5.5:1), on the first mats. */
const OWN_COLOURS = ['#2f6fb0', '#2e7d32', '#c0392b']
const OWN_DECK = DECK.map((principle, index) => ({
  ...principle,
  color: OWN_COLOURS[index] ?? principle.color,
}))

type Command = Parameters<Harness['host']['dispatch']>[0]

interface Step {
  readonly name: string
  readonly kind: string
  readonly go: () => void
  /**
   * Drawn in the stage's theme colours. The timer keeps its own mood colours (a red box for
   * overtime): it is checked for contrast, not for the high-contrast palette.
   */
  readonly themed?: false
}

/** High contrast: black ground, white text, yellow accents; principles in white on their colour. */
const HIGH_CONTRAST = { grounds: ['#000000', '#ffffff'], inks: ['#ffffff', '#ffd400', '#000000'] }

function highContrastProblems(boxes: readonly ContrastBox[]): string[] {
  return boxes.flatMap((box) => {
    const label = `"${box.text}" ${box.color} on ${box.backgrounds.join('/')}`
    if (box.inPrinciple) return box.color === '#ffffff' ? [] : [`${label}: not white`]
    const ground = box.backgrounds.every((bg) => HIGH_CONTRAST.grounds.includes(bg))
    const ink = HIGH_CONTRAST.inks.includes(box.color)
    return ground && ink ? [] : [`${label}: not black and white or yellow`]
  })
}

for (const theme of THEMES) {
  describe(`projector contrast in the ${theme} theme`, () => {
    let harness: Harness
    let projector: WindowPage

    const run = (command: Command) => {
      const result = harness.host.dispatch(command)
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
    }
    const session = () => harness.host.getSnapshot().session
    const phaseId = (kind: string) => session().phases.find((p) => p.kind === kind)?.id ?? ''
    const dilemmaId = (title: string) => session().dilemmas.find((d) => d.title === title)?.id

    const TALLY = 'Een uitzondering voor een schrijnend geval'
    const FIRST_FOUR = 'Informatie delen voordat het besluit openbaar is'
    const LAST_FOUR = 'Een wethouder vraagt om een gunst'

    beforeAll(async () => {
      harness = await Harness.start()
      projector = await harness.open('projector', FULL_HD)
      await projector.page.emulateMedia({ reducedMotion: 'reduce' })
    })

    /** A fresh session in this theme with all there is to show: every screen starts from it. */
    function reset(): void {
      harness.host.replaceSession(createSession(Date.now()))
      run({ type: 'projector/set-theme', theme })
      run({
        type: 'setup/edit',
        title: 'Teamdag Vergunningen',
        variant: 'both',
        moreInfo: 'intranet/av',
      })
      run({
        type: 'participant/add-many',
        names: ['Anna', 'Bram', 'Cees', 'Dewi', 'Eva', 'Fatima', 'Gert', 'Hanna'],
      })
      run({ type: 'starter/edit', statement: 'Ik ken de Gids', leftEnd: 'Nee', rightEnd: 'Ja' })
      run({ type: 'dilemma/add', title: TALLY, variant: 'variant1' })
      run({ type: 'dilemma/add', title: FIRST_FOUR, variant: 'variant2' })
      run({ type: 'dilemma/add', title: LAST_FOUR, variant: 'variant2' })
      run({ type: 'harvest/add', list: 'threads', text: 'Regels en menselijke maat schuren' })
      run({ type: 'phase/add', kind: 'other', title: 'Intermezzo', plannedMinutes: 10 })
    }

    beforeEach(reset)

    afterEach(() => {
      expect(projector.problems).toEqual([])
    })

    afterAll(async () => {
      await harness?.close()
    })

    const phaseTimer = () => {
      run({ type: 'phase/go', id: phaseId('other') })
      run({ type: 'projector/set-timer', timer: 'phase' })
    }

    const speakersOn = (title: string, principleIds: string[]) => () => {
      const id = dilemmaId(title) ?? ''
      run({ type: 'phase/go', id: phaseId('casework') })
      run({ type: 'dilemma/make-current', id })
      run({ type: 'v2/set-principles', dilemmaId: id, principleIds })
      run({ type: 'v2/pick-speakers', dilemmaId: id, seed: 5 })
    }

    const steps: Step[] = [
      {
        name: 'welcome',
        kind: 'welcome',
        go: () => run({ type: 'phase/go', id: phaseId('welcome') }),
      },
      {
        name: 'lineup',
        kind: 'lineup',
        go: () => run({ type: 'phase/go', id: phaseId('starter') }),
      },
      {
        name: 'principles',
        kind: 'principles',
        go: () => run({ type: 'phase/go', id: phaseId('explanation') }),
      },
      {
        name: 'tally',
        kind: 'tally',
        go: () => {
          const id = dilemmaId(TALLY) ?? ''
          run({ type: 'phase/go', id: phaseId('casework') })
          run({ type: 'dilemma/make-current', id })
          // Some rows full, some half, some empty: the name stands on the fill and on the track.
          DECK.forEach((principle, index) =>
            run({ type: 'tally/set', dilemmaId: id, principleId: principle.id, count: index % 3 }),
          )
        },
      },
      ...DECK.map((principle): Step => ({
        name: `principle-${principle.id}`,
        kind: 'principle',
        go: () => run({ type: 'projector/show-principle', principleId: principle.id }),
      })),
      {
        name: 'speakers-first-four',
        kind: 'speakers',
        go: speakersOn(
          FIRST_FOUR,
          DECK.slice(0, 4).map((p) => p.id),
        ),
      },
      {
        name: 'speakers-last-four',
        kind: 'speakers',
        go: speakersOn(
          LAST_FOUR,
          DECK.slice(-4).map((p) => p.id),
        ),
      },
      {
        name: 'harvest',
        kind: 'harvest',
        go: () => run({ type: 'phase/go', id: phaseId('harvest') }),
      },
      {
        name: 'closing',
        kind: 'closing',
        go: () => run({ type: 'phase/go', id: phaseId('closing') }),
      },
      {
        name: 'phase-title-timer',
        themed: false,
        kind: 'phase-title',
        go: phaseTimer,
      },
      {
        name: 'timer-warning',
        themed: false,
        kind: 'phase-title',
        go: () => {
          phaseTimer()
          run({ type: 'timer/adjust', timer: 'phase', minutes: -9 })
        },
      },
      {
        name: 'timer-overtime',
        themed: false,
        kind: 'phase-title',
        go: () => {
          phaseTimer()
          run({ type: 'timer/adjust', timer: 'phase', minutes: -10 })
        },
      },
      {
        name: 'break',
        kind: 'break',
        go: () => run({ type: 'timer/start-break', minutes: 15 }),
      },
      {
        name: 'pause',
        kind: 'pause',
        go: () => run({ type: 'projector/blackout', blackout: 'pause' }),
      },
      // A facilitator's own colours, accepted at 4.5:1 with white: names still stand at 7:1.
      {
        name: 'own-colours-overview',
        kind: 'principles',
        go: () => {
          run({ type: 'principle/replace-all', principles: OWN_DECK })
          run({ type: 'phase/go', id: phaseId('explanation') })
        },
      },
      {
        name: 'own-colours-principle',
        kind: 'principle',
        go: () => {
          run({ type: 'principle/replace-all', principles: OWN_DECK })
          run({ type: 'projector/show-principle', principleId: OWN_DECK[0]?.id ?? null })
        },
      },
    ]

    async function measure(kind: string): Promise<ContrastReport> {
      const { page } = projector
      const revision = harness.host.getSnapshot().revision
      await page
        .locator(`main[data-screen="${kind}"][data-revision="${revision}"][data-theme="${theme}"]`)
        .waitFor()
      await page.evaluate(async () => {
        await document.fonts.ready
        await new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done())),
        )
      })
      return page.evaluate(probeContrast)
    }

    for (const step of steps) {
      it(`keeps every text on the ${step.name} screen at 4.5:1, names at 7:1`, async () => {
        step.go()
        const { boxes, unchecked } = await measure(step.kind)
        expect(boxes.length, `text on ${step.name}`).toBeGreaterThan(0)
        expect(unchecked, 'texts with no painted point to check').toEqual([])
        const problems = boxes
          .filter((box) => box.ratio < (box.isName ? MIN_NAME : MIN_TEXT))
          .map(
            (box) =>
              `"${box.text}" ${box.color} on ${box.backgrounds.join('/')}: ${box.ratio}:1` +
              ` (needs ${box.isName ? MIN_NAME : MIN_TEXT}:1)`,
          )
        expect(problems).toEqual([])
        if (theme === 'high-contrast' && step.themed !== false)
          expect(highContrastProblems(boxes)).toEqual([])
        const worst = Math.min(...boxes.map((box) => box.ratio))
        console.info(`contrast on ${step.name} (${theme}): lowest ${worst}:1`)
        if (step.name.startsWith('principle-') && step.name !== `principle-${DECK[0]?.id}`) return
        await saveScreenshot(projector.page, `contrast-${theme}-${step.name}`)
      })
    }

    /** The background colours under principle names on these screens, each from a fresh session. */
    async function backgroundsUnderNames(shown: readonly Step[]): Promise<Set<string>> {
      const seen = new Set<string>()
      for (const step of shown) {
        reset()
        step.go()
        const { boxes } = await measure(step.kind)
        for (const box of boxes.filter((b) => b.isName))
          box.backgrounds.forEach((bg) => seen.add(bg))
      }
      return seen
    }
    const withNames = (step: Step) =>
      ['principles', 'tally', 'principle', 'speakers'].includes(step.kind)
    const ownColours = (step: Step) => step.name.startsWith('own-colours')

    it('checks every default principle colour under the names, as it is', async () => {
      const underNames = await backgroundsUnderNames(
        steps.filter((step) => withNames(step) && !ownColours(step)),
      )
      const missing = DECK.filter((p) => !underNames.has(p.color.toLowerCase())).map((p) => p.id)
      expect(missing).toEqual([])
    })

    it('darkens the own colours below 7:1 just enough for the names', async () => {
      const underNames = await backgroundsUnderNames(steps.filter(ownColours))
      for (const color of OWN_COLOURS) {
        expect(contrastRatio(color, '#ffffff')).toBeLessThan(MIN_NAME)
        expect(underNames.has(color)).toBe(false)
        expect(underNames.has(principleSurface(color))).toBe(true)
      }
    })

    it('shows nothing but black on the black screen', async () => {
      run({ type: 'projector/blackout', blackout: 'black' })
      try {
        const { boxes, unchecked } = await measure('black')
        expect(boxes).toEqual([])
        expect(unchecked).toEqual([])
        const corner = await projector.page.evaluate(() => {
          const element = document.elementFromPoint(5, window.innerHeight - 5)
          return element ? getComputedStyle(element).backgroundColor : ''
        })
        expect(corner).toBe('rgb(0, 0, 0)')
        await projector.page.setViewportSize(OLD_BEAMER)
        await saveScreenshot(projector.page, `contrast-${theme}-black`)
      } finally {
        await projector.page.setViewportSize(FULL_HD)
        run({ type: 'projector/blackout', blackout: 'none' })
      }
    })
  })
}
