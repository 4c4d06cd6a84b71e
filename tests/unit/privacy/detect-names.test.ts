import { describe, expect, it } from 'vitest'
import { createNameDetector, nameVariants, type Person } from '@core/privacy/detect'
import { described } from './detect-helpers'

const people: Person[] = [
  { key: 'anouk', name: 'Anouk de Vries' },
  { key: 'roos', name: 'Roos Jansen' },
  { key: 'wil', name: 'Wil Bakker' },
  { key: 'jose', name: 'José Ünal' },
  { key: 'piet', name: "Piet van 't Hek" },
  { key: 'priya', name: 'Priya D’Souza' },
]
const find = createNameDetector(people)
const names = (text: string) => described(text, find(text))

describe('name variants', () => {
  it('builds full name, first name, surname with and without particles', () => {
    expect(nameVariants("Piet van 't Hek").map((v) => v.text)).toEqual([
      "piet van 't hek",
      'piet hek',
      "van 't hek",
      'hek',
      'piet',
    ])
    expect(nameVariants('Anouk van der Berg').map((v) => v.text)).toEqual([
      'anouk van der berg',
      'anouk berg',
      'van der berg',
      'berg',
      'anouk',
    ])
  })

  it('keeps a middle name out of the surname', () => {
    expect(nameVariants('Jan Peter de Vries').map((v) => v.text)).toContain('jan de vries')
    expect(nameVariants('Jan Peter Balkenende').map((v) => v.text)).toEqual([
      'jan peter balkenende',
      'jan balkenende',
      'balkenende',
      'jan',
    ])
  })

  it('gives a one-word name just that word', () => {
    expect(nameVariants('Anouk')).toEqual([{ text: 'anouk', kind: 'full' }])
  })

  it('skips variants of one letter or of particles only', () => {
    expect(nameVariants('A. de Vries').map((v) => v.text)).toEqual([
      'a. de vries',
      'de vries',
      'vries',
    ])
    expect(nameVariants('van der')).toEqual([])
    expect(nameVariants('De Vries').map((v) => v.text)).toEqual(['de vries', 'vries'])
  })
})

describe('finding names', () => {
  it('finds a full name as one match, not first name plus surname', () => {
    expect(names('Gisteren sprak Anouk de Vries ons toe.')).toEqual(['name:Anouk de Vries@anouk'])
    expect(names('anouk DE VRIES')).toEqual(['name:anouk DE VRIES@anouk'])
  })

  it('finds whole words only', () => {
    expect(names('Anoukje en Vriesland en Hekwerk')).toEqual([])
    expect(names("Anouk's idee, (Anouk) en Anouk-Marie")).toEqual([
      'name:Anouk@anouk',
      'name:Anouk@anouk',
      'name:Anouk@anouk',
    ])
  })

  it('finds a name between quotes', () => {
    expect(names('\'Anouk\' en ‘Roos’ en "Hek"')).toEqual([
      'name:Anouk@anouk',
      'name:Roos@roos',
      'name:Hek@piet',
    ])
  })

  it('ignores case and diacritics', () => {
    expect(names('José, Jose, JOSÉ en jose')).toHaveLength(4)
    expect(names('Ünal en Unal en ÜNAL')).toEqual([
      'name:Ünal@jose',
      'name:Unal@jose',
      'name:ÜNAL@jose',
    ])
  })

  it('keeps the offsets in the original text when accents are written as combining marks', () => {
    const text = 'Toen zei Jose\u0301 \u00dcnal iets'
    const [match] = find(text)
    expect(match).toBeDefined()
    expect(text.slice(match?.start, match?.end)).toBe('Jose\u0301 Ünal')
  })

  it('finds a name across a double blank or a line break', () => {
    expect(names('Anouk  de\nVries')).toEqual(['name:Anouk  de\nVries@anouk'])
  })

  it("finds surnames with particles: van 't Hek, Van 't Hek, Hek", () => {
    expect(names("Piet van 't Hek belde; Van 't Hek en later Hek ook")).toEqual([
      "name:Piet van 't Hek@piet",
      "name:Van 't Hek@piet",
      'name:Hek@piet',
    ])
    expect(names('van ’t Hek')).toEqual(['name:van ’t Hek@piet'])
  })

  it("treats ' and ’ alike: D'Souza and D’Souza", () => {
    expect(names("D'Souza en D’Souza en d’souza")).toEqual([
      "name:D'Souza@priya",
      'name:D’Souza@priya',
      'name:d’souza@priya',
    ])
  })

  it('gives a shared first name to the first person in the list', () => {
    const twoJans = createNameDetector([
      { key: 'jan1', name: 'Jan de Wit' },
      { key: 'jan2', name: 'Jan Smeets' },
    ])
    const text = 'Jan zei het, Jan Smeets ook'
    expect(described(text, twoJans(text))).toEqual(['name:Jan@jan1', 'name:Jan Smeets@jan2'])
  })

  it('lets a full name win over the first name of another person', () => {
    const detect = createNameDetector([
      { key: 'jan-de-vries', name: 'Jan de Vries' },
      { key: 'jan', name: 'Jan' },
    ])
    expect(described('Jan', detect('Jan'))).toEqual(['name:Jan@jan'])
  })

  it('keeps the longer of two names that overlap', () => {
    const detect = createNameDetector([
      { key: 'anne', name: 'Anne Smeets' },
      { key: 'anne-marie', name: 'Anne-Marie Dekkers' },
    ])
    const text = 'Anne-Marie en Anne'
    expect(described(text, detect(text))).toEqual(['name:Anne-Marie@anne-marie', 'name:Anne@anne'])
  })

  it('finds nothing without people', () => {
    expect(createNameDetector([])('Anouk de Vries')).toEqual([])
  })
})

describe('names that are ordinary words', () => {
  it('does not take the word for the name', () => {
    expect(names('Er stond een roos op tafel')).toEqual([])
    expect(names('Ik wil dat niet. Wil je dat?')).toEqual([])
    expect(names('Wil je dat?')).toEqual([])
    expect(names('de bakker bakt brood')).toEqual([])
  })

  it('takes a capital in the middle of a sentence for the name', () => {
    expect(names('Toen zei Roos dat')).toEqual(['name:Roos@roos'])
    expect(names('Volgens dhr. Bakker kon het')).toEqual(['name:Bakker@wil'])
    expect(names('Toen zei ROOS het')).toEqual(['name:ROOS@roos'])
  })

  it('takes a capital at a sentence start for the name only in a list of names', () => {
    expect(names('Roos, Wil en Anouk waren er')).toEqual([
      'name:Roos@roos',
      'name:Wil@wil',
      'name:Anouk@anouk',
    ])
    expect(names('Wil en Roos kwamen later.')).toEqual(['name:Wil@wil', 'name:Roos@roos'])
    expect(names('Klaar. Roos & Anouk gaan door')).toEqual(['name:Roos@roos', 'name:Anouk@anouk'])
    expect(names('Roos vond het goed.\nWil ook.')).toEqual([])
  })

  it('matches multi-word variants that are not ordinary in any case', () => {
    expect(names('roos jansen en wil bakker')).toEqual([
      'name:roos jansen@roos',
      'name:wil bakker@wil',
    ])
  })

  it('looks for the capital of "de Boer" on its last word', () => {
    const detect = createNameDetector([{ key: 'kees', name: 'Kees de Boer' }])
    const found = (text: string) => described(text, detect(text))
    expect(found('Toen kwam de boer langs')).toEqual([])
    expect(found('Toen kwam de Boer langs')).toEqual(['name:de Boer@kees'])
    expect(found('Kees de Boer')).toEqual(['name:Kees de Boer@kees'])
  })
})
