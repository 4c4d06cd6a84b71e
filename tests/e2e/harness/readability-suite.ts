import { defaultPrinciples } from '@core/session/default-session'
import type { Principle } from '@core/session/schema'
import type { Page } from 'playwright-core'
import { createSession } from '@core/session/default-session'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Harness, type Viewport, type WindowPage } from './harness'
import { FULL_HD, LAPTOP, OLD_BEAMER } from './projector-shots'
import { saveScreenshot } from './screenshots'

/**
 * "Nothing on the projector is smaller than would be readable from 8 m on a 2 m wide image":
 * principle names at least 8% of the window height, every other text at least 3.5%, at every
 * beamer size, for the default deck of seven principles. Nothing sticks out of the window, the
 * page does not scroll, no word is broken over two lines or cut, and no name is clipped. In both
 * themes and at the smallest and largest text size the facilitator can choose.
 */

const MIN_TEXT = 0.035
const MIN_NAME = 0.08
/** Chromium keeps font sizes in fractional pixels; allow a hundredth of a pixel of rounding. */
const ROUNDING_PX = 0.01

const FIVE_FOUR: Viewport = { width: 1280, height: 1024 }
const LARGE_16_10: Viewport = { width: 1920, height: 1200 }

/** Every beamer shape: 4:3, 5:4, 16:10 (small and large) and 16:9, from 1024×768 to 1920×1200. */
const SIZES: readonly Viewport[] = [
  OLD_BEAMER,
  FIVE_FOUR,
  { width: 1280, height: 800 },
  LARGE_16_10,
  LAPTOP,
  FULL_HD,
]

/** The sizes a screenshot is saved at: the smallest, the narrowest, and the largest of each shape. */
const SHOT_SIZES: readonly Viewport[] = [OLD_BEAMER, FIVE_FOUR, LARGE_16_10, FULL_HD]
/**
 * A screen again with the corner timer is measured at every size like the others, and kept as a
 * picture at the smallest beamer only, where the timer has least room: a picture at each size
 * costs more time than all the measuring and shows what the one without the timer shows.
 */
const TIMER_SHOT_SIZES: readonly Viewport[] = [OLD_BEAMER]

/** One element that directly holds text, as measured in the page. */
interface TextBox {
  readonly text: string
  readonly fontPx: number
  readonly isName: boolean
  /** Whether the text is part of the corner timer. */
  readonly inTimer: boolean
  readonly rect: { left: number; top: number; right: number; bottom: number }
  /** The part of the box its visible letters take. */
  readonly ink: { left: number; top: number; right: number; bottom: number }
  /** Words laid out on more than one line (broken mid-word, not after a hyphen or slash). */
  readonly brokenWords: string[]
  /** Words partly hidden by a clipping box or the window edge (cut through). */
  readonly cutWords: string[]
  /** Words left out entirely beside their box (an ellipsis), or any left-out word of a name. */
  readonly hiddenWords: string[]
  /** Words of a text clamped to fewer lines than it needs, left out below its box. */
  readonly clampedWords: string[]
}

interface Measurement {
  readonly width: number
  readonly height: number
  readonly scrollWidth: number
  readonly scrollHeight: number
  /** The corner timer's box, when it shows. */
  readonly timer: { left: number; top: number; right: number; bottom: number } | null
  readonly boxes: TextBox[]
}

/** Runs in the page: every visible element that directly contains non-whitespace text. */
function measure(): Measurement {
  type Rect = { left: number; top: number; right: number; bottom: number }
  const viewport: Rect = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
  const intersect = (a: Rect, b: Rect): Rect => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  })
  /** The part of the window the element's own box and its clipping ancestors leave visible. */
  const clipOf = (element: Element): Rect => {
    let clip = viewport
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
        clip = intersect(clip, node.getBoundingClientRect())
    }
    return clip
  }
  const TOLERANCE = 0.5
  const inside = (r: Rect, c: Rect) =>
    r.left >= c.left - TOLERANCE &&
    r.right <= c.right + TOLERANCE &&
    r.top >= c.top - TOLERANCE &&
    r.bottom <= c.bottom + TOLERANCE
  const outside = (r: Rect, c: Rect) =>
    r.right <= c.left + TOLERANCE ||
    r.left >= c.right - TOLERANCE ||
    r.bottom <= c.top + TOLERANCE ||
    r.top >= c.bottom - TOLERANCE

  const byElement = new Map<Element, Text[]>()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text
    const parent = text.parentElement
    if (!parent || text.data.trim() === '') continue
    if (parent.closest('script, style, template')) continue
    byElement.set(parent, [...(byElement.get(parent) ?? []), text])
  }

  const boxes: TextBox[] = []
  for (const [element, texts] of byElement) {
    const style = getComputedStyle(element)
    const rect = element.getBoundingClientRect()
    if (style.visibility === 'hidden' || rect.width === 0 || rect.height === 0) continue
    const isName = element.closest('[data-role="principle-name"]') !== null
    const inTimer = element.closest('[data-testid="projector-timer"]') !== null
    const fontPx = parseFloat(style.fontSize)
    const lineHeightPx = style.lineHeight === 'normal' ? fontPx * 1.2 : parseFloat(style.lineHeight)
    const clip = clipOf(element)
    const brokenWords: string[] = []
    const cutWords: string[] = []
    const hiddenWords: string[] = []
    const clampedWords: string[] = []
    // Where the letters themselves stand (a block's box may be wider than its text).
    let ink: Rect | null = null
    for (const text of texts) {
      // A word, or a part of one up to a hyphen or slash (a line may break after those).
      for (const match of text.data.matchAll(/[^\s/-]+[/-]*|[/-]+/g)) {
        const range = document.createRange()
        range.setStart(text, match.index)
        range.setEnd(text, match.index + match[0].length)
        // Pieces of one word more than half a line apart stand on different lines.
        const tops = [...range.getClientRects()]
          .filter((r) => r.width > 0)
          .map((r) => r.top)
          .sort((a, b) => a - b)
        if (tops.some((top, i) => i > 0 && top - (tops[i - 1] ?? top) > lineHeightPx / 2))
          brokenWords.push(match[0])
        const glyphs = range.getBoundingClientRect()
        if (glyphs.width === 0) continue
        ink = ink
          ? {
              left: Math.min(ink.left, glyphs.left),
              top: Math.min(ink.top, glyphs.top),
              right: Math.max(ink.right, glyphs.right),
              bottom: Math.max(ink.bottom, glyphs.bottom),
            }
          : { left: glyphs.left, top: glyphs.top, right: glyphs.right, bottom: glyphs.bottom }
        // The font's ascent and descent may reach beyond a tight line box (and not evenly):
        // vertically only the line itself counts, give or take a tenth of the font size.
        const slack = Math.max(0, (glyphs.height - lineHeightPx) / 2) + fontPx / 10
        const box: Rect = {
          left: glyphs.left,
          right: glyphs.right,
          top: glyphs.top + slack,
          bottom: glyphs.bottom - slack,
        }
        if (inside(box, clip)) continue
        // Partly visible: cut through. Not at all: left out, below the box by a line clamp
        // (a name is never clamped) or beside it by an ellipsis.
        if (!outside(box, clip)) cutWords.push(match[0])
        else if (!isName && box.top >= clip.bottom - TOLERANCE) clampedWords.push(match[0])
        else hiddenWords.push(match[0])
      }
    }
    boxes.push({
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      fontPx,
      isName,
      inTimer,
      rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      ink: ink ?? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      brokenWords,
      cutWords,
      hiddenWords,
      clampedWords,
    })
  }
  const timer = document.querySelector('[data-testid="projector-timer"]')
  const timerRect = timer?.getBoundingClientRect()
  return {
    width: window.innerWidth,
    height: window.innerHeight,
    timer:
      timerRect && timerRect.width > 0 && timerRect.height > 0
        ? {
            left: timerRect.left,
            top: timerRect.top,
            right: timerRect.right,
            bottom: timerRect.bottom,
          }
        : null,
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    boxes,
  }
}

interface Rule {
  /** Smallest principle name, as a share of the window height. */
  readonly minName: number
  /** Whether a text other than a name may be clamped to fewer lines than it needs. */
  readonly allowClamped: boolean
}

const STRICT: Rule = { minName: MIN_NAME, allowClamped: false }

/**
 * The facilitator's theme and text size. The minimums hold in every look: a smaller text size
 * stops at them, a larger one only grows what still fits (at 150% a long text may be clamped to
 * its lines with an ellipsis; names never are, and nothing is cut or sticks out).
 */
export interface Look {
  readonly theme: 'standard' | 'high-contrast'
  readonly fontScale: number
  /** Whether texts other than names may be clamped at this size. */
  readonly allowClamped: boolean
  /**
   * Whether every screen is measured again with the corner timer on: in the looks at the ends
   * of the range (standard at 100%, high contrast at 150%); the timer keeps one size and the
   * theme changes no layout, so the looks between add nothing but minutes.
   */
  readonly withTimer: boolean
}

export const LOOKS: readonly Look[] = [
  { theme: 'standard', fontScale: 1, allowClamped: false, withTimer: true },
  { theme: 'high-contrast', fontScale: 1, allowClamped: false, withTimer: false },
  { theme: 'standard', fontScale: 0.8, allowClamped: false, withTimer: false },
  { theme: 'high-contrast', fontScale: 1.5, allowClamped: true, withTimer: true },
]

/** '' for the standard look, so its screenshots keep their names; else e.g. '-high-contrast-150'. */
function suffixOf(look: Look): string {
  const theme = look.theme === 'standard' ? '' : `-${look.theme}`
  const scale = look.fontScale === 1 ? '' : `-${Math.round(look.fontScale * 100)}`
  return `${theme}${scale}`
}

/** Everything that breaks the rule, one line each, naming the offending text. */
function problemsOf(m: Measurement, rule: Rule): string[] {
  const problems: string[] = []
  const percent = (px: number) => `${((px / m.height) * 100).toFixed(2)}vh`
  if (m.scrollWidth > m.width || m.scrollHeight > m.height)
    problems.push(`the page scrolls: ${m.scrollWidth}×${m.scrollHeight}`)
  for (const box of m.boxes) {
    const label = `"${box.text}"`
    if (box.fontPx < MIN_TEXT * m.height - ROUNDING_PX)
      problems.push(`${label} is ${percent(box.fontPx)}, below 3.5vh`)
    if (box.isName && box.fontPx < rule.minName * m.height - ROUNDING_PX)
      problems.push(
        `principle name ${label} is ${percent(box.fontPx)}, below ${rule.minName * 100}vh`,
      )
    const { left, top, right, bottom } = box.rect
    if (left < -0.5 || top < -0.5 || right > m.width + 0.5 || bottom > m.height + 0.5)
      problems.push(`${label} sticks out of the window: ${JSON.stringify(box.rect)}`)
    if (box.brokenWords.length > 0)
      problems.push(`${label} breaks a word over two lines: ${box.brokenWords.join(', ')}`)
    if (box.cutWords.length > 0)
      problems.push(`${label} is cut through: ${box.cutWords.join(', ')}`)
    if (box.hiddenWords.length > 0)
      problems.push(`${label} leaves words out: ${box.hiddenWords.join(', ')}`)
    if (!rule.allowClamped && box.clampedWords.length > 0)
      problems.push(`${label} is clamped, leaving out: ${box.clampedWords.join(', ')}`)
    // The corner timer stands on top of the screen: it may cover no text.
    const timer = m.timer
    if (
      timer &&
      !box.inTimer &&
      box.ink.left < timer.right - 0.5 &&
      box.ink.right > timer.left + 0.5 &&
      box.ink.top < timer.bottom - 0.5 &&
      box.ink.bottom > timer.top + 0.5
    )
      problems.push(`${label} is covered by the timer: ${JSON.stringify(timer)}`)
  }
  return problems
}

function settle(page: Page): Promise<void> {
  return page.evaluate(async () => {
    await document.fonts.ready
    await new Promise<void>((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done())),
    )
  })
}

export function describeLook(look: Look): void {
  const suffix = suffixOf(look)
  const lookRule: Rule = { ...STRICT, allowClamped: look.allowClamped }
  describe(`projector readability from the back of the room (${look.theme}, text ${look.fontScale * 100}%)`, () => {
    let harness: Harness
    let projector: WindowPage

    const run = (command: Parameters<Harness['host']['dispatch']>[0]) => {
      const result = harness.host.dispatch(command)
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
    }
    const session = () => harness.host.getSnapshot().session
    const phaseId = (kind: string) => {
      const phase = session().phases.find((p) => p.kind === kind)
      if (!phase) throw new Error(`no ${kind} phase`)
      return phase.id
    }
    const dilemmaId = (title: string) => {
      const dilemma = session().dilemmas.find((d) => d.title === title)
      if (!dilemma) throw new Error(`no dilemma ${title}`)
      return dilemma.id
    }

    const TALLY = 'Een uitzondering voor een schrijnend geval'
    const SPEAKERS = 'Informatie delen met een burger voordat het besluit openbaar is'

    beforeAll(async () => {
      harness = await Harness.start()
      projector = await harness.open('projector', FULL_HD)
      await projector.page.emulateMedia({ reducedMotion: 'reduce' })
    })

    // Every screen is reached from the same fresh session in this look, whatever ran before.
    beforeEach(() => {
      harness.host.replaceSession(createSession(Date.now()))
      run({ type: 'projector/set-theme', theme: look.theme })
      run({ type: 'projector/set-font-scale', fontScale: look.fontScale })
      // The bars are measured as soon as they are counted; the hidden count is a screen of its own.
      run({ type: 'projector/hide-tally', moment: 'first', hide: false })
      run({
        type: 'setup/edit',
        title: 'Dansende Dilemma’s met team Vergunningen',
        variant: 'both',
        moreInfo: 'intranet/ambtelijk-vakmanschap',
        facilitators: ['Anna de Vries', 'Mohammed El Amrani'],
      })
      run({
        type: 'participant/add-many',
        names: ['Anna', 'Bram', 'Cees', 'Dewi', 'Eva', 'Fatima', 'Gert', 'Hanna'],
      })
      run({
        type: 'starter/edit',
        statement: 'Ik weet wat ambtelijk vakmanschap voor mij betekent',
        leftEnd: 'Helemaal mee oneens',
        rightEnd: 'Helemaal mee eens',
      })
      run({ type: 'dilemma/add', title: TALLY, variant: 'variant1' })
      run({ type: 'dilemma/add', title: SPEAKERS, variant: 'variant2' })
      for (const text of [
        'Regels en menselijke maat schuren',
        'Tijdsdruk verdringt zorgvuldigheid',
        'We bespreken twijfels te weinig met elkaar',
        'Meer tijd nemen voor de burger aan de balie',
      ])
        run({ type: 'harvest/add', list: 'threads', text })
      run({ type: 'phase/add', kind: 'other', title: 'Pauze', plannedMinutes: 10 })
    })

    afterEach(() => {
      expect(projector.problems).toEqual([])
    })

    afterAll(async () => {
      await harness?.close()
    })

    /** The variant-2 dilemma on the floor: four principles, four speakers; returns its id. */
    function speakersOnFloor(): string {
      const id = dilemmaId(SPEAKERS)
      run({ type: 'phase/go', id: phaseId('casework') })
      run({ type: 'dilemma/make-current', id })
      const principleIds = ['rechtsstatelijk', 'rechtvaardig', 'dienstbaar', 'respectvol']
      run({ type: 'v2/set-principles', dilemmaId: id, principleIds })
      run({ type: 'v2/pick-speakers', dilemmaId: id, seed: 7 })
      return id
    }

    /** Each projector screen kind, reached as the facilitator would, and its principle names. */
    const screens: {
      name: string
      kind: string
      names: number
      go: () => void
    }[] = [
      {
        name: 'welcome',
        kind: 'welcome',
        names: 0,
        go: () => run({ type: 'phase/go', id: phaseId('welcome') }),
      },
      {
        name: 'lineup',
        kind: 'lineup',
        names: 0,
        go: () => run({ type: 'phase/go', id: phaseId('starter') }),
      },
      {
        name: 'principles-explanation',
        kind: 'principles',
        names: 7,
        go: () => run({ type: 'phase/go', id: phaseId('explanation') }),
      },
      {
        name: 'principles-casework',
        kind: 'principles',
        names: 7,
        go: () => {
          run({ type: 'phase/go', id: phaseId('casework') })
          run({ type: 'dilemma/make-current', id: null })
        },
      },
      {
        name: 'tally',
        kind: 'tally',
        names: 7,
        go: () => {
          const id = dilemmaId(TALLY)
          run({ type: 'phase/go', id: phaseId('casework') })
          run({ type: 'dilemma/make-current', id })
          const counts: Record<string, number> = { dienstbaar: 4, integer: 2, rechtsstatelijk: 12 }
          for (const [principleId, count] of Object.entries(counts))
            run({ type: 'tally/set', dilemmaId: id, principleId, count })
        },
      },
      {
        name: 'tally-waiting',
        kind: 'tally',
        names: 0,
        go: () => {
          run({ type: 'projector/hide-tally', moment: 'first', hide: true })
          run({ type: 'phase/go', id: phaseId('casework') })
          run({ type: 'dilemma/make-current', id: dilemmaId(TALLY) })
        },
      },
      {
        name: 'tally-after',
        kind: 'tally',
        names: 7,
        go: () => {
          const id = dilemmaId(TALLY)
          run({ type: 'phase/go', id: phaseId('casework') })
          run({ type: 'dilemma/make-current', id })
          const first: Record<string, number> = { dienstbaar: 4, integer: 2, rechtsstatelijk: 12 }
          for (const [principleId, count] of Object.entries(first))
            run({ type: 'tally/set', dilemmaId: id, principleId, count })
          run({ type: 'tally/moment', dilemmaId: id, moment: 'after' })
          const after: Record<string, number> = { dienstbaar: 1, vakkundig: 3, rechtsstatelijk: 14 }
          for (const [principleId, count] of Object.entries(after))
            run({ type: 'tally/set', dilemmaId: id, principleId, count })
        },
      },
      {
        name: 'principle',
        kind: 'principle',
        names: 1,
        go: () => run({ type: 'projector/show-principle', principleId: 'rechtsstatelijk' }),
      },
      {
        name: 'speakers-choosing',
        kind: 'speakers',
        names: 7,
        go: () => {
          run({ type: 'projector/show-principle', principleId: null })
          const id = dilemmaId(SPEAKERS)
          run({ type: 'phase/go', id: phaseId('casework') })
          run({ type: 'dilemma/make-current', id })
          const principleIds = ['rechtsstatelijk', 'dienstbaar']
          run({ type: 'v2/set-principles', dilemmaId: id, principleIds })
        },
      },
      {
        name: 'speakers',
        kind: 'speakers',
        names: 4,
        go: () => {
          run({ type: 'projector/show-principle', principleId: null })
          speakersOnFloor()
        },
      },
      {
        name: 'round-notes',
        kind: 'round-notes',
        names: 0,
        go: () => {
          const id = speakersOnFloor()
          const notes = {
            tops: 'Iedereen liet de ander uitpraten.\nMooi hoe de regels en de burger allebei een stem kregen.',
            tips: 'Vraag door als iemand zegt “dat hoort zo”.',
          }
          for (const [field, text] of Object.entries(notes))
            run({ type: 'v2/set-round-text', dilemmaId: id, round: 0, field, text })
          run({ type: 'v2/show-round-notes', dilemmaId: id, round: 0 })
        },
      },
      {
        name: 'harvest',
        kind: 'harvest',
        names: 0,
        go: () => run({ type: 'phase/go', id: phaseId('harvest') }),
      },
      {
        name: 'tension-map',
        kind: 'tension-map',
        names: 0,
        go: () => {
          const marks = [
            ['integer', 'dienstbaar', 'tension'],
            ['rechtsstatelijk', 'dienstbaar', 'tension'],
            ['open', 'vakkundig', 'common'],
            ['respectvol', 'open', 'common'],
          ] as const
          for (const dilemma of [TALLY, SPEAKERS])
            for (const [a, b, kind] of marks)
              run({ type: 'pair/mark', dilemmaId: dilemmaId(dilemma), a, b, kind })
          run({
            type: 'pair/mark',
            dilemmaId: dilemmaId(TALLY),
            a: 'open',
            b: 'integer',
            kind: 'tension',
          })
          run({ type: 'phase/go', id: phaseId('harvest') })
          run({ type: 'projector/harvest-screen', screen: 'tension-map' })
        },
      },
      {
        name: 'closing',
        kind: 'closing',
        names: 0,
        go: () => run({ type: 'phase/go', id: phaseId('closing') }),
      },
      {
        name: 'phase-title',
        kind: 'phase-title',
        names: 0,
        go: () => run({ type: 'phase/go', id: phaseId('other') }),
      },
      {
        name: 'break',
        kind: 'break',
        names: 0,
        go: () => run({ type: 'timer/start-break', minutes: 15 }),
      },
      {
        name: 'pause',
        kind: 'pause',
        names: 0,
        go: () => run({ type: 'projector/blackout', blackout: 'pause' }),
      },
    ]

    /** Each screen again with the corner timer on: it stands on top of the view and may cover no text. */
    const withTimer = screens.map((screen) => ({
      ...screen,
      name: `${screen.name}-timer`,
      go: () => {
        screen.go()
        run({ type: 'projector/set-timer', timer: 'phase' })
      },
    }))

    /** Measures the screen now showing at every size; returns the smallest sizes per size. */
    async function checkEverySize(
      name: string,
      kind: string,
      names: number,
      rule = lookRule,
      shotSizes = SHOT_SIZES,
    ) {
      const { page } = projector
      const revision = harness.host.getSnapshot().revision
      await page.locator(`main[data-screen="${kind}"][data-revision="${revision}"]`).waitFor()
      // The look the whole run is in, as the stage says it draws it.
      await expect(page.locator('main').getAttribute('data-theme')).resolves.toBe(look.theme)
      await expect(page.locator('main').getAttribute('data-font-scale')).resolves.toBe(
        String(look.fontScale),
      )
      const smallest: string[] = []
      for (const size of SIZES) {
        await page.setViewportSize(size)
        await settle(page)
        const measured = await page.evaluate(measure)
        const at = `${name} at ${size.width}×${size.height}`
        expect(measured.boxes.length, `text on ${at}`).toBeGreaterThan(0)
        const nameBoxes = measured.boxes.filter((box) => box.isName)
        expect(nameBoxes.length, `principle names on ${at}`).toBe(names)
        expect(problemsOf(measured, rule), at).toEqual([])
        const vh = (boxes: TextBox[]) =>
          `${((Math.min(...boxes.map((box) => box.fontPx)) / measured.height) * 100).toFixed(2)}vh`
        const others = measured.boxes.filter((box) => !box.isName)
        smallest.push(
          `${size.width}×${size.height}: text ${vh(others)}` +
            (nameBoxes.length > 0 ? `, names ${vh(nameBoxes)}` : ''),
        )
        if (shotSizes.includes(size))
          await saveScreenshot(page, `readability${suffix}-${name}-${size.width}x${size.height}`)
      }
      console.info(`smallest on ${name}${suffix}: ${smallest.join('; ')}`)
    }

    for (const { name, kind, names, go } of screens) {
      it(`keeps the ${name} screen readable at every beamer size`, async () => {
        go()
        await checkEverySize(name, kind, names)
      })
    }
    for (const { name, kind, names, go } of look.withTimer ? withTimer : []) {
      it(`keeps the ${name} screen readable at every beamer size`, async () => {
        go()
        await checkEverySize(name, kind, names, lookRule, TIMER_SHOT_SIZES)
      })
    }

    /** The default deck plus `extra` principles, in the default colours. */
    function deckOf(count: number): Principle[] {
      const base = defaultPrinciples()
      return Array.from({ length: count }, (_, index) => {
        const principle = base[index % base.length]
        if (!principle) throw new Error('empty default deck')
        return index < base.length
          ? principle
          : {
              ...principle,
              id: `${principle.id}-${index + 1}`,
              name: `${principle.name} ${index + 1}`,
            }
      })
    }

    it('keeps eight principles at 8vh on the overview and the tally', async () => {
      run({ type: 'principle/replace-all', principles: deckOf(8) })
      run({ type: 'phase/go', id: phaseId('casework') })
      run({ type: 'dilemma/make-current', id: null })
      // With eight, a 4:3 beamer has no room for three lines of text beside every name.
      await checkEverySize('principles-eight', 'principles', 8, { ...lookRule, allowClamped: true })
      run({ type: 'dilemma/make-current', id: dilemmaId(TALLY) })
      await checkEverySize('tally-eight', 'tally', 8)
    })

    it('keeps ten principles on the tally at 8vh', async () => {
      run({ type: 'principle/replace-all', principles: deckOf(10) })
      const id = dilemmaId(TALLY)
      run({ type: 'phase/go', id: phaseId('casework') })
      run({ type: 'dilemma/make-current', id })
      const counts: Record<string, number> = { dienstbaar: 4, 'integer-9': 2, rechtsstatelijk: 12 }
      for (const [principleId, count] of Object.entries(counts))
        run({ type: 'tally/set', dilemmaId: id, principleId, count })
      await checkEverySize('tally-ten', 'tally', 10)
    })

    it('degrades twelve principles on the overview sensibly: names only, never below 3.5vh', async () => {
      run({ type: 'principle/replace-all', principles: deckOf(12) })
      run({ type: 'phase/go', id: phaseId('casework') })
      run({ type: 'dilemma/make-current', id: null })
      await checkEverySize('principles-twelve', 'principles', 12, {
        ...lookRule,
        minName: MIN_TEXT,
      })
      const overview = projector.page.getByTestId('principles-overview')
      await expect(overview.getAttribute('data-layout')).resolves.toBe('names')
      await expect(overview.locator('.mat__summary').count()).resolves.toBe(0)
      // On a 16:9 beamer the names keep 8vh, two columns side by side.
      await projector.page.setViewportSize(FULL_HD)
      await settle(projector.page)
      const sizes = await overview
        .locator('[data-role="principle-name"]')
        .evaluateAll((names) => names.map((name) => parseFloat(getComputedStyle(name).fontSize)))
      expect(Math.min(...sizes) / FULL_HD.height).toBeGreaterThanOrEqual(MIN_NAME - 1e-6)
    })

    it('keeps the names on the tally at 8vh with twelve principles while eight or fewer are chosen', async () => {
      run({ type: 'principle/replace-all', principles: deckOf(12) })
      const id = dilemmaId(TALLY)
      run({ type: 'phase/go', id: phaseId('casework') })
      run({ type: 'dilemma/make-current', id })
      // Nobody chosen yet: every name in the one line, no rows.
      await checkEverySize('tally-twelve-none', 'tally', 0)
      const chosen = ['dienstbaar', 'integer-9', 'rechtsstatelijk', 'open', 'respectvol-11']
      for (const [index, principleId] of chosen.entries())
        run({ type: 'tally/set', dilemmaId: id, principleId, count: index + 1 })
      await checkEverySize('tally-twelve', 'tally', chosen.length)
      for (const principleId of ['vakkundig', 'rechtvaardig', 'dienstbaar-8'])
        run({ type: 'tally/set', dilemmaId: id, principleId, count: 2 })
      await checkEverySize('tally-twelve-eight', 'tally', 8)
      run({ type: 'projector/set-timer', timer: 'phase' })
      await checkEverySize('tally-twelve-eight-timer', 'tally', 8)
    })

    it('degrades twelve chosen principles on the tally sensibly: every row, never below 3.5vh', async () => {
      run({ type: 'principle/replace-all', principles: deckOf(12) })
      const id = dilemmaId(TALLY)
      run({ type: 'phase/go', id: phaseId('casework') })
      run({ type: 'dilemma/make-current', id })
      for (const principle of deckOf(12))
        run({ type: 'tally/set', dilemmaId: id, principleId: principle.id, count: 1 })
      await checkEverySize('tally-twelve-all', 'tally', 12, { ...lookRule, minName: MIN_TEXT })
    })
  })
}
