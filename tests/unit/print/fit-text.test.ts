import { describe, expect, it } from 'vitest'
import {
  fitOneLine,
  fitWrapped,
  fitWrappedPt,
  largestPt,
  linesIn,
  MIN_PT,
  MM_PER_PT,
  textHeightMm,
  textWidthEm,
  wrapWords,
} from '@core/print/fit-text'

const LIMITS = { maxMm: 100, minMm: 12 }

describe('fitOneLine', () => {
  it('gives longer names a smaller size, capped at the maximum', () => {
    expect(fitOneLine('Open', 380, LIMITS).sizeMm).toBe(100)
    const names = [
      'Open',
      'Integer',
      'Rechtvaardig',
      'Rechtsstatelijk',
      'Maatschappelijk betrokken',
    ]
    const sizes = names.map((name) => fitOneLine(name, 200, LIMITS).sizeMm)
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1] ?? 0)
  })

  it('fits "Rechtsstatelijk" and a 40-character name within the box', () => {
    for (const name of ['Rechtsstatelijk', 'Maatschappelijk verantwoord en duurzaam!']) {
      const fit = fitOneLine(name, 380, LIMITS)
      expect(fit.belowFloor).toBe(false)
      expect(fit.sizeMm * textWidthEm(name)).toBeLessThanOrEqual(380)
    }
  })

  it('never goes below the floor, and says so', () => {
    const fit = fitOneLine('x'.repeat(200), 380, LIMITS)
    expect(fit).toEqual({ sizeMm: 12, belowFloor: true })
  })

  it('estimates capitals and wide letters wider than narrow ones', () => {
    expect(textWidthEm('WWW')).toBeGreaterThan(textWidthEm('aaa'))
    expect(textWidthEm('iii')).toBeLessThan(textWidthEm('aaa'))
  })
})

describe('fitWrapped', () => {
  const box = { widthMm: 100, maxLines: 3 }

  it('wraps at spaces only and keeps every word whole', () => {
    const text = 'Je handelt binnen de wet en de democratische spelregels.'
    const fit = fitWrapped(text, box, { maxMm: 20, minMm: 3 })
    expect(fit.belowFloor).toBe(false)
    expect(fit.lines.length).toBeLessThanOrEqual(3)
    expect(fit.lines.join(' ')).toBe(text)
    for (const line of fit.lines) expect(textWidthEm(line) * fit.sizeMm).toBeLessThanOrEqual(100)
  })

  it('sizes by the longest word when that is the limit', () => {
    const fit = fitWrapped('a Rechtsstatelijkheidsbeginsel b', box, { maxMm: 40, minMm: 3 })
    expect(fit.sizeMm * textWidthEm('Rechtsstatelijkheidsbeginsel')).toBeLessThanOrEqual(100)
    expect(fit.sizeMm).toBeGreaterThan(5)
  })

  it('respects the height', () => {
    const text = 'een twee drie vier vijf zes zeven acht negen tien'.repeat(3)
    const fit = fitWrapped(text, { ...box, maxLines: 50, heightMm: 20, lineHeight: 1.2 }, LIMITS2)
    expect(fit.lines.length * fit.sizeMm * 1.2).toBeLessThanOrEqual(20)
  })

  it('stops at the floor and flags text that cannot fit', () => {
    const fit = fitWrapped('woord '.repeat(500), box, { maxMm: 10, minMm: 4 })
    expect(fit.sizeMm).toBe(4)
    expect(fit.belowFloor).toBe(true)
  })

  it('wrapWords puts a too-long word on a line of its own rather than splitting it', () => {
    expect(wrapWords('a Rechtsstatelijk b', 3)).toEqual(['a', 'Rechtsstatelijk', 'b'])
  })
})

const LIMITS2 = { maxMm: 10, minMm: 1 }

describe('sizes in points (flyer and hand-out) on the same estimate', () => {
  it('shrink a quarter point at a time from the cap, never below the minimum', () => {
    expect(largestPt(10, () => true)).toBe(10)
    expect(largestPt(10, (mm) => mm <= 9.6 * MM_PER_PT)).toBe(9.5)
    expect(largestPt(10, () => false)).toBe(MIN_PT)
  })

  it('give the same answer as the millimetre fit, a word never split', () => {
    const name = 'Verantwoordingsbereidheidsprincipe'
    const pt = fitWrappedPt(name, { widthMm: 60, maxLines: 2 }, 16)
    expect(pt).toBeLessThan(16)
    expect(linesIn(name, pt * MM_PER_PT, { widthMm: 60, maxLines: 2 })).toEqual([name])
    expect(linesIn(name, (pt + 0.25) * MM_PER_PT, { widthMm: 60, maxLines: 2 })).toBeNull()
    const mm = fitWrapped(name, { widthMm: 60, maxLines: 2 }, { maxMm: 16 * MM_PER_PT, minMm: 2 })
    expect(Math.abs(mm.sizeMm / MM_PER_PT - pt)).toBeLessThan(0.5)
  })

  it('measure a text as tall as its lines, and endlessly tall when a word cannot fit', () => {
    expect(textHeightMm('een twee', 100, 5)).toBeCloseTo(5 * 1.2)
    expect(textHeightMm('Rechtsstatelijkheidsbeginsel', 10, 5)).toBe(Infinity)
  })
})
