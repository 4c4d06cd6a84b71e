import type { TextMatch } from './types'

/**
 * A pragmatic e-mail address: local part @ domain with at least one dot and a top-level domain of
 * two or more letters, as a whole token (no address character directly before or after). Letters
 * of any script are allowed (internationalised addresses).
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}_%+-]|\.[\p{L}\p{N}])/gu

export function findEmails(text: string): TextMatch[] {
  if (!text.includes('@')) return []
  const found: TextMatch[] = []
  for (const match of text.matchAll(EMAIL)) {
    found.push({ kind: 'email', start: match.index, end: match.index + match[0].length })
  }
  return found
}
