import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitNames } from '@core/text/split-names'

describe('splitNames', () => {
  it.each<[string, string, string[]]>([
    ['newlines', 'Anna\nBram\nChris', ['Anna', 'Bram', 'Chris']],
    ['Windows newlines', 'Anna\r\nBram\r\n', ['Anna', 'Bram']],
    ['old Mac newlines', 'Anna\rBram', ['Anna', 'Bram']],
    ['commas', 'Anna, Bram,Chris', ['Anna', 'Bram', 'Chris']],
    ['semicolons (Outlook)', 'Anna de Vries; Bram Jansen;', ['Anna de Vries', 'Bram Jansen']],
    ['tabs (a spreadsheet column pasted)', 'Anna\tBram', ['Anna', 'Bram']],
    ['a mix', 'Anna;\n Bram ,\t\tChris\n\n', ['Anna', 'Bram', 'Chris']],
    ['inner runs of spaces', '  Anna   de   Vries  ', ['Anna de Vries']],
    ['accents and apostrophes', "Zoë\nJoëlle O'Brien", ['Zoë', "Joëlle O'Brien"]],
    ['only separators', ' ,;\n\t ', []],
    ['nothing', '', []],
  ])('splits on %s', (_label, text, names) => {
    expect(splitNames(text)).toEqual(names)
  })

  it('keeps duplicates (the reducer decides what is already there)', () => {
    expect(splitNames('Anna\nanna\nAnna')).toEqual(['Anna', 'anna', 'Anna'])
  })

  it('never gives blank or untrimmed names, nor a separator inside a name (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const name of splitNames(text)) {
          expect(name).not.toBe('')
          expect(name).toBe(name.trim())
          expect(name).not.toMatch(/[\n\r,;\t]|\s{2}/)
        }
      }),
      { numRuns: 300, seed: 31 },
    )
  })

  it('gives back names joined with newlines unchanged (property)', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((s) =>
        s
          .replace(/[\n\r,;\t]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((s) => s !== '')
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), (names) => {
        expect(splitNames(names.join('\n'))).toEqual(names)
      }),
      { numRuns: 200, seed: 32 },
    )
  })
})
