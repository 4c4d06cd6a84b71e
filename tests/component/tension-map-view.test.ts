import { createAppI18n, type Locale } from '@common/i18n'
import type { CommandInput } from '@core/commands/schema'
import { defaultPrinciples } from '@core/session/default-session'
import type { PairKind, Principle } from '@core/session/schema'
import { tensionMap, type TensionMap } from '@core/session/tension-map'
import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { levelOf, mapRows } from '../../renderer/src/stage/views/tension-map-cells'
import { TENSION_MAP, tensionMapLayout } from '../../renderer/src/stage/views/tension-map-layout'
import TensionMapView from '../../renderer/src/stage/views/TensionMapView.vue'
import { FakeBackend } from './support/fake-backend'

const mounted: (() => void)[] = []
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount()
})

const deck = defaultPrinciples()
const id = (index: number) => deck[index]?.id ?? ''

/** The default deck plus numbered copies, up to `count` principles. */
function deckOf(count: number): Principle[] {
  return Array.from({ length: count }, (_, index) => {
    const principle = deck[index % deck.length]
    if (!principle) throw new Error('empty default deck')
    return index < deck.length
      ? principle
      : { ...principle, id: `${principle.id}-${index + 1}`, name: `${principle.name} ${index + 1}` }
  })
}

type Mark = readonly [a: string, b: string, kind: PairKind]

/** The map of a session whose dilemmas had these pairs marked, one list per dilemma. */
function mapOf(dilemmas: readonly (readonly Mark[])[], principles?: Principle[]): TensionMap {
  const backend = new FakeBackend()
  if (principles) backend.apply({ type: 'principle/replace-all', principles })
  const ids = backend.seedDilemmas(...dilemmas.map((_, i) => `Dilemma ${i + 1}`))
  dilemmas.forEach((marks, i) => {
    for (const [a, b, kind] of marks) {
      const command: CommandInput = { type: 'pair/mark', dilemmaId: ids[i] ?? '', a, b, kind }
      backend.apply(command)
    }
  })
  return tensionMap(backend.host.getSnapshot().session)
}

function mountMap(map: TensionMap, locale: Locale = 'nl'): VueWrapper {
  const wrapper = mount(TensionMapView, {
    props: { map },
    global: { plugins: [createAppI18n(locale)] },
  })
  mounted.push(() => wrapper.unmount())
  return wrapper
}

/** The cell in the row of principle `row` and the column of principle `column`. */
function cellAt(wrapper: VueWrapper, row: string, column: string): DOMWrapper<Element> {
  return wrapper.find(`tr[data-row="${row}"] td[data-column="${column}"]`)
}

describe('TensionMapView', () => {
  // Integer–Open pulled apart in two dilemmas and met in one; Dienstbaar–Integer met once.
  const marks: Mark[][] = [
    [
      [id(1), id(4), 'tension'],
      [id(0), id(1), 'common'],
    ],
    [[id(1), id(4), 'tension']],
    [[id(1), id(4), 'common']],
  ]

  it('shows tension above the diagonal and common ground below it, each pair once', () => {
    const wrapper = mountMap(mapOf(marks))
    // Tension: the row of the principle earlier in the deck, the column of the later one.
    const tension = cellAt(wrapper, id(1), id(4))
    expect(tension.attributes('data-kind')).toBe('tension')
    expect(tension.text()).toBe('2')
    expect(tension.attributes('data-level')).toBe('4')
    expect(tension.attributes('aria-label')).toBe('spanning: 2')
    // Common ground of the same pair: mirrored below the diagonal.
    const common = cellAt(wrapper, id(4), id(1))
    expect(common.attributes('data-kind')).toBe('common')
    expect(common.text()).toBe('1')
    expect(common.attributes('data-level')).toBe('2')
    expect(cellAt(wrapper, id(1), id(0)).text()).toBe('1')
    expect(cellAt(wrapper, id(0), id(1)).text()).toBe('')

    const counted = wrapper.findAll('td.cell').filter((cell) => cell.text() !== '')
    expect(counted.map((cell) => cell.text()).sort()).toEqual(['1', '1', '2'])
    // Every tension cell stands right of the diagonal, every common one left of it.
    const rows = wrapper.findAll('tbody tr')
    rows.forEach((row, i) => {
      const cells = row.findAll('td')
      expect(cells).toHaveLength(deck.length)
      cells.forEach((cell, j) => {
        const expected = j === i ? undefined : j > i ? 'tension' : 'common'
        expect(cell.attributes('data-kind')).toBe(expected)
      })
    })
  })

  it('keeps zero cells quiet: no figure, level 0, and says so to a screen reader', () => {
    const wrapper = mountMap(mapOf(marks))
    const zero = cellAt(wrapper, id(2), id(5))
    expect(zero.text()).toBe('')
    expect(zero.attributes('data-level')).toBe('0')
    expect(zero.attributes('aria-label')).toBe('spanning: 0')
    expect(cellAt(wrapper, id(5), id(2)).attributes('aria-label')).toBe('raakvlak: 0')
  })

  it('names the map, how many dilemmas it comes from, and how to read it', () => {
    const wrapper = mountMap(mapOf(marks))
    expect(wrapper.find('h1').text()).toBe('Spanningskaart')
    expect(wrapper.get('[data-testid="tension-map-dilemmas"]').text()).toBe('uit 3 dilemma’s')
    const legend = wrapper.get('[data-testid="tension-map-legend"]')
    expect(legend.text()).toContain('Spanning: rechtsboven')
    expect(legend.text()).toContain('Raakvlak: linksonder')
    expect(mountMap(mapOf([marks[1] ?? []])).text()).toContain('uit 1 dilemma')
    expect(mountMap(mapOf(marks), 'en').text()).toContain('Tension: top right')
  })

  it('is a table a screen reader can walk: labelled, described, with row and column headers', () => {
    const wrapper = mountMap(mapOf(marks))
    const table = wrapper.get('table')
    const heading = wrapper.get('h1')
    expect(table.attributes('aria-labelledby')).toBe(heading.attributes('id'))
    const legend = wrapper.get('[data-testid="tension-map-legend"]')
    expect(table.attributes('aria-describedby')).toBe(legend.attributes('id'))

    const columns = wrapper.findAll('thead th')
    expect(columns).toHaveLength(deck.length)
    expect(columns.every((th) => th.attributes('scope') === 'col')).toBe(true)
    expect(columns.map((th) => th.text())).toEqual(deck.map((_, i) => String(i + 1)))
    // The column shows a number; its name says which principle that is.
    expect(columns.map((th) => th.attributes('aria-label'))).toEqual(
      deck.map((p, i) => `${i + 1}. ${p.name}`),
    )
    const rows = wrapper.findAll('tbody th')
    expect(rows.every((th) => th.attributes('scope') === 'row')).toBe(true)
    expect(rows.map((th) => th.text().replace(/\s+/g, ' '))).toEqual(
      deck.map((p, i) => `${i + 1} ${p.name}`),
    )
  })

  it('numbers each principle the same in its row, its column and on the diagonal, in its colour', () => {
    const wrapper = mountMap(mapOf(marks))
    deck.forEach((principle, i) => {
      const chips = wrapper.findAll(`[data-principle-id="${principle.id}"]`)
      // The column's chip, the row's chip and the diagonal cell.
      expect(chips).toHaveLength(3)
      expect(chips.map((chip) => chip.text())).toEqual([
        String(i + 1),
        String(i + 1),
        String(i + 1),
      ])
      for (const chip of chips)
        expect((chip.element as HTMLElement).style.backgroundColor).not.toBe('')
    })
  })

  it('shows a calm line instead of an empty grid while no pair is marked', () => {
    const wrapper = mountMap(mapOf([[], []]))
    expect(wrapper.get('[data-testid="tension-map-empty"]').text()).toBe(
      'Nog geen spanningen of raakvlakken gemarkeerd.',
    )
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[data-testid="tension-map-dilemmas"]').exists()).toBe(false)
    expect(wrapper.find('h1').text()).toBe('Spanningskaart')
  })

  it('draws twelve principles as a 12×12 grid', () => {
    const twelve = deckOf(12)
    const map = mapOf(
      [
        [[twelve[0]?.id ?? '', twelve[11]?.id ?? '', 'tension']],
        [[twelve[10]?.id ?? '', twelve[11]?.id ?? '', 'common']],
      ],
      twelve,
    )
    const wrapper = mountMap(map)
    expect(wrapper.attributes('data-principles')).toBe('12')
    expect(wrapper.findAll('thead th')).toHaveLength(12)
    expect(wrapper.findAll('tbody tr')).toHaveLength(12)
    expect(wrapper.findAll('td.cell')).toHaveLength(12 * 11)
    expect(wrapper.findAll('td.grid__self')).toHaveLength(12)
    expect(cellAt(wrapper, twelve[0]?.id ?? '', twelve[11]?.id ?? '').text()).toBe('1')
    expect(cellAt(wrapper, twelve[11]?.id ?? '', twelve[10]?.id ?? '').text()).toBe('1')
    expect(wrapper.findAll('thead th').at(-1)?.text()).toBe('12')
  })

  it('sets every size the layout chose on the view', async () => {
    const map = mapOf(marks)
    const wrapper = mountMap(map)
    // Mounted alone, the view takes the window's shape once it is mounted.
    await flushPromises()
    const style = (wrapper.element as HTMLElement).style
    const aspect = window.innerWidth / window.innerHeight
    const layout = tensionMapLayout(
      deck.map((p) => p.name),
      map.most,
      aspect,
    )
    expect(style.getPropertyValue('--tm-row')).toBe(`${layout.rowVh}cqh`)
    expect(style.getPropertyValue('--tm-name')).toBe(`${layout.nameVh}cqh`)
    expect(style.getPropertyValue('--tm-count')).toBe(`${layout.countVh}cqh`)
    expect(style.getPropertyValue('--tm-table')).toBe(`${layout.tableVh}cqh`)
  })
})

describe('the cells of the map', () => {
  it('shades a count by its share of the highest count, any count at least one step', () => {
    expect(levelOf(0, 5)).toBe(0)
    expect(levelOf(1, 20)).toBe(1)
    expect(levelOf(5, 10)).toBe(2)
    expect(levelOf(6, 10)).toBe(3)
    expect(levelOf(10, 10)).toBe(4)
    expect(levelOf(3, 0)).toBe(0)
  })

  it('gives a principle against itself the diagonal', () => {
    const rows = mapRows(mapOf([]))
    rows.forEach((row, i) =>
      expect(row.cells[i]).toEqual({ kind: 'self', principle: row.principle }),
    )
  })
})

describe('tensionMapLayout', () => {
  const names = deck.map((p) => p.name)
  const twelveNames = deckOf(12).map((p) => p.name)
  const SHAPES = [16 / 9, 16 / 10, 4 / 3, 5 / 4]
  const SCALES = [0.8, 1, 1.5]

  /** Everything from the top padding to the last row, in vh. */
  const heightOf = (l: ReturnType<typeof tensionMapLayout>, count: number) =>
    2 * TENSION_MAP.padYVh +
    l.headingVh * TENSION_MAP.headingLine +
    TENSION_MAP.headerGapVh +
    l.sublineVh * TENSION_MAP.textLine +
    2 * TENSION_MAP.blockGapVh +
    l.legendVh * TENSION_MAP.textLine +
    l.headRowVh +
    count * l.rowVh +
    (count + 2) * TENSION_MAP.spacingVh

  it('fits seven and twelve principles on every beamer shape at every text size', () => {
    for (const [list, count] of [
      [names, 7],
      [twelveNames, 12],
    ] as const)
      for (const aspect of SHAPES)
        for (const scale of SCALES) {
          const l = tensionMapLayout(list, 12, aspect, scale)
          const at = `${count} at ${aspect.toFixed(2)}, ${scale}`
          expect(heightOf(l, count), at).toBeLessThanOrEqual(100.05)
          expect(l.tableVh, at).toBeLessThanOrEqual(aspect * 100 * 0.94 + 0.01)
          for (const size of [l.nameVh, l.countVh, l.chipFontVh, l.legendVh, l.sublineVh])
            expect(size, at).toBeGreaterThanOrEqual(3.5)
          // A cell holds its count and its column's number.
          expect(l.cellVh, at).toBeGreaterThanOrEqual(l.chipWidthVh)
          expect(l.countVh, at).toBeLessThanOrEqual(l.rowVh)
        }
  })

  it('writes the names of the default deck at 4.5vh or more, whole, on every shape', () => {
    for (const aspect of SHAPES) {
      const l = tensionMapLayout(names, 12, aspect)
      expect(l.nameVh).toBeGreaterThanOrEqual(4.5)
      const room = l.labelVh - l.chipWidthVh - TENSION_MAP.labelGapVh - TENSION_MAP.labelPadVh
      const longest = Math.max(...names.map((name) => name.length))
      expect(longest * TENSION_MAP.charWidthEm * l.nameVh).toBeLessThanOrEqual(room + 0.05)
    }
  })

  it('keeps the names of twelve principles on one line each, even on a 5:4 beamer', () => {
    const l = tensionMapLayout(twelveNames, 12, 5 / 4)
    const room = l.labelVh - l.chipWidthVh - TENSION_MAP.labelGapVh - TENSION_MAP.labelPadVh
    const longest = Math.max(...twelveNames.map((name) => name.length))
    expect(longest * TENSION_MAP.charWidthEm * l.nameVh).toBeLessThanOrEqual(room + 0.05)
    expect(l.nameLines).toBe(1)
  })

  it('gives a few principles tall rows, but no taller than 13vh', () => {
    const l = tensionMapLayout(names.slice(0, 3), 2)
    expect(l.rowVh).toBe(TENSION_MAP.maxRowVh)
    expect(l.nameLines).toBeGreaterThanOrEqual(2)
  })

  it('makes room for a count of three digits', () => {
    const l = tensionMapLayout(twelveNames, 120, 5 / 4)
    expect(l.cellVh).toBeGreaterThanOrEqual(3 * TENSION_MAP.digitWidthEm * l.countVh)
  })
})
