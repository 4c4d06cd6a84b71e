import type { z } from 'zod'
import {
  dilemmaSchema,
  followUpSchema,
  harvestItemSchema,
  LIMITS,
  referenceProblems,
  sessionShape,
  type Session,
} from './schema'

export type SessionCheck = { readonly ok: true } | { readonly ok: false; readonly detail: string }

const PASSED: SessionCheck = { ok: true }

/** Everything but the long lists, which are checked item by item below. */
const frameSchema = sessionShape.omit({ dilemmas: true, harvest: true })

/**
 * Checks items against `schema`, remembering the ones that passed. Sessions are never changed
 * in place (the reducer is pure and copies what it changes), so an item object that passed
 * once still passes: a command that edits one dilemma re-checks that dilemma, not all 200.
 */
function rememberingCheck(schema: z.ZodType): (item: unknown) => boolean {
  const passed = new WeakSet<object>()
  return (item) => {
    const remembered = typeof item === 'object' && item !== null
    if (remembered && passed.has(item)) return true
    if (!schema.safeParse(item).success) return false
    if (remembered) passed.add(item)
    return true
  }
}

function list(path: string, of: (s: Session) => unknown, max: number, schema: z.ZodType) {
  return { path, of, max, check: rememberingCheck(schema) }
}

const LISTS = [
  list('dilemmas', (s) => s.dilemmas, LIMITS.dilemmas, dilemmaSchema),
  list('harvest.threads', (s) => s.harvest.threads, LIMITS.harvestItems, harvestItemSchema),
  list('harvest.insights', (s) => s.harvest.insights, LIMITS.harvestItems, harvestItemSchema),
  list('harvest.followUps', (s) => s.harvest.followUps, LIMITS.harvestItems, followUpSchema),
]

/**
 * Whether a session passes the session schema (sessionSchema in schema.ts: the same parts, the
 * same references), fast enough to run on every command: the session host checks each state
 * before it publishes it, so nothing that could not be saved and loaded again ever reaches the
 * windows, the autosave or a session file. `detail` is for developers: paths and ids only.
 */
export function checkSession(session: Session): SessionCheck {
  const frame = frameSchema.safeParse(session)
  if (!frame.success) {
    const issues = frame.error.issues.slice(0, 5)
    return { ok: false, detail: issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ') }
  }
  const harvest: unknown = session.harvest
  if (typeof harvest !== 'object' || harvest === null) return { ok: false, detail: 'harvest' }
  for (const list of LISTS) {
    const items: unknown = list.of(session)
    if (!Array.isArray(items)) return { ok: false, detail: `${list.path}: not a list` }
    if (items.length > list.max) return { ok: false, detail: `${list.path}: too_big` }
    const bad = items.findIndex((item) => !list.check(item))
    if (bad >= 0) return { ok: false, detail: `${list.path}.${bad}: invalid` }
  }
  const problems = referenceProblems(session)
  return problems.length === 0 ? PASSED : { ok: false, detail: problems.slice(0, 5).join('; ') }
}
