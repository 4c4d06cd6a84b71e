import type { Principle } from '@core/session/schema'
import { defaultPrinciples } from '@core/session/default-session'
import { afterEach, describe, expect, it } from 'vitest'
import PrinciplesOverviewView from '../../renderer/src/stage/views/PrinciplesOverviewView.vue'
import { namesLayout, overviewLayoutKind } from '../../renderer/src/stage/views/overview-layout'
import { cleanup, createHarness, type HarnessOptions } from './support/harness'

afterEach(cleanup)

const deck = defaultPrinciples()

async function mountOverview(
  props: { heading: 'explanation' | 'casework'; principles: readonly Principle[] },
  options: HarnessOptions = {},
) {
  const harness = await createHarness({ role: 'projector', ...options })
  return harness.mount(PrinciplesOverviewView, { props })
}

/** The colour a mat's style carries, as the DOM normalises it. */
function backgroundOf(element: Element): string {
  return (element as HTMLElement).style.backgroundColor
}

function normalised(color: string): string {
  const probe = document.createElement('div')
  probe.style.backgroundColor = color
  return probe.style.backgroundColor
}

/** `count` principles with distinct ids and readable colours. */
function manyPrinciples(count: number): Principle[] {
  return Array.from({ length: count }, (_, index) => {
    const base = deck[index % deck.length]
    if (!base) throw new Error('empty default deck')
    return { ...base, id: `p${index + 1}`, name: `${base.name} ${index + 1}` }
  })
}

describe('PrinciplesOverviewView', () => {
  it('shows every principle as a coloured mat with its name and one-line text', async () => {
    const wrapper = await mountOverview({ heading: 'explanation', principles: deck })

    const root = wrapper.find('[data-testid="principles-overview"]')
    expect(root.exists()).toBe(true)
    expect(root.attributes('data-layout')).toBe('pairs')
    expect(wrapper.find('h1').text()).toBe('De principes van ambtelijk vakmanschap')
    const mats = wrapper.findAll('li.mat')
    expect(mats.map((mat) => mat.attributes('data-principle-id'))).toEqual(deck.map((p) => p.id))
    deck.forEach((principle, index) => {
      const mat = mats[index]
      if (!mat) throw new Error(`no mat ${index}`)
      expect(mat.find('.mat__name').text()).toBe(principle.name)
      expect(mat.find('[data-role="principle-name"]').text()).toBe(principle.name)
      expect(mat.find('.mat__summary').text()).toBe(principle.summary)
      expect(backgroundOf(mat.element)).not.toBe('')
      expect(backgroundOf(mat.element)).toBe(normalised(principle.color))
    })
  })

  it('asks the casework question during the casework phase', async () => {
    const wrapper = await mountOverview({ heading: 'casework', principles: deck })
    expect(wrapper.find('h1').text()).toBe('Casuïstiek — welk principe kies jij?')
  })

  it('keeps the one-line texts up to eight principles and shows names only beyond', async () => {
    const eight = await mountOverview({ heading: 'casework', principles: manyPrinciples(8) })
    expect(eight.findAll('.mat__summary')).toHaveLength(8)
    cleanup()

    const twelve = await mountOverview({ heading: 'casework', principles: manyPrinciples(12) })
    const root = twelve.find('[data-testid="principles-overview"]')
    expect(root.attributes('data-layout')).toBe('names')
    expect(twelve.findAll('li.mat')).toHaveLength(12)
    expect(twelve.findAll('.mat__summary')).toHaveLength(0)
    expect(twelve.findAll('.mat__name').map((name) => name.text())).toEqual(
      manyPrinciples(12).map((p) => p.name),
    )
    expect(twelve.findAll('[data-role="principle-name"]')).toHaveLength(12)
    // Two columns of six, the names as large as they fit (see namesLayout below).
    const style = root.attributes('style') ?? ''
    expect(style).toContain('--rows: 6')
    expect(style).toMatch(/--name-size: \d+(\.\d+)?cqh/)
  })

  it('keeps the names of twelve principles at 8vh on a 16:9 beamer, smaller only where needed', () => {
    const twelve = manyPrinciples(12).map((p) => p.name)
    expect(namesLayout(twelve, 16 / 9)).toEqual({ fontVh: 8, lines: 1 })
    // A 4:3 beamer has a narrower column: smaller, yet far above the 3.5vh minimum.
    const narrow = namesLayout(twelve, 4 / 3)
    expect(narrow.fontVh).toBeLessThan(8)
    expect(narrow.fontVh).toBeGreaterThanOrEqual(6)
    // Nine names get five rows, room for two lines: a long name wraps between its words
    // rather than shrinking to fit on one line (5vh at most).
    const nine = namesLayout([...twelve.slice(0, 8), 'Verantwoordelijk handelen'], 16 / 9)
    expect(nine.lines).toBe(2)
    expect(nine.fontVh).toBeGreaterThan(5)
    // An absurd name only costs size down to the floor, never below it.
    expect(namesLayout([...twelve.slice(0, 11), 'X'.repeat(80)], 4 / 3).fontVh).toBe(3.5)
    expect(overviewLayoutKind(3)).toBe('single')
    expect(overviewLayoutKind(8)).toBe('pairs')
    expect(overviewLayoutKind(9)).toBe('names')
  })

  it('gives a small deck one wide column', async () => {
    const wrapper = await mountOverview({ heading: 'explanation', principles: deck.slice(0, 3) })
    expect(wrapper.find('[data-testid="principles-overview"]').attributes('data-layout')).toBe(
      'single',
    )
  })

  it('renders hostile text as text, with its writing direction left to the text', async () => {
    const hostile: Principle = {
      id: 'evil',
      name: '<script>alert(1)</script>',
      summary: '<img src=x onerror="alert(2)"> {{ 6 * 7 }} مرحبا',
      explanation: '',
      color: '#1d4e89',
    }
    const wrapper = await mountOverview({ heading: 'explanation', principles: [hostile] })

    expect(wrapper.find('.mat__name').text()).toBe(hostile.name)
    expect(wrapper.find('.mat__summary').text()).toBe(hostile.summary)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('.mat__name').attributes('dir')).toBe('auto')
    expect(wrapper.find('.mat__summary').attributes('dir')).toBe('auto')
  })

  it('leaves out an empty one-line text', async () => {
    const first = deck[0]
    if (!first) throw new Error('empty default deck')
    const wrapper = await mountOverview({
      heading: 'explanation',
      principles: [{ ...first, summary: '' }],
    })
    expect(wrapper.find('.mat__summary').exists()).toBe(false)
  })

  it('speaks English when the projector does', async () => {
    const wrapper = await mountOverview({ heading: 'casework', principles: deck }, { locale: 'en' })
    expect(wrapper.find('h1').text()).toBe('Casework — which principle do you choose?')
  })
})
