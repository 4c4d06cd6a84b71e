import { describe, expect, it } from 'vitest'
import { fitWrappedPt, linesIn, MIN_PT, MM_PER_PT } from '@core/print/fit-text'
import { FLYER, flyerHtml, flyerLayout } from '@core/print/flyer'
import { escapeHtml } from '@core/report/html-escape'
import { deckOf, printSession } from './print-fixture'

/** How many lines `text` wraps into at `pt` in `widthMm`; null when one word alone is too wide. */
const linesAt = (text: string, widthMm: number, pt: number) =>
  linesIn(text, pt * MM_PER_PT, { widthMm, maxLines: Infinity })?.length ?? null
/** A name: at most `maxLines` lines, no word broken. */
const fitNamePt = (name: string, widthMm: number, maxPt: number, maxLines = 2) =>
  fitWrappedPt(name, { widthMm, maxLines }, maxPt)
/** Running text in a box of `widthMm` × `heightMm`. */
const fitTextPt = (text: string, widthMm: number, heightMm: number, maxPt: number) =>
  fitWrappedPt(text, { widthMm, maxLines: Infinity, heightMm }, maxPt)

describe('the flyer layout', () => {
  it('puts up to six principles in one column and more in two, filling the same height', () => {
    expect(flyerLayout(5)).toMatchObject({ columns: 1, rows: 5 })
    expect(flyerLayout(6)).toMatchObject({ columns: 1, rows: 6 })
    expect(flyerLayout(7)).toMatchObject({ columns: 2, rows: 4 })
    expect(flyerLayout(12)).toMatchObject({ columns: 2, rows: 6 })
    for (let count = 5; count <= 12; count += 1) {
      const layout = flyerLayout(count)
      const height = layout.rows * layout.cardHeightMm + (layout.rows - 1) * FLYER.rowGapMm
      const width = layout.columns * layout.cardWidthMm + (layout.columns - 1) * FLYER.gapMm
      expect(height).toBeCloseTo(FLYER.principlesMm)
      expect(width).toBeCloseTo(FLYER.widthMm)
      expect(layout.cardHeightMm).toBeGreaterThan(25)
    }
  })

  it('leaves the principles the page height minus header, line, footer and gaps', () => {
    const used =
      FLYER.headerMm + FLYER.howMm + FLYER.footerMm + FLYER.principlesMm + 3 * FLYER.gapMm
    expect(used).toBe(297 - 2 * FLYER.marginMm)
  })

  it('wraps at spaces only and refuses a word longer than a line', () => {
    expect(linesAt('Dienstbaar', 100, 10)).toBe(1)
    expect(linesAt('Open en eerlijk handelen', 25, 10)).toBe(3)
    expect(linesAt('Verantwoordingsbereidheid', 25, 10)).toBeNull()
  })

  it('shrinks a long name so its longest word fits, and keeps short names at full size', () => {
    expect(fitNamePt('Open', 85, 13)).toBe(13)
    const long = fitNamePt('Verantwoordingsbereidheidsprincipe', 85, 13)
    expect(long).toBeLessThan(13)
    expect(long).toBeGreaterThanOrEqual(MIN_PT)
    expect(linesAt('Verantwoordingsbereidheidsprincipe', 85, long)).toBe(1)
  })

  it('shrinks running text to its box, never below the minimum', () => {
    const text = 'woord '.repeat(60)
    // Ten lines of six words at 10 pt, on the shared (bold-width, so cautious) estimate.
    expect(fitTextPt(text, 85, 50, 10)).toBe(10)
    expect(fitTextPt(text, 85, 8, 10)).toBeLessThan(10)
    expect(fitTextPt(text, 5, 1, 10)).toBe(MIN_PT)
  })
})

describe('the flyer', () => {
  it('has title, date, every principle, the werkvorm line, the link and its QR code', async () => {
    const session = printSession()
    const html = await flyerHtml(session)
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<title>Flyer — Teamdag Financiën</title>')
    expect(html).toContain('size: A4 portrait')
    expect(html).toContain('Teamdag Financiën')
    expect(html).toContain('vrijdag 4 december 2026')
    for (const principle of session.principles) expect(html).toContain(escapeHtml(principle.name))
    expect(html).toContain('vloermat')
    expect(html).toContain('Meer informatie')
    expect(html).toContain('>grenzeloossamenwerken.nl</a>')
    expect(html).toMatch(/<svg [^>]*viewBox=/)
    expect(html).not.toMatch(/style="/)
    expect(html).not.toMatch(/word-break:\s*break-all|overflow-wrap:\s*anywhere/)
  })

  it('names the Gids when its address is given', async () => {
    const html = await flyerHtml(printSession(), { gidsUrl: 'https://www.example.nl/gids' })
    expect(html).toContain('Gids Ambtelijk Vakmanschap')
    expect(html).toContain('https://www.example.nl/gids')
  })

  it('prints a link that is no web address as text without a QR code, and no link when empty', async () => {
    const intranet = await flyerHtml(printSession('nl', { moreInfo: 'intranet/av' }))
    expect(intranet).toContain('intranet/av')
    expect(intranet).not.toContain('<svg')
    const none = await flyerHtml(printSession('nl', { moreInfo: '' }))
    expect(none).not.toContain('<svg')
    expect(none).not.toContain('Meer informatie')
  })

  it('fits a deck of twelve long principles in one page of two columns', async () => {
    const session = { ...printSession(), principles: deckOf(12) }
    const html = await flyerHtml(session)
    expect(html.match(/<section class="page">/g)).toHaveLength(1)
    expect(html.match(/<article class="card/g)).toHaveLength(12)
    for (const principle of session.principles) expect(html).toContain(principle.name)
    expect(html).toContain('grid-template-columns: repeat(2, 1fr)')
  })

  it('prints every name of decks of 5 to 12 on at most two lines without breaking a word, and every summary within its card', async () => {
    for (let count = 5; count <= 12; count += 1) {
      const session = { ...printSession(), principles: deckOf(count) }
      const html = await flyerHtml(session)
      const layout = flyerLayout(count)
      const width = layout.cardWidthMm - FLYER.textInsetMm
      const summaryPt = Number(/\.summary \{ font-size: ([\d.]+)pt/.exec(html)?.[1])
      expect(summaryPt).toBeGreaterThanOrEqual(MIN_PT)
      session.principles.forEach((principle, i) => {
        const band = new RegExp(`\\.p${i} \\.band \\{[^}]*font-size: ([\\d.]+)pt`).exec(html)
        const namePt = Number(band?.[1])
        expect(namePt).toBeGreaterThanOrEqual(MIN_PT)
        const nameLines = linesAt(principle.name, width, namePt)
        expect(nameLines).not.toBeNull()
        expect(nameLines ?? 3).toBeLessThanOrEqual(2)
        const bandMm = (nameLines ?? 2) * namePt * MM_PER_PT * 1.2 + FLYER.bandPadMm
        const summaryLines = linesAt(principle.summary, width, summaryPt) ?? Infinity
        const summaryMm = summaryLines * summaryPt * MM_PER_PT * 1.2 + FLYER.summaryPadMm
        expect(bandMm + summaryMm).toBeLessThanOrEqual(layout.cardHeightMm)
      })
    }
  })

  it('speaks English in an English session', async () => {
    const html = await flyerHtml(printSession('en'))
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Friday, 4 December 2026')
    expect(html).toContain('More information')
    expect(html).toContain('floor mat')
  })

  it('keeps hostile text as text', async () => {
    const session = printSession('nl', { title: '<script>alert(1)</script>' })
    const hostile = {
      ...session,
      principles: session.principles.map((p, i) =>
        i === 0 ? { ...p, name: '<img src=x onerror=alert(1)>' } : p,
      ),
    }
    const html = await flyerHtml(hostile)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})
