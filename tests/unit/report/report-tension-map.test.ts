import { beforeAll, describe, expect, it } from 'vitest'
import { buildReportModel } from '@core/report/report-model'
import { COMMON_COLOR, TENSION_COLOR } from '@core/report/report-svg-tension'
import type { Session } from '@core/session/schema'
import { FIXTURE_GENERATED_AT, reportFixture } from '../../support/report-fixture'
import { danceFixture } from './dance-fixture'
import { OPTIONS, renderAll, xmlText, type RenderedReport } from './report-formats'

const modelOf = (session: Session) => buildReportModel(session, FIXTURE_GENERATED_AT, OPTIONS)

/** The deck's names, so the expectations follow the default principles. */
function names(session: Session) {
  const [a = '', b = '', c = '', d = ''] = session.principles.map((p) => p.name)
  return { a, b, c, d }
}

describe('the tension map in the report model', () => {
  it('is left out when no pair was marked', () => {
    expect(modelOf(reportFixture()).harvest.tensionMap).toBeNull()
  })

  it('counts every pair over the dilemmas, says the pairs in words and lists those that came up', () => {
    const session = danceFixture()
    const { a, b, c, d } = names(session)
    const map = modelOf(session).harvest.tensionMap
    expect(map?.heading).toBe('Spanningskaart')
    expect(map?.intro).toContain('Bij 2 dilemma’s')
    expect(map?.principles.map((p) => p.name)).toEqual(session.principles.map((p) => p.name))
    expect(map?.pairs).toHaveLength(21)
    expect(map?.most).toBe(2)
    expect(map?.lines).toEqual([
      { label: 'Spanning', value: `${a} – ${b} 2×` },
      { label: 'Raakvlak', value: `${a} – ${c} 1×, ${c} – ${d} 1×` },
    ])
    expect(map?.table.rows).toEqual([
      { pair: `${a} – ${b}`, tension: '2', common: '0' },
      { pair: `${a} – ${c}`, tension: '0', common: '1' },
      { pair: `${c} – ${d}`, tension: '0', common: '1' },
    ])
    expect(map?.imageLabel).toContain('1 paar met spanning en 2 paren met een raakvlak')
  })

  it('gives each dilemma its own marks as fact lines, in deck order', () => {
    const session = danceFixture()
    const { a, b, c, d } = names(session)
    const [first, second, third] = modelOf(session).dilemmas.items
    expect(first?.facts).toEqual(
      expect.arrayContaining([
        { label: 'Spanning', value: `${a} – ${b}` },
        { label: 'Raakvlak', value: `${c} – ${d}` },
      ]),
    )
    expect(second?.facts).toContainEqual({ label: 'Raakvlak', value: `${a} – ${c}` })
    expect(third?.facts.map((f) => f.label)).not.toContain('Spanning')
  })

  it('speaks English when the session does', () => {
    const map = modelOf(danceFixture({ locale: 'en' })).harvest.tensionMap
    expect(map?.heading).toBe('Tension map')
    expect(map?.lines.map((l) => l.label)).toEqual(['Tension', 'Common ground'])
    expect(map?.table.columns).toEqual({
      pair: 'Pair',
      tension: 'Tension',
      common: 'Common ground',
    })
  })
})

describe('the tension map and the movement in every format', () => {
  let session: Session
  let report: RenderedReport
  let word: string

  beforeAll(async () => {
    session = danceFixture()
    report = await renderAll(session)
    word = xmlText(report.docxXml)
  })

  it('HTML (and so the PDF): an SVG map with a text alternative, a legend and the pairs in text', () => {
    const { a, b, c, d } = names(session)
    const svg = /<svg class="tension-map-image"[^>]*>[\s\S]*?<\/svg>/.exec(report.html)?.[0] ?? ''
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Spanningskaart van 7 principes/)
    // Tension above the diagonal (row Dienstbaar, column Integer), common ground below it.
    expect(svg).toContain(`fill="${TENSION_COLOR}" fill-opacity="1"/>`)
    expect(svg).toContain(`fill="${COMMON_COLOR}" fill-opacity="0.6"/>`)
    expect(svg.match(/<text [^>]*>2<\/text>/g)).toHaveLength(1)
    expect(svg.match(/<text [^>]*>1<\/text>/g)).toHaveLength(2)
    for (const principle of session.principles) {
      expect(svg).toContain(`>${principle.name}</text>`)
      expect(svg).toContain(`fill="${principle.color}"`)
    }
    expect(report.html).toContain('<h3>Spanningskaart</h3>')
    expect(report.html).toContain('Boven de diagonaal: spanning')
    expect(report.html).toContain('Onder de diagonaal: raakvlak')
    expect(report.html).toContain(
      `<dl class="pair-lines"><div><dt>Spanning</dt><dd dir="auto">${a} – ${b} 2×</dd></div>` +
        `<div><dt>Raakvlak</dt><dd dir="auto">${a} – ${c} 1×, ${c} – ${d} 1×</dd></div></dl>`,
    )
  })

  it('HTML keeps to its few tags and no style attributes, with the map and the rounds in', () => {
    const tags = report.html.match(/<[^>]*>/g) ?? []
    const names = new Set(tags.map((tag) => /^<\/?([a-z0-9!-]+)/i.exec(tag)?.[1]?.toLowerCase()))
    // The tags of the report before the map and the notes per round (report-html.test.ts) and
    // the two they add: a round's heading and the map's words.
    const allowed = [
      ...['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header'],
      ...['footer', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'p', 'span', 'div', 'dl'],
      ...['dt', 'dd', 'ul', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'svg'],
      ...['rect', 'a', 'h5', 'text'],
    ]
    expect([...names].filter((name) => !allowed.includes(name ?? ''))).toEqual([])
    expect(tags.filter((tag) => /\s(style|on[a-z]+|src|xlink:href)\s*=/i.test(tag))).toEqual([])
    expect(
      tags.filter((tag) => /\shref\s*=/i.test(tag) && !tag.startsWith('<a href="https://')),
    ).toEqual([])
  })

  it('Markdown: the pairs that came up as a table with both counts', () => {
    const { a, b, c, d } = names(session)
    const lines = report.markdown.split('\n')
    expect(lines).toContain('### Spanningskaart')
    expect(lines).toContain('| Paar | Spanning | Raakvlak |')
    expect(lines).toContain('| --- | ---: | ---: |')
    expect(lines).toContain(`| ${a} – ${b} | 2 | 0 |`)
    expect(lines).toContain(`| ${a} – ${c} | 0 | 1 |`)
    expect(lines).toContain(`| ${c} – ${d} | 0 | 1 |`)
    expect(lines).toContain(`- **Spanning:** ${a} – ${b}`)
  })

  it('Word: a table of the pairs under a caption', () => {
    const { a, b } = names(session)
    expect(report.docxXml).toMatch(
      /<w:pStyle w:val="Caption"\/>[\s\S]*?Spanningskaart: per paar principes[\s\S]*?<w:tbl>/,
    )
    const table = report.docxXml.split('<w:tbl>').find((t) => t.includes('Paar')) ?? ''
    expect(table).toContain('<w:tblHeader/>')
    expect(xmlText(table)).toMatch(new RegExp(`${a} – ${b}\\s*2\\s*0`))
    expect(word).toContain('Spanningskaart')
    expect(word).toContain(`Spanning: ${a} – ${b}`)
  })

  it('says the first choice and the movement in every format', () => {
    const { a, b } = names(session)
    const first = `Eerste keuze (vóór het gesprek)`
    const moved = `Minstens 2 mensen zijn verschoven: 2 van ${b} naar ${a}.`
    expect(report.html).toContain(`<dt>${first}</dt><dd dir="auto">${a} 5, ${b} 3,`)
    expect(report.html).toContain(`<dt>Beweging</dt><dd dir="auto">${moved}</dd>`)
    expect(report.markdown).toContain(`- **${first}:** ${a} 5, ${b} 3,`)
    expect(report.markdown).toContain(`- **Beweging:** ${moved}`)
    expect(word).toContain(`${first}: ${a} 5, ${b} 3,`)
    expect(word).toContain(`Beweging: ${moved}`)
  })
})
