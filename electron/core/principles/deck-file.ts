import { z } from 'zod'
import { isReadableBehindWhite } from './contrast'
import { prettyJson, readJson } from '../persistence/safe-json'
import { LIMITS, principleSchema, type Principle } from '../session/schema'

export const DECK_FORMAT = 'dansende-dilemmas/deck'
export const DECK_VERSION = 1
export const DECK_EXTENSION = 'dilemmaset'
/** A deck is a few KB; anything much larger is not one of ours. */
export const MAX_DECK_BYTES = 1024 * 1024

const deckFileSchema = z.object({
  format: z.literal(DECK_FORMAT),
  version: z.number().int().positive(),
  name: z.string().max(LIMITS.shortText).optional(),
  principles: z.array(principleSchema).min(1).max(LIMITS.principles),
})

export type DeckProblem =
  'not-json' | 'wrong-format' | 'newer-version' | 'invalid' | 'duplicate-ids' | 'low-contrast'

export type ParsedDeck =
  | { ok: true; principles: Principle[]; name: string }
  | { ok: false; problem: DeckProblem; detail: string }

/** Reads a deck file; never throws, and says in a word what is wrong with a bad one. */
export function parseDeckFile(text: string): ParsedDeck {
  const read = readJson(text, MAX_DECK_BYTES)
  if (!read.ok && read.problem === 'not-json')
    return { ok: false, problem: 'not-json', detail: 'the file is not JSON' }
  if (!read.ok) return { ok: false, problem: 'invalid', detail: read.problem }
  const json = read.value
  const format = z.object({ format: z.literal(DECK_FORMAT), version: z.number() }).safeParse(json)
  if (!format.success) return { ok: false, problem: 'wrong-format', detail: 'not a deck file' }
  if (format.data.version > DECK_VERSION)
    return { ok: false, problem: 'newer-version', detail: `version ${format.data.version}` }
  const parsed = deckFileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, problem: 'invalid', detail: issue ? issue.path.join('.') : 'invalid' }
  }
  const { principles } = parsed.data
  const ids = principles.map((p) => p.id)
  if (new Set(ids).size !== ids.length)
    return { ok: false, problem: 'duplicate-ids', detail: 'principle ids repeat' }
  const unreadable = principles.find((p) => !isReadableBehindWhite(p.color))
  if (unreadable) return { ok: false, problem: 'low-contrast', detail: unreadable.name }
  return { ok: true, principles, name: parsed.data.name ?? '' }
}

export function serialiseDeck(principles: readonly Principle[], name: string): string {
  return prettyJson({ format: DECK_FORMAT, version: DECK_VERSION, name, principles })
}

/** The outcome of a deck dialog; main picks and owns the path, the window only learns this. */
export type DeckImportResult =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly reason: 'cancelled' | 'unreadable' | DeckProblem }

export type DeckExportResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'cancelled' | 'write-failed' }
