import { describe, expect, it } from 'vitest'
import { findEmails } from '@core/privacy/detect'
import { spans } from './detect-helpers'

const emails = (text: string) => spans(text, findEmails(text))

describe('e-mail addresses', () => {
  it('finds an address as a whole token', () => {
    expect(emails('Mail anouk.de-vries@gemeente.utrecht.nl.')).toEqual([
      'anouk.de-vries@gemeente.utrecht.nl',
    ])
    expect(emails('(j.jansen+werk@minbzk.nl), of JOSÉ@voorbeeld.eu')).toEqual([
      'j.jansen+werk@minbzk.nl',
      'JOSÉ@voorbeeld.eu',
    ])
  })

  it('needs a top-level domain of two letters or more', () => {
    expect(emails('anouk@localhost en anouk@gemeente.n en @gemeente.nl')).toEqual([])
  })

  it('finds nothing in text without @', () => {
    expect(emails('Geen adres hier.')).toEqual([])
  })
})
