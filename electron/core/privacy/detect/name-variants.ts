import { foldName } from './text-fold'

/**
 * The forms in which a person's name turns up in a text. Ordered from most to least specific:
 * when two people share a form (two Jans), the more specific kind wins, then the person first in
 * the list, so a full name "Jan" beats the first name of "Jan de Vries".
 */
export type NameVariantKind =
  'full' | 'first-surname' | 'first-particles-surname' | 'surname' | 'surname-core' | 'first'

export const VARIANT_RANK: Readonly<Record<NameVariantKind, number>> = {
  full: 0,
  'first-surname': 1,
  'first-particles-surname': 2,
  surname: 3,
  'surname-core': 4,
  first: 5,
}

export interface NameVariant {
  /** Folded (see text-fold): lower case, no accents, single blanks, one kind of apostrophe. */
  readonly text: string
  readonly kind: NameVariantKind
}

/**
 * Dutch surname particles (tussenvoegsels), and "von". They combine ("van 't", "van der", "in 't",
 * "op den"), so a run of them is a run of single particles. Foreign particles that are also whole
 * surnames or first names elsewhere (Le, Du, Da, Al) are left out: "Anh Le" must keep "Le".
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'het',
  "'t",
  "'s",
  'te',
  'ten',
  'ter',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'uijt',
  'voor',
  'onder',
  'over',
])

const isParticle = (token: string): boolean => PARTICLES.has(token)
const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0

/**
 * A name's variants: the full name; the first name (first token); the surname with its particles
 * ("de Vries", "van 't Hek"); the surname without them ("Vries", "Hek"); the first name with the
 * surname without particles ("Anouk Vries") and with them ("Anouk de Vries" when a middle name
 * makes that differ from the full name). The surname starts at the first particle after the first
 * name, or is the last token when there is none; a name that starts with a particle has no first
 * name. Variants with fewer than 2 letters and variants of particles only are left out.
 */
export function nameVariants(name: string): NameVariant[] {
  const full = foldName(name)
  const tokens = full.split(' ').filter((token) => token !== '')
  const found: NameVariant[] = []
  const add = (parts: readonly string[], kind: NameVariantKind): void => {
    const text = parts.join(' ')
    if (parts.length === 0 || parts.every(isParticle) || letterCount(text) < 2) return
    if (found.some((variant) => variant.text === text)) return
    found.push({ text, kind })
  }
  add(tokens, 'full')
  if (tokens.length < 2) return found
  const startsWithParticle = isParticle(tokens[0] ?? '')
  const firstParticle = tokens.findIndex((token, index) => index > 0 && isParticle(token))
  const surnameStart = startsWithParticle
    ? 0
    : firstParticle > 0
      ? firstParticle
      : tokens.length - 1
  const surname = tokens.slice(surnameStart)
  let coreStart = 0
  while (coreStart < surname.length - 1 && isParticle(surname[coreStart] ?? '')) coreStart++
  const core = surname.slice(coreStart)
  const first = startsWithParticle ? null : (tokens[0] ?? null)
  const firstUsable = first !== null && letterCount(first) >= 2
  if (firstUsable) add([first, ...core], 'first-surname')
  if (firstUsable) add([first, ...surname], 'first-particles-surname')
  add(surname, 'surname')
  add(core, 'surname-core')
  if (first !== null) add([first], 'first')
  return found
}
