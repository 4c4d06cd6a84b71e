import type { TextMatch } from './types'

/**
 * A Dutch postcode with a house number: an address, not a neighbourhood.
 *
 * The postcode: four digits, the first not 0, an optional blank, two letters other than SA, SD
 * and SS (PostNL does not hand those out). Written with a blank the letters must be capitals
 * ("1234 AB"): "in 2024 en 2025" is no address. Written together, small letters count too
 * ("1234ab").
 *
 * It is a finding only with a house number next to it, in either of the two usual forms:
 *   - after it: "1234 AB 12", "1234AB 12a", "1234 AB, 12-3", "1234 AB nr. 5";
 *   - before it: "Dorpsstraat 12, 1234 AB Utrecht", "Lange Voorhout 9 2514 EA": the number
 *     with its addition, and the street name before it when that is capitalised (up to four
 *     words, particles such as "de" or "van" in between included).
 * The span runs from the street (or the number) to the number (or the postcode), so replacing it
 * removes the address; the town after the postcode is not included. A bare "1234 AB" is none.
 */
const POSTCODE =
  /(?<![\p{L}\p{N}])[1-9]\d{3}(?: (?!S[ADS])[A-Z]{2}|(?![Ss][AaDdSs])[A-Za-z]{2})(?![\p{L}\p{N}])/gu
/** The number after the postcode: ", 12", " 12a", " nr. 5", " 12-3", " 12 A" (not " 12 Anouk"). */
const NUMBER_AFTER =
  /^,? (?:(?:nr|no|huisnummer)\.?:? )?[1-9]\d{0,4}(?:[ -]?[A-Za-z](?!\p{L})|-\d{1,4})?(?![\p{L}\p{N}])/u
/** The number before the postcode, written right before it: "12, ", "12a ", "12-3, ". */
const NUMBER_BEFORE = /(?<![\p{L}\p{N}.,:/-])[1-9]\d{0,4}(?:[ -]?[A-Za-z]|-\d{1,4})?,? $/u
/** Small words a street name may hold between its capitalised words ("Burgemeester de Withstraat"). */
const STREET_PARTICLES = new Set("de den der van het 't te ter ten op in aan".split(' '))
const STREET_WORDS = 4
const LOOK_BACK = 24

export function findPostcodes(text: string): TextMatch[] {
  const found: TextMatch[] = []
  for (const match of text.matchAll(POSTCODE)) {
    const start = match.index
    const end = start + match[0].length
    const after = NUMBER_AFTER.exec(text.slice(end, end + 24))
    if (after) {
      found.push({ kind: 'postcode', start, end: end + after[0].length })
      continue
    }
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BACK), start))
    if (before) {
      const numberStart = start - before[0].length
      found.push({ kind: 'postcode', start: streetStart(text, numberStart), end })
    }
  }
  return found
}

/** Where the capitalised street name before a house number starts (the number itself if none). */
function streetStart(text: string, numberStart: number): number {
  let start = numberStart
  let at = numberStart
  for (let words = 0; words < STREET_WORDS; words++) {
    const word = /(?:^|[ \t])([\p{L}'’.-]+)[ \t]$/u.exec(text.slice(Math.max(0, at - 60), at))
    const value = word?.[1]
    if (word === null || value === undefined) break
    const wordStart = at - value.length - 1
    const capital = value.charAt(0) !== value.charAt(0).toLowerCase()
    if (!capital && !STREET_PARTICLES.has(value.toLowerCase())) break
    at = wordStart
    if (capital) start = wordStart
  }
  return start
}
