import { describe, expect, it } from 'vitest'
import { findBirthdates } from '@core/privacy/detect'
import { spans } from './detect-helpers'

const birthdates = (text: string) => spans(text, findBirthdates(text))

describe('dates of birth', () => {
  it.each([
    ['Zij is geboren op 3 maart 1985.', '3 maart 1985'],
    ['geb. 03-03-1985', '03-03-1985'],
    ['Geboortedatum: 3-3-1985', '3-3-1985'],
    ['born 3 March 1985', '3 March 1985'],
    ['date of birth 1985-03-03', '1985-03-03'],
    ['DOB: 03/03/85', '03/03/85'],
    ['geboren 3 mrt. 1985', '3 mrt. 1985'],
    ['born on the 3rd of March 1985', '3rd of March 1985'],
    ['Born March 3, 1985', 'March 3, 1985'],
    ["geboren te 's-Hertogenbosch op 12 okt 1970", '12 okt 1970'],
    ['Jan (geb. 1985) deed mee', '1985'],
    ['geboren in 1985', '1985'],
  ])('finds the date in %s', (text, date) => {
    expect(birthdates(text)).toEqual([date])
  })

  it('does not take a date without a birth keyword', () => {
    expect(birthdates('vergadering op 3 maart 2025')).toEqual([])
    expect(birthdates('Afspraak 03-03-2025 om 10:00')).toEqual([])
  })

  it('does not take a date far from the keyword or after a sentence end', () => {
    expect(birthdates('Ze is geboren in Utrecht. De vergadering is op 3 maart 2025')).toEqual([])
    expect(
      birthdates('geboren en getogen in een dorpje op de Veluwe en sindsdien 3 maart 2025'),
    ).toEqual([])
    expect(birthdates('geboren 12-03-1985, vergadering 3 maart 2025')).toEqual(['12-03-1985'])
  })

  it('takes a year alone only right after the keyword', () => {
    expect(birthdates('geboren in Utrecht in 1985')).toEqual([])
    expect(birthdates('geboortedag 1985')).toEqual(['1985'])
  })

  it('does not take a word that starts like a keyword', () => {
    expect(birthdates('gebruik 3 maart 1985')).toEqual([])
  })
})
