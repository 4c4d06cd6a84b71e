import { describe, expect, it } from 'vitest'
import { compositionFigures } from '../../bench/soak/composition-figures'
import { heapComposition } from '../../bench/soak/heap-composition'
import { holds } from '../../bench/soak/soak-table'

const TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic']
const FIELDS = ['type', 'name', 'id', 'self_size', 'edge_count']

/** A snapshot in V8's format: each node is five numbers, names index the string table. */
function snapshot(nodes: readonly (readonly [type: string, name: string, size: number])[]): string {
  const strings = [...new Set(nodes.map(([, name]) => name))]
  return JSON.stringify({
    snapshot: { meta: { node_fields: FIELDS, node_types: [TYPES, 'string', 'number'] } },
    nodes: nodes.flatMap(([type, name, size], id) => [
      TYPES.indexOf(type),
      strings.indexOf(name),
      id,
      size,
      0,
    ]),
    edges: [],
    strings,
  })
}

describe("the soak's split of a page's heap", () => {
  it("counts the page's values as its objects, a JS array's elements included", () => {
    const parts = heapComposition(
      snapshot([
        ['object', 'Session', 100],
        ['closure', 'render', 30],
        ['string', 'Stelling', 20],
        ['array', '(object elements)', 50],
      ]),
    )
    expect(parts).toEqual({ code: 0, bookkeeping: 0, objects: 200 })
  })

  it("keeps V8's compiled code and its own tables and lists apart from the page's data", () => {
    const parts = heapComposition(
      snapshot([
        ['code', 'system / InstructionStream', 400],
        ['code', 'system / FeedbackVector', 40],
        ['array', '', 524_308],
        ['native', 'system / WeakArrayList', 1_000],
        ['hidden', 'system / Map', 80],
      ]),
    )
    expect(parts).toEqual({ code: 440, bookkeeping: 525_388, objects: 0 })
  })

  it("leaves out what is not in the JS heap: Blink's objects and the snapshot's roots", () => {
    const parts = heapComposition(
      snapshot([
        ['native', 'HTMLDivElement', 900],
        ['synthetic', '(GC roots)', 0],
        ['object', 'Object', 10],
      ]),
    )
    expect(parts).toEqual({ code: 0, bookkeeping: 0, objects: 10 })
  })

  it('refuses a snapshot without the fields it sums', () => {
    expect(() => heapComposition(JSON.stringify({ nodes: [] }))).toThrow()
  })
})

describe("the soak's rows for the split", () => {
  const atBaseline = { code: 4 * 2 ** 20, bookkeeping: 3 * 2 ** 20, objects: 2 * 2 ** 20 }
  const atEnd = { code: 5 * 2 ** 20, bookkeeping: 4 * 2 ** 20, objects: 2.1 * 2 ** 20 }
  const rows = compositionFigures(
    { presenter: atBaseline, projector: atBaseline },
    { presenter: atEnd, projector: atBaseline },
    10,
  )

  it("budget the page's objects like the heap, and only report V8's code and tables", () => {
    const presenter = rows.filter((row) => row.name.startsWith('presenter page'))
    expect(presenter.map((row) => [row.unit, row.limit, row.measured])).toEqual([
      ['%', { at: 'most', value: 10 }, expect.closeTo(5, 6)],
      ['MB', undefined, 1],
      ['MB', undefined, 1],
    ])
    expect(presenter.every(holds)).toBe(true)
  })

  it('fail the objects row when the data grows past the budget', () => {
    const grown = compositionFigures(
      { presenter: atBaseline, projector: atBaseline },
      { presenter: { ...atBaseline, objects: 2.3 * 2 ** 20 }, projector: atBaseline },
      10,
    )
    expect(grown.filter((row) => !holds(row)).map((row) => row.detail)).toEqual(['2.00 → 2.30 MB'])
  })
})
