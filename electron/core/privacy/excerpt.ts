import type { TextMatch } from './detect'

/** A finding in its sentence: the text found and a few words either side. */
export interface Excerpt {
  readonly before: string
  readonly match: string
  readonly after: string
}

/** About this many characters either side, cut back to a whole word. */
const AROUND = 32

/** The text found with a little around it, so the facilitator recognises where it is. */
export function excerptOf(text: string, match: Pick<TextMatch, 'start' | 'end'>): Excerpt {
  let start = Math.max(0, match.start - AROUND)
  let end = Math.min(text.length, match.end + AROUND)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space === -1 || space >= match.start ? start : space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space <= match.end ? end : space
  }
  const flat = (part: string) => part.replace(/\s+/g, ' ')
  return {
    before: (start > 0 ? '…' : '') + flat(text.slice(start, match.start)),
    match: flat(text.slice(match.start, match.end)),
    after: flat(text.slice(match.end, end)) + (end < text.length ? '…' : ''),
  }
}
