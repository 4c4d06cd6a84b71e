/** Splits a pasted list of names on newlines, commas and semicolons; blanks are dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[\n\r,;\t]+/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '')
}
