import type { TextMatch } from './types'

/**
 * Dates of birth written out: a date that a birth keyword marks as one. Keywords: geboren,
 * geb., geboortedatum, geboortedag, born, date of birth, birth date, birthdate, DOB, d.o.b. The
 * date follows the keyword within 40 characters without a digit, line break or sentence end in
 * between ("geboren te 's-Hertogenbosch op 3 maart 1985"). Dates: 3-3-1985, 03/03/85, 3.3.1985,
 * 1985-03-03, 3 maart 1985, 3 mrt. 1985, 3rd of March 1985, March 3, 1985 (Dutch and English month
 * names, full and abbreviated). A year alone counts only right after the keyword, with at most
 * "in"/"op"/"on" in between: "(geb. 1985)", "geboren in 1985".
 *
 * The span is the date alone: the keyword stays, so a pseudonymised text still reads
 * "geboren op [verwijderd]". A date without a keyword ("vergadering op 3 maart 2025") is none.
 */
const KEYWORD =
  /(?<!\p{L})(?:geboortedatum|geboortedag|geboren|geb\.|geb(?!\p{L})|born|date of birth|birth ?date|d\.o\.b\.|dob(?!\p{L}))/giu

const MONTHS = (
  'januari january februari february maart march april mei may juni june juli july augustus ' +
  'august september oktober october november december sept jan feb mrt mar apr jun jul aug sep ' +
  'okt oct nov dec'
).split(' ')
const MONTH = `(?:${MONTHS.join('|')})\\.?`
const DAY = '(?:0?[1-9]|[12]\\d|3[01])'
const ORDINAL = '(?:st|nd|rd|th|e|ste|de)?'
const YEAR = '(?:19|20)\\d{2}'
const DATE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      `${DAY}([-/.])(?:0?[1-9]|1[0-2])\\1(?:${YEAR}|\\d{2})`,
      `${YEAR}-(?:0?[1-9]|1[0-2])-${DAY}`,
      `${DAY}${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\s*,?\\s+${YEAR}`,
      `${MONTH}\\s+${DAY}${ORDINAL},?\\s+${YEAR}`,
      `(${YEAR})`,
    ].join('|') +
    ')(?![\\p{L}\\p{N}]|[-/.]\\p{N})',
  'giu',
)
const GAP_MAX = 40
/** What may stand between the keyword and the date: no digit, line break or sentence end. */
const GAP = /^[^\d\n\r!?;]*$/
/** What may stand between the keyword and a year alone. */
const YEAR_GAP = /^[\s:(]*(?:(?:in|op|on)\s+)?$/i

export function findBirthdates(text: string): TextMatch[] {
  const keywords = [...text.matchAll(KEYWORD)].map((k) => ({ end: k.index + k[0].length }))
  if (keywords.length === 0) return []
  const found: TextMatch[] = []
  for (const date of text.matchAll(DATE)) {
    const yearOnly = date[2] !== undefined
    const keyword = keywords.findLast((k) => k.end <= date.index)
    if (!keyword || date.index - keyword.end > GAP_MAX) continue
    const gap = text.slice(keyword.end, date.index)
    if (!(yearOnly ? YEAR_GAP : GAP).test(gap) || hasSentenceEnd(gap)) continue
    found.push({ kind: 'birthdate', start: date.index, end: date.index + date[0].length })
  }
  return found
}

/** A word of four or more letters and a dot and a blank end a sentence; "geb. " or "te. " do not. */
function hasSentenceEnd(gap: string): boolean {
  return /\p{L}{4,}\.\s/u.test(gap)
}
