import type { TextMatch } from './types'

/**
 * Numbers that look like a BSN (burgerservicenummer): nine digits passing the elfproef, written
 * together (123456782), with dots (1234.56.782), or in threes with blanks, hyphens or dots
 * (123 456 782, 123-456-782, 123.456.782). A BSN below 100000000 is often written without its
 * leading 0: eight digits written together count too, with the 0 put back before the check.
 * Not inside a longer run of digits or letters, and not after or before a digit joined by
 * a dot, comma, hyphen, slash or colon (a date, an amount, a longer code). A BSN-like run inside a
 * phone number or an IBAN is dropped by the detector that combines all kinds (the longer match
 * wins).
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}]|\p{N}[.,\-/:])(?:\d{8,9}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .-])\d{3}\1\d{3})(?![\p{L}\p{N}]|[.,\-/:]\p{N})/gu

/**
 * The elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not all zeros. Takes the nine
 * digits, or eight (a leading 0 left out).
 */
export function passesElfproef(digits: string): boolean {
  const nine = digits.length === 8 ? `0${digits}` : digits
  if (!/^\d{9}$/.test(nine) || /^0+$/.test(nine)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(nine.charAt(i))
  sum -= Number(nine.charAt(8))
  return sum % 11 === 0
}

export function findBsns(text: string): TextMatch[] {
  const found: TextMatch[] = []
  for (const match of text.matchAll(CANDIDATE)) {
    if (passesElfproef(match[0].replace(/\D/g, ''))) {
      found.push({ kind: 'bsn', start: match.index, end: match.index + match[0].length })
    }
  }
  return found
}
