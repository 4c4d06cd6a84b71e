import { strFromU8, unzipSync } from 'fflate'

/** The main body of a .docx: word/document.xml from the zip. */
export function documentXml(docx: Uint8Array, part = 'word/document.xml'): string {
  const entry = unzipSync(docx, { filter: (file) => file.name === part })[part]
  if (!entry) throw new Error(`no ${part} in the .docx`)
  return strFromU8(entry)
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** The document's text as Word shows it: breaks and paragraph ends as newlines, entities read. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
      return XML_ENTITIES[name] ?? entity
    })
}
