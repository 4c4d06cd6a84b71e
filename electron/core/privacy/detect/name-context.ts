/**
 * What the text around a name says about it: whether it is written with a capital, stands at the
 * start of a sentence, or stands in a list of names. Offsets are into the original text.
 */

/** Skipped when looking back for the sentence start: blanks, opening quotes, brackets, bullets. */
const OPENERS = new Set([
  '"',
  "'",
  '\u201c',
  '\u201e',
  '\u2018',
  '\u00ab',
  '(',
  '[',
  '-',
  '\u2013',
  '\u2014',
  '*',
  '\u2022',
])
const SENTENCE_ENDS = new Set(['.', '!', '?', ':'])
/** A dot after these ends a title, not a sentence: "dhr. Roos" is a name. */
const TITLES = new Set([
  'dhr',
  'mw',
  'mevr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'st',
])

const isBlank = (char: string): boolean => char === ' ' || char === '\t' || char === '\u00a0'

/** Whether the letter at `index` is upper case (a letter that changes when lower-cased). */
export function isCapital(text: string, index: number): boolean {
  const char = text.charAt(index)
  return char !== char.toLowerCase()
}

/**
 * A sentence starts at the start of the text, after a line break, and after . ! ? or : followed
 * by a blank; blanks, opening quotes, brackets and bullets in between are looked through. A dot
 * after a title (dhr., mevr., dr.) is not a sentence end.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let at = index - 1
  let blankSeen = false
  while (at >= 0) {
    const char = text.charAt(at)
    if (char === '\n' || char === '\r') return true
    if (isBlank(char)) blankSeen = true
    else if (!OPENERS.has(char)) break
    at--
  }
  if (at < 0) return true
  const char = text.charAt(at)
  if (!blankSeen || !SENTENCE_ENDS.has(char)) return false
  return !(char === '.' && TITLES.has(wordBefore(text, at).toLowerCase()))
}

function wordBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--
  return text.slice(start, end)
}

/** ", " / " en " / " and " / " & " / ", en ": what stands between two names of a list. */
const LIST_SEPARATOR =
  /^(?:[ \t]*,[ \t]*(?:(?:en|and)[ \t]+)?|[ \t]+(?:en|and)[ \t]+|[ \t]*&[ \t]*)$/i

/** Whether the text between two spans is a list separator (the spans in text order). */
export function isListSeparator(text: string, leftEnd: number, rightStart: number): boolean {
  if (rightStart - leftEnd > 8 || rightStart < leftEnd) return false
  return LIST_SEPARATOR.test(text.slice(leftEnd, rightStart))
}
