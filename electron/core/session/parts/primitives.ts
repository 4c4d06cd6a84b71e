import { z } from 'zod'
import { LIMITS } from './limits'

// Kept here too: the schemas and most of the core import it from the primitives.
export { LIMITS }

/**
 * Names every plain object answers to without having them (`constructor`, `toString`, …). Tallies
 * are objects keyed by principle id, so an id with one of these names would read a function out
 * of an empty tally.
 */
const OBJECT_MEMBER_NAMES: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
)

/**
 * Ids start with a letter, so keys such as "__proto__" can never be ids, and they are never the
 * name of an `Object.prototype` member (see above). Files, decks and commands all use this.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'id must start with a letter; letters, digits, - and _')
  .refine((id) => !OBJECT_MEMBER_NAMES.has(id), 'id must not be a name every object has')

export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1d4e89')

/** Free text of bounded length; kept exactly as typed (live typing must not lose spaces). */
export const textSchema = (max: number) => z.string().max(max)

export const shortTextSchema = textSchema(LIMITS.shortText)
export const longTextSchema = textSchema(LIMITS.longText)

/** '' or an ISO date such as 2026-11-29. */
export const dateSchema = z.union([z.literal(''), z.iso.date()])
/** '' or a 24-hour time such as 13:30. */
export const timeSchema = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)])

export const epochSchema = z.number().int().nonnegative()
