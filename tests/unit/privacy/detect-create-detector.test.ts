import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDetector, ORDINARY_WORDS, type Person, type TextMatch } from '@core/privacy/detect'
import { described } from './detect-helpers'

const people: Person[] = [
  { key: 'anouk', name: 'Anouk de Vries' },
  { key: 'roos', name: 'Roos Jansen' },
]
const detect = createDetector(people)
const found = (text: string) => described(text, detect(text))

describe('createDetector', () => {
  it('returns every kind, sorted by start', () => {
    const text =
      'Anouk de Vries (06-12345678, anouk@gemeente.nl) woont Dorpsstraat 12, 1234 AB Utrecht, ' +
      'rekening NL91 ABNA 0417 1643 00, BSN 123456782, geboren op 3 maart 1985.'
    expect(found(text)).toEqual([
      'name:Anouk de Vries@anouk',
      'phone:06-12345678',
      'email:anouk@gemeente.nl',
      'postcode:Dorpsstraat 12, 1234 AB',
      'iban:NL91 ABNA 0417 1643 00',
      'bsn:123456782',
      'birthdate:3 maart 1985',
    ])
  })

  it('never returns overlapping matches', () => {
    // The name inside the address is part of the e-mail match, not a match of its own.
    expect(found('Mail roos.jansen@gemeente.nl of anouk@x.nl')).toEqual([
      'email:roos.jansen@gemeente.nl',
      'email:anouk@x.nl',
    ])
  })

  it('does not take the digits of an IBAN or a phone number for a BSN', () => {
    expect(found('NL91ABNA0417164300')).toEqual(['iban:NL91ABNA0417164300'])
    // "123 456 782" passes the elfproef, but here it is the rest of a phone number.
    expect(found('Bel +31 123 456 782 of 0031 123456782')).toEqual([
      'phone:+31 123 456 782',
      'phone:0031 123456782',
    ])
  })

  it('finds nothing in an empty text or a text without personal data', () => {
    expect(detect('')).toEqual([])
    expect(detect('De casus ging over 3 maart 2025 en 12 deelnemers.')).toEqual([])
  })
})

const FIRST = [
  'Anouk',
  'Bram',
  'Chantal',
  'Daan',
  'Eva',
  'Fatima',
  'Gijs',
  'Hanna',
  'Ilse',
  'Joost',
]
const SURNAMES = ['de Vries', 'Jansen', 'van den Berg', 'Öztürk', "van 't Hek", 'D’Souza']
const FILLER =
  'het overleg ging over de casus en wat daarna gebeurde met het budget van dit jaar'.split(' ')

describe('createDetector on a large session', () => {
  it('finds exactly what was put into 2,000 texts for 60 people', () => {
    const many: Person[] = SURNAMES.flatMap((surname, s) =>
      FIRST.map((first, f) => ({ key: `p${s * FIRST.length + f}`, name: `${first} ${surname}` })),
    )
    expect(many).toHaveLength(60)
    const check = createDetector(many)
    for (let i = 0; i < 2000; i++) {
      const person = many[(i * 7) % many.length]
      expect(person).toBeDefined()
      if (!person) return
      const expected: string[] = []
      let text = ''
      let word = i
      const fill = (until: number) => {
        while (text.length < until) text += `${FILLER[word++ % FILLER.length] ?? ''} `
      }
      fill(60)
      text += `${person.name} `
      expected.push(`name:${person.name}@${person.key}`)
      fill(150)
      const phone = `06-${String(10000000 + i).padStart(8, '0')}`
      text += `${phone} `
      expected.push(`phone:${phone}`)
      fill(300)
      expect(described(text, check(text))).toEqual(expected)
    }
  })
})

/** Letters of names and letters of filler do not meet: the filler never holds a name. */
const nameLetter = fc.constantFrom(...'abcdefghijklmáéëïöüç')
const fillerWord = fc.stringMatching(/^[n-z]{1,8}$/)
const nameToken = fc
  .array(nameLetter, { minLength: 4, maxLength: 8 })
  .map((letters) => letters.join(''))
  .filter((token) => !ORDINARY_WORDS.has(token.normalize('NFD').replace(/\p{M}/gu, '')))
  .map((token) => token.charAt(0).toUpperCase() + token.slice(1))
const personName = fc.array(nameToken, { minLength: 1, maxLength: 3 }).map((t) => t.join(' '))
const writing = fc.constantFrom<(name: string) => string>(
  (name) => name,
  (name) => name.toUpperCase(),
  (name) => name.normalize('NFD'),
  (name) => name.normalize('NFD').replace(/\p{M}/gu, ''),
)

describe('createDetector, property', () => {
  it('finds a name put between words at its offsets, and no name in the words alone', () => {
    fc.assert(
      fc.property(
        personName,
        writing,
        fc.array(fillerWord, { maxLength: 12 }),
        fc.array(fillerWord, { maxLength: 12 }),
        (name, write, before, after) => {
          const check = createDetector([{ key: 'x', name }])
          const written = write(name)
          const head = before.map((word) => `${word} `).join('')
          const tail = after.map((word) => ` ${word}`).join('')
          const text = `${head}${written}${tail}`
          const names = check(text).filter((match: TextMatch) => match.kind === 'name')
          expect(names).toContainEqual({
            kind: 'name',
            start: head.length,
            end: head.length + written.length,
            personKey: 'x',
          })
          const filler = `${head}${tail}`
          expect(check(filler).filter((match) => match.kind === 'name')).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })
})
