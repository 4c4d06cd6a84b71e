/**
 * The fold that makes name matching blind to case, accents and the kind of apostrophe, while
 * keeping every folded character tied to a place in the original text: each UTF-16 unit folds to
 * exactly one unit or to nothing (a combining mark, or a second blank in a row), so an offset map
 * is only needed, and only built, when something was dropped.
 */
export interface FoldedText {
  readonly folded: string
  /** The original offset of a folded offset; `folded.length` maps to the original's length. */
  readonly toOriginal: (index: number) => number
}

const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02bc', '`', '\u00b4', '\u2032'])
/** Letters that do not decompose under NFD but that people leave out when typing fast. */
const EXTRA_BASE: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ı: 'i', ħ: 'h' }

const UNKNOWN = -1
const DROP = -2
const BLANK = 0x20
/** Per UTF-16 unit: the folded unit, DROP, or UNKNOWN until first seen. */
const foldTable = new Int32Array(0x10000).fill(UNKNOWN)

function foldUnit(code: number): number {
  const known = foldTable[code] ?? DROP
  if (known !== UNKNOWN) return known
  const folded = computeFold(code)
  const value = folded === '' ? DROP : folded.charCodeAt(0)
  foldTable[code] = value
  return value
}

function computeFold(code: number): string {
  const unit = String.fromCharCode(code)
  // Half of a surrogate pair (emoji, rare scripts): kept as it is, never part of a name.
  if (code >= 0xd800 && code <= 0xdfff) return unit
  if (/\s/.test(unit)) return ' '
  if (APOSTROPHES.has(unit)) return "'"
  if (/\p{M}/u.test(unit)) return ''
  const base = unit.normalize('NFD').charAt(0)
  const lower = base.toLowerCase()
  const single = lower.length === 1 ? lower : base
  return EXTRA_BASE[single] ?? single
}

const identity = (index: number): number => index
/**
 * Printable ASCII with single blanks folds by toLowerCase alone, 1:1: most typed text takes this
 * path, many times faster than the loop below.
 */
const NEEDS_LOOP = /[^\x20-\x7e]|\x20\x20|`/

/**
 * Reused between calls: the folded units, decoded into one flat string at the end. A string built
 * char by char is a rope, and reading a rope char by char is many times slower. Each unit decodes
 * to one unit (a lone surrogate to U+FFFD), so offsets stay put; the BOM is kept for the same
 * reason.
 */
let units = new Uint16Array(1024)
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true })

export function foldText(text: string): FoldedText {
  if (!NEEDS_LOOP.test(text)) return { folded: text.toLowerCase(), toOriginal: identity }
  const length = text.length
  if (units.length < length) units = new Uint16Array(length * 2)
  let size = 0
  let map: Int32Array | null = null
  let previousBlank = false
  for (let i = 0; i < length; i++) {
    const unit = foldUnit(text.charCodeAt(i))
    const blank = unit === BLANK
    if (unit === DROP || (blank && previousBlank)) {
      if (map === null) {
        map = new Int32Array(length + 1)
        for (let k = 0; k < size; k++) map[k] = k
      }
      continue
    }
    previousBlank = blank
    if (map !== null) map[size] = i
    units[size++] = unit
  }
  const folded = decoder.decode(units.subarray(0, size))
  if (map === null) return { folded, toOriginal: identity }
  map[size] = length
  const offsets = map
  return { folded, toOriginal: (index) => offsets[index] ?? length }
}

/** Folds a name the way texts are folded, without the offsets. */
export function foldName(name: string): string {
  return foldText(name.trim()).folded
}

/** 1: a letter (\p{L}), 2: not; 0: not looked at yet. */
const letterCache = new Uint8Array(0x10000)

/** Whether a UTF-16 unit is a letter: the boundary of a whole word (surrogates are not). */
export function isLetterCode(code: number): boolean {
  let known = letterCache[code]
  if (known === undefined) return false
  if (known === 0) {
    known = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2
    letterCache[code] = known
  }
  return known === 1
}
