/**
 * File names made from a facilitator's text (a session title), safe on Windows, macOS and
 * Linux and on the shares between them. Reports and session files are both named here.
 */
/**
 * The longest name most file systems take: 255 bytes on ext4 and APFS, 255 UTF-16 units on
 * NTFS and HFS+. A name of at most 255 bytes in UTF-8 never has more UTF-16 units than that.
 */
export const MAX_FILE_NAME_BYTES = 255

/** " (2)" up to " (999)": beyond that something else is wrong with the folder. */
export const MAX_FILE_NUMBER = 999

/** Long enough for any real session title, short enough to read; in user-perceived characters. */
export const MAX_TITLE_CHARACTERS = 80

// Windows refuses these characters in names; / and \ and : would also make a path.
const SEPARATORS = /[\\/:|]/g
const DROPPED = /[*?<>]/g
// Control characters, and the direction marks that can make "fdp.exe" read as "exe.pdf".
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// Half of a surrogate pair is no character at all: Linux would store it as "�".
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu
// Windows gives these names to devices, also with an extension ("nul.pdf").
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

const utf8 = new TextEncoder()

// TextEncoder, not Buffer: the core runs in the browser too. Lone surrogates count as U+FFFD.
function utf8Bytes(text: string): number {
  return utf8.encode(text).byteLength
}

/**
 * The bytes a name takes on disk. macOS file systems and SMB clients on a Mac may store a name
 * decomposed ("é" as "e" + accent), which is longer; the name must fit either way.
 */
export function fileNameBytes(name: string): number {
  return Math.max(utf8Bytes(name.normalize('NFC')), utf8Bytes(name.normalize('NFD')))
}

/** The user-perceived characters of a text: an emoji with modifiers or a letter with accents is one. */
function characters(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment)
}

/** The longest start of `text` of at most `maxBytes`, cut between characters, never inside one. */
export function cutToBytes(text: string, maxBytes: number): string {
  const kept = characters(text)
  // Per character first (fast); then the whole, as normalising may join across a cut.
  let total = 0
  let count = 0
  for (const character of kept) {
    total += fileNameBytes(character)
    if (total > maxBytes) break
    count++
  }
  kept.length = count
  while (kept.length > 0 && fileNameBytes(kept.join('')) > maxBytes) kept.pop()
  return kept.join('')
}

function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '')
}

function cleaned(text: string): string {
  return trimEnds(
    text
      .normalize('NFC')
      .replace(INVISIBLE, ' ')
      .replace(LONE_SURROGATE, '')
      .replace(SEPARATORS, '-')
      .replace(DROPPED, '')
      .replace(/"/g, "'")
      .replace(/\s+/g, ' '),
  )
}

/** Whether Windows would take the name for a device: its part before the first dot is one. */
export function isReservedName(name: string): boolean {
  return RESERVED.test((name.split('.')[0] ?? name).trim())
}

/**
 * Text made safe as (part of) a file name: no reserved characters, no leading or trailing dots
 * or spaces, not a device name, at most MAX_TITLE_CHARACTERS characters and `maxBytes` bytes,
 * cut between characters. Nothing left gives `fallback`.
 */
export function safeFileTitle(
  text: string,
  fallback: string,
  maxBytes: number = MAX_FILE_NAME_BYTES,
): string {
  const fit = (candidate: string) => trimEnds(cutToBytes(candidate, maxBytes))
  const capped = characters(cleaned(text)).slice(0, MAX_TITLE_CHARACTERS).join('')
  const title = fit(capped) || fit(fallback)
  if (!isReservedName(title)) return title
  const stem = title.split('.')[0] ?? title
  // The device word is short, so the mark survives the cut.
  return fit(`${stem.trimEnd()}_${title.slice(stem.length)}`)
}

export interface FileNameParts {
  /** Our own text before the title, such as "2026-11-29 ". */
  readonly prefix: string
  /** The facilitator's text. */
  readonly title: string
  /** Used when nothing of the title is left. */
  readonly fallback: string
  /** Without the dot: "pdf", "dilemmas". */
  readonly extension: string
}

/**
 * What may still be added to a name we make: `numberedName`'s " (999)" when the name is taken,
 * and write-file-atomic's temp file beside it (the name, ".", up to ten digits) when a session
 * file is saved.
 */
export const ROOM_FOR_ADDITIONS = Math.max(
  utf8Bytes(` (${MAX_FILE_NUMBER})`),
  utf8Bytes(`.${2 ** 32 - 1}`),
)

/**
 * `<prefix><title>.<extension>`, with the title cut so the whole name fits MAX_FILE_NAME_BYTES,
 * also with ROOM_FOR_ADDITIONS added.
 */
export function safeFileName(parts: FileNameParts): string {
  const ending = `.${parts.extension}`
  const fixed = fileNameBytes(parts.prefix) + fileNameBytes(ending) + ROOM_FOR_ADDITIONS
  const title = safeFileTitle(parts.title, parts.fallback, MAX_FILE_NAME_BYTES - fixed)
  return `${parts.prefix}${title}${ending}`
}

/**
 * `<date> <label><title>.<extension>`: an ISO date, or the local date of `now` when it is empty;
 * the label is our own words (e.g. "Vloermatten - "), kept whole while the title is cut.
 */
export function datedFileName(
  date: string,
  now: number,
  parts: Omit<FileNameParts, 'prefix'>,
  label = '',
) {
  const day = new Date(now)
  const pad = (value: number) => String(value).padStart(2, '0')
  const today = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
  return safeFileName({ ...parts, prefix: `${date || today} ${label}` })
}

/**
 * Whether `name` is one plain file name as we make them: no folder in it (no separators, no
 * drive, not "." or ".."), nothing our cleaning would change, not a device, not too long.
 * For names read back from a file, which anyone may have edited.
 */
export function isPlainFileName(name: string): boolean {
  return (
    name !== '' &&
    cleaned(name) === name &&
    !isReservedName(name) &&
    fileNameBytes(name) <= MAX_FILE_NAME_BYTES
  )
}

/** The n-th choice of a name: "a.pdf", "a (2).pdf", "a (3).pdf"… */
export function numberedName(name: string, number: number): string {
  if (number <= 1) return name
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)} (${number})${name.slice(dot)}` : `${name} (${number})`
}
