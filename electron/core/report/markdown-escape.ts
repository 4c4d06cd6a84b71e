/**
 * Characters that can start markup anywhere in a line: emphasis, code, links, raw HTML,
 * entities, table cells, strike-through and headings' closing hashes. A backslash makes any
 * of them literal in CommonMark and GitHub Markdown.
 */
const INLINE = /[\\`*_[\]<>|~&#]/g

/** Line starts that would turn text into a list, a heading underline or a numbered item. */
const LINE_START = /^([-+=]|\d+(?=[.)]))/

function escapeLine(line: string): string {
  const escaped = line.trim().replace(INLINE, '\\$&')
  return escaped.replace(LINE_START, (match) => (/^\d/.test(match) ? `${match}\\` : `\\${match}`))
}

/** User text for one line of Markdown (a heading, a table cell, a list item): stays text. */
export function markdownInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' '))
}

/**
 * User text that may span lines, as escaped lines without empty ones; the caller joins them
 * with hard breaks so the facilitator's line breaks survive.
 */
export function markdownLines(text: string): string[] {
  return text
    .split('\n')
    .map(escapeLine)
    .filter((line) => line !== '')
}

/** User text over several lines: a backslash at a line's end is a hard break. */
export function markdownBlock(text: string): string {
  return markdownLines(text).join('\\\n')
}

/** A list item of user text; its later lines are indented to stay in the item. */
export function markdownItem(text: string): string {
  return `- ${markdownLines(text).join('\\\n  ')}`
}

/** A table; every cell is escaped, the columns in `right` are aligned to the end. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownInline).join(' | ')} |`
  const rule = `| ${header.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
