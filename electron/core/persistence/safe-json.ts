import type { z } from 'zod'

/**
 * The one place the app turns a file's text into JSON (session files, autosaves, settings, decks):
 * size first, then UTF-8, then the nesting pre-scan, then JSON.parse. Shapes are checked by the
 * callers' schemas.
 */

/** How deep a file's JSON may nest; a real session is about eight levels deep. */
export const MAX_JSON_DEPTH = 32

type DecodedText = { ok: true; text: string } | { ok: false }

/** UTF-8 bytes to text: a byte-order mark is dropped, invalid UTF-8 is refused. */
function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false }
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPENING = new Set([0x5b, 0x7b]) // [ {
const CLOSING = new Set([0x5d, 0x7d]) // ] }

/**
 * True when the text's brackets nest deeper than `maxDepth` (counted outside strings, as
 * hasUnsafeShape counts levels). The one guard every JSON file the app reads passes before
 * JSON.parse: JSON.parse builds every level of hostile nesting first, which for a file just under
 * the size limit keeps the main process busy for seconds. This look stops at the first level too
 * deep. The text need not be valid JSON; JSON.parse decides that afterwards.
 */
export function nestsDeeperThan(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === BACKSLASH) i++
      else if (char === QUOTE) inString = false
    } else if (char === QUOTE) {
      inString = true
    } else if (OPENING.has(char)) {
      if (++depth > maxDepth) return true
    } else if (CLOSING.has(char)) {
      depth--
    }
  }
  return false
}

export type JsonProblem = 'too-large' | 'not-json' | 'too-deep'
export type ReadJson = { ok: true; value: unknown } | { ok: false; problem: JsonProblem }

/**
 * A file's text or bytes as JSON, never throwing. Text may start with a byte-order mark; bytes
 * must be valid UTF-8. JSON.parse only creates own properties, so it cannot pollute prototypes.
 */
export function readJson(input: string | Uint8Array, maxBytes: number): ReadJson {
  let text: string
  if (typeof input === 'string') {
    // Characters never outnumber UTF-8 bytes, so this is a safe early cut-off.
    if (input.length > maxBytes) return { ok: false, problem: 'too-large' }
    text = stripBom(input)
  } else {
    if (input.byteLength > maxBytes) return { ok: false, problem: 'too-large' }
    const decoded = decodeUtf8(input)
    if (!decoded.ok) return { ok: false, problem: 'not-json' }
    text = decoded.text
  }
  // Before JSON.parse, which would build every level of hostile nesting first.
  if (nestsDeeperThan(text)) return { ok: false, problem: 'too-deep' }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, problem: 'not-json' }
  }
}

/** A small JSON file of one exact shape (settings), or null when it is anything else. */
export function readJsonAs<T>(schema: z.ZodType<T>, text: string, maxBytes: number): T | null {
  const json = readJson(text, maxBytes)
  if (!json.ok) return null
  const parsed = schema.safeParse(json.value)
  return parsed.success ? parsed.data : null
}

/** Pretty JSON with a final newline, as every file meant to be read by people is written. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/**
 * True when parsed JSON nests deeper than `maxDepth` or has a `__proto__` key anywhere. The
 * app never writes either; a `__proto__` key is harmless after JSON.parse but turns into a
 * prototype change the moment some later code copies it by assignment, so it is refused
 * outright. Iterative, so hostile nesting cannot overflow the stack.
 */
export function hasUnsafeShape(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: current, depth } = next
    if (typeof current !== 'object' || current === null) continue
    if (depth >= maxDepth) return true
    if (Object.prototype.hasOwnProperty.call(current, '__proto__')) return true
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 })
  }
  return false
}
