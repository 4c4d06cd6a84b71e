import type { TextMatch } from './types'

/**
 * IBANs of any country (ISO 13616): two letters, two check digits and up to 30 letters or digits,
 * written together or in groups of four ("NL91 ABNA 0417 1643 00"), in any case. A candidate
 * counts only when its mod-97 checksum holds and, for a country in IBAN_LENGTHS, its length is
 * that country's; other countries need a length of 15 to 34.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu

/** Lengths of the IBANs of the countries a Dutch workshop meets most. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18,
  BE: 16,
  DE: 22,
  LU: 20,
  FR: 27,
  GB: 22,
  IE: 22,
  ES: 24,
  PT: 25,
  IT: 27,
  AT: 20,
  CH: 21,
  DK: 18,
  SE: 24,
  NO: 15,
  FI: 18,
  PL: 28,
  CZ: 24,
  GR: 27,
  TR: 26,
}

const MIN_LENGTH = 15
const MAX_LENGTH = 34

/** Whether a compact IBAN (no blanks) has a fitting length and passes the mod-97 check. */
export function isValidIban(value: string): boolean {
  const iban = value.toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false
  const expected = IBAN_LENGTHS[iban.slice(0, 2)]
  if (
    expected !== undefined
      ? iban.length !== expected
      : iban.length < MIN_LENGTH || iban.length > MAX_LENGTH
  ) {
    return false
  }
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1
}

/** The remainder by 97 of the number the IBAN spells (A = 10 ... Z = 35), digit by digit. */
function mod97(rearranged: string): number {
  let remainder = 0
  for (const char of rearranged) {
    const code = char.charCodeAt(0)
    const value = code >= 65 ? code - 55 : code - 48
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
  }
  return remainder
}

export function findIbans(text: string): TextMatch[] {
  const found: TextMatch[] = []
  for (const match of text.matchAll(CANDIDATE)) {
    const end = validEnd(match[0])
    if (end !== null) found.push({ kind: 'iban', start: match.index, end: match.index + end })
  }
  return found
}

/**
 * The end of the valid IBAN a candidate starts with. The pattern is greedy, so a four-letter word
 * after an IBAN of full groups ("BE68 5390 0754 7034 voor") is taken in: blank-separated parts
 * are dropped from the end until the rest is valid.
 */
function validEnd(candidate: string): number | null {
  let end = candidate.length
  while (end >= MIN_LENGTH) {
    if (isValidIban(candidate.slice(0, end).replace(/ /g, ''))) return end
    const blank = candidate.lastIndexOf(' ', end - 1)
    if (blank < 0) return null
    end = blank
  }
  return null
}
