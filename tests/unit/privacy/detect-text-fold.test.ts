import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText, ORDINARY_WORDS } from '@core/privacy/detect'

describe('foldText', () => {
  it('folds case, accents, apostrophes and blanks', () => {
    expect(foldText('JOSÉ Ünal  D’Souza\n\tØzil').folded).toBe("jose unal d'souza ozil")
  })

  it('maps folded offsets back to the original text', () => {
    const text = 'Jose\u0301  Ünal'
    const { folded, toOriginal } = foldText(text)
    expect(folded).toBe('jose unal')
    expect(toOriginal(4)).toBe(5) // the blank after the combining mark
    expect(toOriginal(5)).toBe(7) // "u", after the second blank
    expect(toOriginal(folded.length)).toBe(text.length)
  })

  it('keeps offsets in order and ends at the end, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const { folded, toOriginal } = foldText(text)
        expect(folded.length).toBeLessThanOrEqual(text.length)
        expect(toOriginal(folded.length)).toBe(text.length)
        for (let i = 1; i <= folded.length; i++) {
          expect(toOriginal(i)).toBeGreaterThan(toOriginal(i - 1))
        }
      }),
    )
  })

  it('holds the ordinary words in folded form', () => {
    for (const word of ORDINARY_WORDS) expect(foldText(word).folded).toBe(word)
  })
})
