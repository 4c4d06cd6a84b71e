import { describe, expect, it } from 'vitest'
import { findIbans, isValidIban } from '@core/privacy/detect'
import { spans } from './detect-helpers'

const ibans = (text: string) => spans(text, findIbans(text))

describe('IBAN', () => {
  it('checks the mod-97 checksum and the length of the country', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true)
    expect(isValidIban('nl91abna0417164300')).toBe(true)
    expect(isValidIban('BE68539007547034')).toBe(true)
    expect(isValidIban('DE89370400440532013000')).toBe(true)
    expect(isValidIban('GB82WEST12345698765432')).toBe(true)
    expect(isValidIban('NL91ABNA0417164301')).toBe(false)
    expect(isValidIban('NL92ABNA0417164300')).toBe(false)
    // Right checksum, wrong length for NL.
    expect(isValidIban('NL13ABNA0417164')).toBe(false)
  })

  it.each(['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300', 'nl91 abna 0417 1643 00'])(
    'finds %s',
    (iban) => {
      expect(ibans(`Rekening ${iban}, t.n.v. de vereniging`)).toEqual([iban])
    },
  )

  it('finds IBANs of other countries', () => {
    expect(ibans('BE68 5390 0754 7034 en DE89 3704 0044 0532 0130 00')).toEqual([
      'BE68 5390 0754 7034',
      'DE89 3704 0044 0532 0130 00',
    ])
  })

  it('leaves a word after an IBAN of whole groups out', () => {
    expect(ibans('BE68 5390 0754 7034 voor de borrel')).toEqual(['BE68 5390 0754 7034'])
  })

  it('finds nothing when the checksum fails', () => {
    expect(ibans('NL91 ABNA 0417 1643 01 en NL91ABNA0417164301')).toEqual([])
  })

  it('needs whole tokens', () => {
    expect(ibans('XNL91ABNA0417164300 en NL91ABNA04171643001')).toEqual([])
  })
})
