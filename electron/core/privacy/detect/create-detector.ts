import { findBirthdates } from './birthdate'
import { findBsns } from './bsn'
import { findEmails } from './email'
import { findIbans } from './iban'
import { createNameDetector } from './names'
import { withoutOverlaps } from './overlaps'
import { findPhones } from './phone'
import { findPostcodes } from './postcode'
import type { FindingKind, Person, TextMatch } from './types'

/** On equal length, the kind whose pattern is strictest wins an overlap. */
const KIND_RANK: Readonly<Record<FindingKind, number>> = {
  iban: 0,
  email: 1,
  phone: 2,
  bsn: 3,
  postcode: 4,
  birthdate: 5,
  name: 6,
}

const HAS_DIGIT = /\d/

/**
 * Compiles everything once for a report (called once per report; the returned function is called
 * per text field, thousands of times). The matches of a text are sorted by start and never
 * overlap: of two overlapping matches the longer one stays ("Anouk de Vries" is one match; an
 * IBAN's digits are no BSN). A BSN-like number inside or across a phone number or an IBAN is
 * always dropped. Detectors that need a digit or an @ are skipped for texts without one.
 */
export function createDetector(people: readonly Person[]): (text: string) => TextMatch[] {
  const findNames = createNameDetector(people)
  return (text) => {
    if (text === '') return []
    const found = findNames(text)
    if (text.includes('@')) found.push(...findEmails(text))
    if (HAS_DIGIT.test(text)) {
      const numbers = [...findPhones(text), ...findIbans(text)]
      const bsns = findBsns(text).filter(
        (bsn) => !numbers.some((other) => bsn.start < other.end && other.start < bsn.end),
      )
      found.push(...numbers, ...bsns, ...findPostcodes(text), ...findBirthdates(text))
    }
    return withoutOverlaps(found, (match) => KIND_RANK[match.kind])
  }
}
