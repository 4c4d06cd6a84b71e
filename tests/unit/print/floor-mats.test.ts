import { describe, expect, it } from 'vitest'
import { fitMat, floorMatsHtml, matColours, type FloorMatOptions } from '@core/print/floor-mats'
import { textWidthEm } from '@core/print/fit-text'
import { PAPER } from '@core/print/print-document'
import { contrastRatio } from '@core/principles/contrast'
import { createSession } from '@core/session/default-session'
import type { Principle } from '@core/session/schema'
import { pageCount, matsSession, stylesheet } from './mats-cards-fixture'

const PAPERS: FloorMatOptions['paper'][] = ['a3', 'a4', 'a4-pair']
const STYLES: FloorMatOptions['style'][] = ['full-colour', 'printer-friendly']
const session = matsSession()

const twelve: Principle[] = Array.from({ length: 12 }, (_, i) => ({
  id: `p${i + 1}`,
  name: `Principe nummer ${i + 1}`,
  summary: 'Een korte samenvatting.',
  explanation: '',
  color: i % 2 === 0 ? '#f4d35e' : '#1d4e89',
}))

describe('floor mats', () => {
  it('prints one page per principle, two per principle as an A4 pair', () => {
    for (const style of STYLES) {
      expect(pageCount(floorMatsHtml(session, { paper: 'a3', style }))).toBe(7)
      expect(pageCount(floorMatsHtml(session, { paper: 'a4', style }))).toBe(7)
      expect(pageCount(floorMatsHtml(session, { paper: 'a4-pair', style }))).toBe(14)
    }
  })

  it('prints every name once per mat, in deck order', () => {
    for (const paper of PAPERS) {
      const html = floorMatsHtml(session, { paper, style: 'full-colour' })
      const times = paper === 'a4-pair' ? 2 : 1
      const names = [...html.matchAll(/<h1[^>]*>([^<]*)<\/h1>/g)].map((match) => match[1])
      expect(names).toEqual(session.principles.flatMap((p) => Array<string>(times).fill(p.name)))
    }
  })

  it('sets the page size per option, full bleed, and never breaks words', () => {
    const sizes = { a3: 'A3 landscape', a4: 'A4 landscape', 'a4-pair': 'A4 portrait' }
    for (const paper of PAPERS) {
      const css = stylesheet(floorMatsHtml(session, { paper, style: 'printer-friendly' }))
      expect(css).toContain(`@page { size: ${sizes[paper]}; margin: 0mm; }`)
      expect(css).not.toMatch(/anywhere|break-all/)
    }
  })

  it('marks the halves of a pair and where to tape them', () => {
    const html = floorMatsHtml(session, { paper: 'a4-pair', style: 'full-colour' })
    expect(html.match(/class="half-mark"[^>]*>1\/2</g)).toHaveLength(7)
    expect(html.match(/class="half-mark"[^>]*>2\/2</g)).toHaveLength(7)
    expect(html.match(/class="tape"/g)).toHaveLength(14)
    expect(html).toContain('left:-210mm')
  })

  it('gives every default-deck name a box of at least half the page width', () => {
    for (const paper of ['a3', 'a4'] as const) {
      const { widthMm, heightMm } = paper === 'a3' ? PAPER['a3-landscape'] : PAPER['a4-landscape']
      for (const principle of session.principles) {
        const fit = fitMat(principle, widthMm, heightMm)
        expect(fit.name.belowFloor).toBe(false)
        expect(fit.name.lines).toEqual([principle.name])
        expect(fit.name.sizeMm * textWidthEm(principle.name)).toBeGreaterThanOrEqual(widthMm / 2)
        expect(fit.summary.sizeMm).toBeGreaterThanOrEqual(10)
        expect(fit.summary.belowFloor).toBe(false)
      }
    }
  })

  it('keeps 4.5:1 contrast for name and summary in both styles', () => {
    for (const style of STYLES) {
      const html = floorMatsHtml(session, { paper: 'a3', style })
      for (const principle of [...session.principles, ...twelve]) {
        const colours = matColours(principle.color, style)
        expect(contrastRatio(colours.name, colours.background)).toBeGreaterThanOrEqual(4.5)
        expect(contrastRatio(colours.summary, colours.background)).toBeGreaterThanOrEqual(4.5)
      }
      for (const principle of session.principles) {
        expect(html).toContain(`background:${matColours(principle.color, style).background}`)
      }
    }
  })

  it('prints a twelve-principle deck', () => {
    const html = floorMatsHtml(
      { ...session, principles: twelve },
      { paper: 'a3', style: 'full-colour' },
    )
    expect(pageCount(html)).toBe(12)
    expect(html).toContain('Principe nummer 12')
  })

  it('titles and marks the language of the document', () => {
    const nl = floorMatsHtml(session, { paper: 'a3', style: 'full-colour' })
    expect(nl).toContain('<html lang="nl">')
    expect(nl).toContain('<title>Vloermatten — Teamdag &lt;Noord&gt;</title>')
    const en = floorMatsHtml(
      { ...createSession(0, 'en'), principles: twelve },
      {
        paper: 'a4-pair',
        style: 'full-colour',
      },
    )
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('<title>Floor mats</title>')
    expect(en).toContain('Tape together here')
  })

  it('escapes deck texts', () => {
    const hostile = { ...twelve[0], name: '<script>x</script>', summary: '"&\'' } as Principle
    const html = floorMatsHtml(
      { ...session, principles: [hostile] },
      { paper: 'a3', style: 'full-colour' },
    )
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;')
    expect(html).toContain('&quot;&amp;&#39;')
  })

  it('shrinks a very long name, wrapping at spaces, without going below the floor', () => {
    const long = {
      ...twelve[0],
      name: 'Zorgvuldig en rechtvaardig handelen in het algemeen belang van iedereen',
    } as Principle
    const fit = fitMat(long, 420, 297)
    expect(fit.name.belowFloor).toBe(false)
    expect(fit.name.lines.join(' ')).toBe(long.name)
    expect(fit.name.lines.length).toBeLessThanOrEqual(3)
  })
})
