import type { TextMatch } from './types'

/**
 * Dutch phone numbers, mobile and landline: 06-12345678, 06 12 34 56 78, 0612345678,
 * +31 6 12345678, +31612345678, 0031 6 12345678, +31 (0)6 12345678, 070-1234567, 010 123 4567,
 * 020-123 45 67, (070) 123 45 67, +31 70 123 4567.
 *
 * The rule: after writing +31 or 0031 as 0, the number is 0 and nine digits, the first of them
 * not 0. Between two digits stands nothing, a blank, or a hyphen (with a blank on either side or
 * none), and the whole number holds at most one hyphen: a date (01-03-2024) has two and is not a
 * phone number, nor is a time (10:30) or a nine-digit number without the 0 (a BSN). The number is
 * not part of a longer run of digits: no digit, letter or + directly before it (nor a digit and
 * one of - . / :), no digit or letter directly after it (nor one of - . / : and a digit).
 */
const START = /(?<![\p{L}\p{N}+]|\p{N}[-./:])(?:\+31|0031|\(0|0)(?=[\d (-])/gu
const NATIONAL_DIGITS = 9

export function findPhones(text: string): TextMatch[] {
  const found: TextMatch[] = []
  for (const match of text.matchAll(START)) {
    let start = match.index
    let end = phoneEnd(text, start, match[0])
    // "(06-12345678)": the bracket opens an aside, not an area code.
    if (end === null && match[0] === '(0') end = phoneEnd(text, ++start, '0')
    if (end !== null) found.push({ kind: 'phone', start, end })
  }
  return found
}

const isDigit = (char: string): boolean => char >= '0' && char <= '9'

/** Where the phone number that starts with `prefix` at `start` ends, or null when it is none. */
function phoneEnd(text: string, start: number, prefix: string): number | null {
  let at = start + prefix.length
  let hyphens = 0
  let closeBracket = prefix === '(0'
  if (prefix === '+31' || prefix === '0031') {
    // "+31 (0)6 ...": the 0 people add between brackets does not count.
    const optionalZero = /^[ -]?\(0\)/.exec(text.slice(at, at + 5))
    if (optionalZero) at += optionalZero[0].length
  }
  let digits = 0
  while (digits < NATIONAL_DIGITS) {
    const char = text.charAt(at)
    if (isDigit(char)) {
      if (digits === 0 && char === '0') return null
      digits++
      at++
      continue
    }
    if (closeBracket && char === ')' && digits > 0) {
      closeBracket = false
      at += text.charAt(at + 1) === ' ' ? 2 : 1
      continue
    }
    // A national number starts right after its 0: "0 123456782" is not a phone number.
    const separator = digits === 0 && prefix === '0' ? 0 : separatorBeforeDigit(text, at)
    if (separator === 0) return null
    if (/[-\u2013]/.test(text.slice(at, at + separator))) hyphens++
    if (hyphens > 1) return null
    at += separator
  }
  if (closeBracket) return null
  return endsCleanly(text, at) ? at : null
}

/**
 * The length of a separator with a digit right after it: a blank, or a hyphen or en dash with a
 * blank on either side or none ("06 - 12345678"); 0 when there is none.
 */
function separatorBeforeDigit(text: string, at: number): number {
  const separator = /^(?: ?[-\u2013] ?| )(?=\d)/.exec(text.slice(at, at + 4))
  return separator ? separator[0].length : 0
}

function endsCleanly(text: string, end: number): boolean {
  const next = text.charAt(end)
  if (isDigit(next) || /\p{L}/u.test(next)) return false
  return !('-./:'.includes(next) && next !== '' && isDigit(text.charAt(end + 1)))
}
