/**
 * Finds the names of the session's people in a text.
 *
 * Matching is on a folded copy of the text (text-fold.ts): case, accents and the kind of
 * apostrophe do not matter (José = JOSE, Ünal = Unal, D'Souza = D’Souza), and any run of blanks
 * or line breaks counts as one blank. A variant (name-variants.ts) matches as a whole word: no
 * letter (\p{L}) directly before or after it, so "Anouk" is not found in "Anoukje" but is in
 * "Anouk's" and "Anouk-Marie".
 *
 * Who a match belongs to: each folded variant belongs to one person, the one with the most
 * specific kind of variant (full name, first name + surname, surname with particles, surname
 * without, first name), and among equals the person first in the list: two Jans, the first Jan
 * is found; a person called just "Jan" beats the first name of "Jan de Vries". Overlapping matches
 * keep the longest: "Anouk de Vries" is one match.
 *
 * Names that are ordinary words (ordinary-words.ts: Roos, Wil, Bakker, de Boer...): such a
 * variant is accepted only when
 *   1. it is written with a capital (for "de Boer": the last word), and
 *   2. it does not stand at the start of a sentence (name-context.ts: start of the text, after a
 *      line break, or after . ! ? : and a blank; not after a title such as "dhr."), or else it
 *      stands in a list of names: directly before or after another accepted name of this text,
 *      separated only by ", ", " en ", " and ", " & " or ", en ". Acceptance spreads along a list,
 *      so "Roos, Wil en Anouk waren er" finds all three, and "Wil je dat?" finds nothing.
 * Other variants match in any case and at any place.
 */
import { isCapital, isListSeparator, isSentenceStart } from './name-context'
import { nameVariants, VARIANT_RANK, type NameVariantKind } from './name-variants'
import { isOrdinaryWord } from './ordinary-words'
import { foldText, isLetterCode } from './text-fold'
import { withoutOverlaps } from './overlaps'
import type { Person, TextMatch } from './types'

interface CompiledVariant {
  readonly text: string
  readonly kind: NameVariantKind
  readonly personKey: string
  readonly ordinary: boolean
  /** For "de Boer" the capital is looked for on the last word. */
  readonly multiWord: boolean
}

interface Candidate {
  readonly start: number
  readonly end: number
  readonly variant: CompiledVariant
  accepted: boolean
}

const APOSTROPHE = "'".charCodeAt(0)

/** Variants are filed under their first two units: a number, so the scan makes no strings. */
const keyAt = (text: string, at: number): number =>
  (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) & 0xffff)

/**
 * The variants, one owner per folded form (the most specific kind, then the first person: people
 * are visited in order and an equal rank does not replace), filed under their first two units.
 */
function compile(people: readonly Person[]): Map<number, CompiledVariant[]> {
  const owners = new Map<string, CompiledVariant>()
  for (const person of people) {
    for (const { text, kind } of nameVariants(person.name)) {
      const known = owners.get(text)
      if (known && VARIANT_RANK[known.kind] <= VARIANT_RANK[kind]) continue
      owners.set(text, {
        text,
        kind,
        personKey: person.key,
        ordinary: isOrdinaryWord(text),
        multiWord: text.includes(' '),
      })
    }
  }
  const byKey = new Map<number, CompiledVariant[]>()
  for (const variant of owners.values()) {
    const key = keyAt(variant.text, 0)
    const list = byKey.get(key) ?? []
    list.push(variant)
    byKey.set(key, list)
  }
  for (const list of byKey.values()) list.sort((a, b) => b.text.length - a.text.length)
  return byKey
}

/** Compiles the people's names once; the function returned finds them in one text. */
export function createNameDetector(people: readonly Person[]): (text: string) => TextMatch[] {
  const byKey = compile(people)
  if (byKey.size === 0) return () => []
  return (text) => {
    const candidates = scan(text, byKey)
    if (candidates.length === 0) return []
    const accepted = acceptOrdinary(text, candidates)
    return withoutOverlaps(accepted, (c) => VARIANT_RANK[c.variant.kind]).map((c) => ({
      kind: 'name' as const,
      start: c.start,
      end: c.end,
      personKey: c.variant.personKey,
    }))
  }
}

/** Every variant found as a whole word, at every word start; overlaps are resolved later. */
function scan(text: string, byKey: ReadonlyMap<number, readonly CompiledVariant[]>): Candidate[] {
  const { folded, toOriginal } = foldText(text)
  const candidates: Candidate[] = []
  const length = folded.length
  let at = 0
  while (at < length) {
    const code = folded.charCodeAt(at)
    const opensWord =
      isLetterCode(code) ||
      (code === APOSTROPHE && (at === 0 || !isLetterCode(folded.charCodeAt(at - 1))))
    if (!opensWord) {
      at++
      continue
    }
    const variants = byKey.get(keyAt(folded, at))
    for (const variant of variants ?? []) {
      const variantEnd = at + variant.text.length
      if (!folded.startsWith(variant.text, at) || isLetterCode(folded.charCodeAt(variantEnd))) {
        continue
      }
      candidates.push({
        start: toOriginal(at),
        end: toOriginal(variantEnd),
        variant,
        accepted: !variant.ordinary,
      })
    }
    // On to the end of this word: a name starts only where a word starts. After an opening
    // apostrophe ('Anouk') the word that follows starts right there.
    at++
    while (code !== APOSTROPHE && at < length && isLetterCode(folded.charCodeAt(at))) at++
  }
  return candidates
}

/** Applies the ordinary-word rule (see the top of this file); returns the accepted candidates. */
function acceptOrdinary(text: string, candidates: Candidate[]): Candidate[] {
  const pending: Candidate[] = []
  for (const candidate of candidates) {
    if (candidate.accepted) continue
    const { start, variant } = candidate
    const capitalAt = variant.multiWord ? findLastWordStart(text, candidate) : start
    if (!isCapital(text, capitalAt)) continue
    if (isSentenceStart(text, start)) pending.push(candidate)
    else candidate.accepted = true
  }
  let changed = pending.length > 0
  while (changed) {
    changed = false
    for (const candidate of pending) {
      if (candidate.accepted) continue
      const listed = candidates.some(
        (other) =>
          other.accepted &&
          (isListSeparator(text, other.end, candidate.start) ||
            isListSeparator(text, candidate.end, other.start)),
      )
      if (listed) {
        candidate.accepted = true
        changed = true
      }
    }
  }
  return candidates.filter((candidate) => candidate.accepted)
}

/** The original offset of the last word of a multi-word match: after its last blank. */
function findLastWordStart(text: string, candidate: Candidate): number {
  const span = text.slice(candidate.start, candidate.end)
  const blank = span.search(/\s\S*$/)
  return blank < 0 ? candidate.start : candidate.start + blank + 1
}
