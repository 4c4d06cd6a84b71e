/**
 * RFC 5545 text rules: escaping of TEXT values (3.3.11) and folding of long content lines
 * (3.1): at most 75 octets per line, continued on the next after CRLF and one space, never
 * splitting a UTF-8 character.
 */

export const CRLF = '\r\n'
const MAX_OCTETS = 75

/** A TEXT value: backslash, semicolon and comma escaped, every line break as "\n". */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const octets = (char: string) => new TextEncoder().encode(char).length

/** One content line, folded so no physical line is longer than 75 octets. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let used = 0
  for (const char of line) {
    const size = octets(char)
    // A continuation line starts with a space, which counts towards its 75 octets.
    const room = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (used + size > room) {
      parts.push(current)
      current = ''
      used = 0
    }
    current += char
    used += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

/** Content lines joined as a calendar file wants them: folded, each ending in CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}${CRLF}`).join('')
}
