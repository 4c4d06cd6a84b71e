import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  contrastRatio,
  darkenForWhiteText,
  isReadableBehindWhite,
  luminance,
  MIN_PRINCIPLE_CONTRAST,
  PRINCIPLE_TEXT_COLOR,
} from '@core/principles/contrast'
import { defaultPrinciples } from '@core/session/default-session'

const hexColor = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`)

const channels = (hex: string) =>
  [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)) as [number, number, number]

describe('luminance and contrastRatio (WCAG 2)', () => {
  it('gives the known end points', () => {
    expect(luminance('#000000')).toBe(0)
    expect(luminance('#ffffff')).toBeCloseTo(1, 10)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10)
    expect(contrastRatio('#1d4e89', '#1d4e89')).toBe(1)
  })

  it.each([
    ['#777777', 4.48],
    ['#767676', 4.54],
    ['#808080', 3.95],
    ['#0000ff', 8.59],
    ['#ff0000', 4.0],
    ['#00ff00', 1.37],
    ['#ffff00', 1.07],
  ])('%s against white is %s : 1', (color, ratio) => {
    expect(contrastRatio(color, '#ffffff')).toBeCloseTo(ratio, 2)
  })

  it('accepts upper-case hex digits', () => {
    expect(contrastRatio('#1D4E89', '#FFFFFF')).toBe(contrastRatio('#1d4e89', '#ffffff'))
  })

  it('is symmetric and between 1 and 21', () => {
    fc.assert(
      fc.property(hexColor, hexColor, (a, b) => {
        const ratio = contrastRatio(a, b)
        expect(ratio).toBe(contrastRatio(b, a))
        expect(ratio).toBeGreaterThanOrEqual(1)
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9)
      }),
    )
  })
})

describe('isReadableBehindWhite', () => {
  it('draws the line at 4.5 : 1 for white text', () => {
    expect(PRINCIPLE_TEXT_COLOR).toBe('#ffffff')
    expect(MIN_PRINCIPLE_CONTRAST).toBe(4.5)
    expect(isReadableBehindWhite('#767676')).toBe(true)
    expect(isReadableBehindWhite('#777777')).toBe(false)
    expect(isReadableBehindWhite('#ffffff')).toBe(false)
    expect(isReadableBehindWhite('#000000')).toBe(true)
    expect(isReadableBehindWhite('#0000ff', 7)).toBe(true)
    expect(isReadableBehindWhite('#1d4e89', 9)).toBe(false)
  })

  it('holds for every principle of the default deck', () => {
    for (const principle of defaultPrinciples())
      expect(isReadableBehindWhite(principle.color), principle.name).toBe(true)
  })
})

describe('darkenForWhiteText', () => {
  it('always returns a #rrggbb colour that carries white text', () => {
    fc.assert(
      fc.property(hexColor, (color) => {
        const result = darkenForWhiteText(color)
        expect(result).toMatch(/^#[0-9a-f]{6}$/)
        expect(isReadableBehindWhite(result)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('meets a stricter minimum when asked to', () => {
    fc.assert(
      fc.property(hexColor, (color) => {
        expect(contrastRatio(darkenForWhiteText(color, 7), '#ffffff')).toBeGreaterThanOrEqual(7)
      }),
    )
  })

  it('leaves readable colours unchanged', () => {
    fc.assert(
      fc.property(
        hexColor.filter((color) => isReadableBehindWhite(color)),
        (color) => {
          expect(darkenForWhiteText(color)).toBe(color)
        },
      ),
    )
    for (const principle of defaultPrinciples())
      expect(darkenForWhiteText(principle.color)).toBe(principle.color)
  })

  it('keeps the hue: every channel is scaled down by the same factor, never raised', () => {
    fc.assert(
      fc.property(hexColor, (color) => {
        const before = channels(color)
        const after = channels(darkenForWhiteText(color))
        after.forEach((value, index) => expect(value).toBeLessThanOrEqual(before[index] ?? 0))
        const brightest = before.indexOf(Math.max(...before))
        const factor =
          before[brightest] === 0 ? 1 : (after[brightest] ?? 0) / (before[brightest] ?? 1)
        // Rounding to whole channel values moves each one by at most half a step.
        before.forEach((value, index) =>
          expect(Math.abs((after[index] ?? 0) - value * factor)).toBeLessThanOrEqual(1),
        )
      }),
    )
  })

  it('darkens only as far as needed', () => {
    expect(darkenForWhiteText('#777777')).toBe('#767676')
    expect(darkenForWhiteText('#ffffff')).toBe('#757575')
    expect(darkenForWhiteText('#ffff00')).toBe('#7a7a00')
    expect(darkenForWhiteText('#00ff00')).toBe('#008a00')
    // A shade lighter would not have been readable.
    expect(isReadableBehindWhite('#7b7b00')).toBe(false)
    expect(isReadableBehindWhite('#777777')).toBe(false)
  })
})
