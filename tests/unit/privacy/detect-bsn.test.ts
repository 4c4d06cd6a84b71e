import { describe, expect, it } from 'vitest'
import { findBsns, passesElfproef } from '@core/privacy/detect'
import { spans } from './detect-helpers'

const bsns = (text: string) => spans(text, findBsns(text))

describe('the elfproef', () => {
  it('passes valid numbers and fails others', () => {
    expect(passesElfproef('123456782')).toBe(true)
    expect(passesElfproef('111222333')).toBe(true)
    expect(passesElfproef('123456789')).toBe(false)
    expect(passesElfproef('000000000')).toBe(false)
    expect(passesElfproef('12345')).toBe(false)
  })

  it('puts back the leading 0 of an eight-digit number', () => {
    // 0·9 + 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 − 2 = 110
    expect(passesElfproef('12345672')).toBe(true)
    expect(passesElfproef('012345672')).toBe(true)
    expect(passesElfproef('12345678')).toBe(false)
  })
})

describe('BSN-like numbers', () => {
  it.each(['123456782', '1234.56.782', '123 456 782', '123-456-782', '123.456.782', '12345672'])(
    'finds %s',
    (bsn) => {
      expect(bsns(`BSN: ${bsn}.`)).toEqual([bsn])
    },
  )

  it('finds nothing when the elfproef fails', () => {
    expect(bsns('nummer 123456789 of 123 456 789')).toEqual([])
  })

  it('does not look inside longer runs of digits or codes', () => {
    expect(bsns('1123456782 en 1234567820 en A123456782 en 5.123456782 en 123456782-4')).toEqual([])
    expect(bsns('123 456-782')).toEqual([])
  })
})
