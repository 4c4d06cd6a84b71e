/**
 * Control characters (other than tab and newline) and the two non-characters are invalid in
 * XML and meaningless in a report; a stray one would make Word refuse the whole file.
 */
const INVALID = /[^\P{Cc}\t\n]|[\uFFFE\uFFFF]/gu

/** User text as the report shows it: line breaks normalised, invisible junk removed, trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVALID, '').trim()
}
