import { describe, expect, it } from 'vitest'
import { EXAMPLE_DILEMMAS } from '@core/commands/domains/dilemmas'
import { cardsTooLong, dilemmaCardsHtml, fitCard } from '@core/print/dilemma-cards'
import { createSession } from '@core/session/default-session'
import { ownDilemma, pageCount, matsSession, stylesheet } from './mats-cards-fixture'

const own = [
  ownDilemma('d1', 'Een eigen dilemma', 'Wat doe je als het moeilijk wordt?'),
  ownDilemma('d2', '<script>alert(1)</script>', 'Tekst met "quotes" & <b>tags</b>', 'on-the-spot'),
  ownDilemma('d3', 'Een voorbeeld uit de sessie', 'Al als voorbeeld toegevoegd', 'example'),
]
const session = matsSession({ dilemmas: own })
const cards = (html: string) => (html.match(/<article class="card"/g) ?? []).length
const examples = EXAMPLE_DILEMMAS.length

describe('dilemma cards', () => {
  it('prints the examples, 4 or 6 a page', () => {
    const four = dilemmaCardsHtml(session, { perPage: 4, include: 'examples' })
    const six = dilemmaCardsHtml(session, { perPage: 6, include: 'examples' })
    expect(cards(four)).toBe(examples)
    expect(pageCount(four)).toBe(Math.ceil(examples / 4))
    expect(cards(six)).toBe(examples)
    expect(pageCount(six)).toBe(Math.ceil(examples / 6))
    for (const example of EXAMPLE_DILEMMAS) expect(four).toContain(example.title)
  })

  it("adds the session's own dilemmas only when asked, not the examples it holds", () => {
    const without = dilemmaCardsHtml(session, { perPage: 4, include: 'examples' })
    expect(without).not.toContain('Een eigen dilemma')
    const withOwn = dilemmaCardsHtml(session, { perPage: 6, include: 'examples-and-own' })
    expect(cards(withOwn)).toBe(examples + 2)
    expect(pageCount(withOwn)).toBe(Math.ceil((examples + 2) / 6))
    expect(withOwn).toContain('Een eigen dilemma')
    expect(withOwn).not.toContain('Een voorbeeld uit de sessie')
  })

  it('never prints who brought a dilemma in', () => {
    const html = dilemmaCardsHtml(session, { perPage: 4, include: 'examples-and-own' })
    expect(html).not.toContain('Geheime Inbrenger')
  })

  it('keeps hostile text as text', () => {
    const html = dilemmaCardsHtml(session, { perPage: 4, include: 'examples-and-own' })
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Tekst met &quot;quotes&quot; &amp; &lt;b&gt;tags&lt;/b&gt;')
  })

  it('is A4 portrait with cut marks, wrapping at spaces only, in the session language', () => {
    const html = dilemmaCardsHtml(session, { perPage: 6, include: 'examples' })
    const css = stylesheet(html)
    expect(css).toContain('@page { size: A4 portrait;')
    expect(css).not.toMatch(/anywhere|break-all|text-overflow|line-clamp/)
    expect(html.match(/class="cut /g)).toHaveLength(8 * examples)
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<title>Dilemmakaarten — Teamdag &lt;Noord&gt;</title>')
    const en = dilemmaCardsHtml(createSession(0, 'en'), { perPage: 4, include: 'examples' })
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('<title>Dilemma cards</title>')
  })

  it('fits every example on its card at 4 and 6 a page', () => {
    for (const perPage of [4, 6] as const) {
      expect(cardsTooLong(session, { perPage, include: 'examples-and-own' })).toEqual([])
      for (const example of EXAMPLE_DILEMMAS) {
        const fit = fitCard(example, perPage)
        expect(fit.description.sizeMm).toBeGreaterThanOrEqual(2.8)
      }
    }
  })

  it('shrinks a long description down to the floor and reports one that cannot fit', () => {
    const long = ownDilemma('d9', 'Lang', 'Een heel lang verhaal over van alles. '.repeat(12))
    const longer = ownDilemma('d10', 'Te lang', 'woord '.repeat(2000))
    const fitLong = fitCard(long, 6)
    expect(fitLong.description.belowFloor).toBe(false)
    expect(fitLong.description.sizeMm).toBeLessThan(4.2)
    const tooLong = matsSession({ dilemmas: [long, longer] })
    expect(cardsTooLong(tooLong, { perPage: 6, include: 'examples-and-own' })).toEqual([
      examples + 1,
    ])
  })
})
