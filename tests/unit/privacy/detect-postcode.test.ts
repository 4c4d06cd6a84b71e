import { describe, expect, it } from 'vitest'
import { findPostcodes } from '@core/privacy/detect'
import { spans } from './detect-helpers'

const postcodes = (text: string) => spans(text, findPostcodes(text))

describe('postcodes with a house number', () => {
  it.each([
    ['1234 AB 12', '1234 AB 12'],
    ['Adres: 1234AB 12a.', '1234AB 12a'],
    ['1234 AB, 12', '1234 AB, 12'],
    ['1234ab 7-2 achter', '1234ab 7-2'],
    ['1234 AB nr. 5', '1234 AB nr. 5'],
  ])('finds the postcode and the number after it in %s', (text, found) => {
    expect(postcodes(text)).toEqual([found])
  })

  it('takes the street and number before the postcode in', () => {
    expect(postcodes('Hij woont aan de Dorpsstraat 12, 1234 AB Utrecht.')).toEqual([
      'Dorpsstraat 12, 1234 AB',
    ])
    expect(postcodes('Burgemeester de Withstraat 5a 2514 EA Den Haag')).toEqual([
      'Burgemeester de Withstraat 5a 2514 EA',
    ])
    expect(postcodes('woont op nummer 12, 1234 AB Utrecht')).toEqual(['12, 1234 AB'])
  })

  it('does not take a bare postcode for an address', () => {
    expect(postcodes('Het kantoor in 1234 AB is dicht.')).toEqual([])
    expect(postcodes('1234 AB Utrecht')).toEqual([])
  })

  it('follows the rules of the postcode itself', () => {
    // A leading 0, the letter pairs SA, SD and SS, a blank with small letters: no postcode.
    expect(postcodes('0234 AB 12')).toEqual([])
    expect(postcodes('1234 SA 12, 1234 SD 12, 1234ss 12')).toEqual([])
    expect(postcodes('tussen 2024 en 2025 12 keer')).toEqual([])
    expect(postcodes('12345 AB 12 en 1234 ABC 12')).toEqual([])
  })
})
