import { createAppI18n, type Locale } from '@common/i18n'
import type { HarvestItem } from '@core/session/schema'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import {
  FLIP_CHART,
  flipChartLayout,
  visibleThreads,
} from '../../renderer/src/stage/views/harvest-layout'
import HarvestView from '../../renderer/src/stage/views/HarvestView.vue'

const mounted: (() => void)[] = []
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount()
})

function threads(...texts: string[]): HarvestItem[] {
  return texts.map((text, index) => ({ id: `h${index + 1}`, text }))
}

function mountView(items: readonly HarvestItem[], locale: Locale = 'nl') {
  const wrapper = mount(HarvestView, {
    props: { threads: items },
    global: { plugins: [createAppI18n(locale)] },
  })
  mounted.push(() => wrapper.unmount())
  return wrapper
}

const many = (count: number, text = 'Vertrouwen') =>
  Array.from({ length: count }, (_, i) => `${text} ${i + 1}`)

describe('flipChartLayout', () => {
  it('writes a few short threads large, in one column', () => {
    expect(flipChartLayout(['Tijdsdruk', 'Wie beslist er eigenlijk?'])).toEqual({
      fontVh: FLIP_CHART.maxFontVh,
      columns: 1,
      shown: 2,
    })
    expect(FLIP_CHART.maxFontVh).toBeGreaterThanOrEqual(4.5)
  })

  it('steps the size down as more threads come, never below 3.5vh', () => {
    let previous = Infinity
    for (let count = 1; count <= 60; count += 1) {
      const { fontVh } = flipChartLayout(many(count))
      expect(fontVh).toBeLessThanOrEqual(previous)
      expect(fontVh).toBeGreaterThanOrEqual(3.5)
      previous = fontVh
    }
    expect(flipChartLayout(many(7)).fontVh).toBe(5.5)
    expect(flipChartLayout(many(8)).fontVh).toBe(5)
    expect(flipChartLayout(many(20)).fontVh).toBeLessThan(4.5)
    expect(flipChartLayout(many(60)).fontVh).toBe(3.5)
  })

  it('counts the length of the texts, not only how many there are', () => {
    const short = flipChartLayout(many(5))
    const long = flipChartLayout(many(5, 'Een lange rode draad '.repeat(6)))
    expect(long.fontVh).toBeLessThan(short.fontVh)
    expect(long.shown).toBe(5)
  })

  it('uses two columns when the threads no longer fit in one', () => {
    expect(flipChartLayout(many(9))).toEqual({ fontVh: 4.5, columns: 1, shown: 9 })
    expect(flipChartLayout(many(16))).toEqual({ fontVh: 4.5, columns: 2, shown: 16 })
    expect(flipChartLayout(many(24))).toEqual({ fontVh: 3.5, columns: 2, shown: 24 })
  })

  it('shows as many as fit when even two columns are too few', () => {
    const layout = flipChartLayout(many(200))
    expect(layout.fontVh).toBe(3.5)
    expect(layout.shown).toBeGreaterThan(20)
    expect(layout.shown).toBeLessThan(200)
  })

  it('skips empty threads and gives a narrow 4:3 beamer smaller letters', () => {
    expect(flipChartLayout(['', '   ', 'Tijdsdruk']).shown).toBe(1)
    const texts = many(6, 'Het belang van de burger kwam bij elk dilemma terug')
    expect(flipChartLayout(texts, 4 / 3).fontVh).toBeLessThan(flipChartLayout(texts).fontVh)
  })

  it('keeps only threads with text', () => {
    expect(visibleThreads(threads('A', '', '  ', 'B')).map((t) => t.text)).toEqual(['A', 'B'])
  })
})

describe('HarvestView', () => {
  it('shows a calm line while there are no threads yet', () => {
    const wrapper = mountView(threads('', '  '))
    expect(wrapper.find('[data-testid="harvest-view"] h1').text()).toBe('Rode draden')
    expect(wrapper.find('[data-testid="harvest-empty"]').text()).toBe(
      'Wat valt je op? We verzamelen de rode draden.',
    )
    expect(wrapper.findAll('[data-testid="harvest-thread"]')).toHaveLength(0)
  })

  it('shows only the threads with text, in order, at the size of the layout', () => {
    const wrapper = mountView(threads('Tijdsdruk', '', 'Wie beslist er eigenlijk?', '   '))
    const items = wrapper.findAll('[data-testid="harvest-thread"]')
    expect(items.map((item) => item.text())).toEqual(['Tijdsdruk', 'Wie beslist er eigenlijk?'])
    expect(items[0]?.find('[dir="auto"]').exists()).toBe(true)
    const list = wrapper.find<HTMLUListElement>('ul')
    expect(list.element.style.getPropertyValue('--thread-size')).toBe('5.5cqh')
    expect(list.attributes('data-columns')).toBe('1')
    expect(wrapper.find('[data-testid="harvest-empty"]').exists()).toBe(false)
  })

  it('writes smaller and in two columns when many threads come', async () => {
    const wrapper = mountView(threads(...many(3)))
    const list = () => wrapper.find<HTMLUListElement>('ul')
    expect(list().element.style.getPropertyValue('--thread-size')).toBe('5.5cqh')

    await wrapper.setProps({ threads: threads(...many(20)) })
    const expected = flipChartLayout(many(20), window.innerWidth / window.innerHeight)
    expect(list().element.style.getPropertyValue('--thread-size')).toBe(`${expected.fontVh}cqh`)
    expect(list().attributes('data-columns')).toBe(String(expected.columns))
    expect(list().classes()).toContain('chart__list--two')
    expect(wrapper.findAll('[data-testid="harvest-thread"]')).toHaveLength(expected.shown)
  })

  it('sums up what does not fit in one line', () => {
    const items = threads(...many(200))
    const wrapper = mountView(items)
    const shown = wrapper.findAll('[data-testid="harvest-thread"]').length
    expect(shown).toBeLessThan(200)
    expect(wrapper.find('[data-testid="harvest-more"]').text()).toBe(
      `… en nog ${200 - shown} rode draden`,
    )
  })

  it('shows hostile text as text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    const wrapper = mountView(threads(hostile, 'x'.repeat(2000)))
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="harvest-thread"]')[0]?.text()).toBe(hostile)
  })

  it('speaks English when the locale is en', () => {
    const wrapper = mountView([], 'en')
    expect(wrapper.find('h1').text()).toBe('Common threads')
    expect(wrapper.text()).toContain('What strikes you? We are collecting the common threads.')
    const full = mountView(threads(...many(200)), 'en')
    expect(full.find('[data-testid="harvest-more"]').text()).toMatch(/^… and \d+ more threads$/)
  })
})
