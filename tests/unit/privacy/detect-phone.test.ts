import { describe, expect, it } from 'vitest'
import { findPhones } from '@core/privacy/detect'
import { spans } from './detect-helpers'

const phones = (text: string) => spans(text, findPhones(text))

describe('Dutch phone numbers', () => {
  it.each([
    '06-12345678',
    '06 12 34 56 78',
    '0612345678',
    '+31 6 12345678',
    '+31612345678',
    '0031 6 12345678',
    '0031612345678',
    '+31 (0)6 12345678',
    '06 - 12345678',
    '070-1234567',
    '010 123 4567',
    '020-123 45 67',
    '(070) 123 45 67',
    '(0346) 12 34 56',
    '+31 70 123 4567',
  ])('finds %s', (phone) => {
    expect(phones(`Bel ${phone}, graag.`)).toEqual([phone])
  })

  it('finds a number between brackets', () => {
    expect(phones('Anouk (06-12345678) en Roos (070 1234567)')).toEqual([
      '06-12345678',
      '070 1234567',
    ])
    expect(phones('(070 123 45 67')).toEqual(['070 123 45 67'])
  })

  it('finds several numbers in a text', () => {
    expect(phones('Anouk: 06-12345678 / Roos: 070 123 4567')).toEqual([
      '06-12345678',
      '070 123 4567',
    ])
  })

  it.each([
    ['a date', 'Op 12-03-2024 en 01-03-2024 vergaderd'],
    ['a date and time', 'Op 12-03-2024 10:30 vergaderd'],
    ['a date written with dots', 'Op 01.03.2024 vergaderd'],
    ['a time', 'Om 10:30 uur'],
    ['a BSN', 'BSN 123456782'],
    ['a longer run of digits', 'Zaak 061234567890 en 990612345678'],
    ['nine digits after the 0', '06123456789'],
    ['eight digits after the 0', '0612345678'.slice(0, 9)],
    ['a 0 after the country code', '+31 06 1234567'],
    ['a lone 0 and a BSN', 'score 0 123456782'],
    ['digits glued to letters', 'code AB0612345678 of 0612345678x'],
    ['two hyphens', '06-1234-5678'],
  ])('does not take %s for a phone number', (_, text) => {
    expect(phones(text)).toEqual([])
  })
})
