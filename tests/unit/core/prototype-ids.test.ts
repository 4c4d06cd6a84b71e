import { describe, expect, it } from 'vitest'
import { reduce } from '@core/commands/reducer'
import { parseCommand, type SessionCommand } from '@core/commands/schema'
import { DECK_FORMAT, DECK_VERSION, parseDeckFile } from '@core/principles/deck-file'
import { parseAutosave, serialiseAutosave } from '@core/persistence/autosave-format'
import { parseSessionFile, serialiseSessionFile } from '@core/session-file/session-file-format'
import { defaultPrinciples } from '@core/session/default-session'
import { projectorScreen } from '@core/session/projector-screen'
import { idSchema, sessionSchema, type Principle, type Session } from '@core/session/schema'
import { tallyCount } from '@core/session/selectors'
import { changeDilemma, makeDilemma, sessionWith, T0 } from './fixtures'
import { NOW } from './reduce-helpers'

/**
 * Every name a plain object answers to without having it. A tally is an object keyed by
 * principle id, so a principle with one of these ids read a function out of an empty tally (a
 * report cell showed "function Object() { [native code] }").
 */
const MEMBER_NAMES = Object.getOwnPropertyNames(Object.prototype)
/** The ones the id pattern (a letter, then letters, digits, - and _) would let through. */
const WELL_FORMED_MEMBER_NAMES = MEMBER_NAMES.filter((name) => /^[A-Za-z]/.test(name))

const principle = (id: string): Principle => ({
  id,
  name: `Principe ${id}`,
  summary: '',
  explanation: '',
  color: '#1d4e89',
})

/**
 * A session that could only come from a file written before ids were checked: one principle has
 * a member name as its id. Built by hand, past the schema, to show what the readers do with it.
 */
function sessionWithPrincipleId(id: string): Session {
  const base = sessionWith(1, { currentDilemmaId: 'd1' })
  const principles = [...base.principles, principle(id)]
  // Counted after the conversation, so the beamer and tallyCount read the same count.
  return changeDilemma({ ...base, principles }, 'd1', (d) => ({
    ...d,
    tallyMoment: 'after',
    tally: { open: 2 },
  }))
}

describe('ids named after Object.prototype members', () => {
  it('covers constructor, toString, valueOf and hasOwnProperty at least', () => {
    expect(WELL_FORMED_MEMBER_NAMES).toEqual(
      expect.arrayContaining(['constructor', 'toString', 'valueOf', 'hasOwnProperty']),
    )
  })

  it.each(MEMBER_NAMES)('the id schema refuses %s', (name) => {
    expect(idSchema.safeParse(name).success).toBe(false)
  })

  it('the id schema still takes ordinary ids, including ones that merely contain such a name', () => {
    for (const id of ['d1', 'open', 'Constructor', 'toStringent', 'eigen-constructor'])
      expect(idSchema.safeParse(id).success, id).toBe(true)
  })

  it.each(WELL_FORMED_MEMBER_NAMES)('commands refuse %s as an id', (name) => {
    for (const input of [
      { type: 'dilemma/remove', id: name },
      { type: 'tally/adjust', dilemmaId: 'd1', principleId: name, delta: 1 },
      { type: 'projector/show-principle', principleId: name },
      { type: 'principle/replace-all', principles: [principle(name)] },
    ]) {
      const parsed = parseCommand(input)
      expect(parsed.ok, input.type).toBe(false)
      if (!parsed.ok) expect(parsed.error.code).toBe('invalid-command')
    }
  })

  it.each(['constructor', 'toString', '__proto__'])(
    'a deck with a principle %s is invalid',
    (id) => {
      const principles = [...defaultPrinciples().slice(0, 3), principle(id)]
      const text = JSON.stringify({ format: DECK_FORMAT, version: DECK_VERSION, principles })
      expect(parseDeckFile(text)).toMatchObject({ ok: false, problem: 'invalid' })
    },
  )

  it.each(['constructor', 'toString', '__proto__'])(
    'a session file and an autosave with a principle %s are refused',
    (id) => {
      const session = sessionWithPrincipleId(id)
      expect(sessionSchema.safeParse(session).success).toBe(false)
      expect(parseSessionFile(serialiseSessionFile(session, T0))).toEqual({
        ok: false,
        problem: 'corrupt',
      })
      expect(parseAutosave(serialiseAutosave({ revision: 3, session }, T0))).toEqual({
        ok: false,
        reason: 'invalid',
      })
    },
  )

  it('a tally keyed __proto__ in an autosave loses that key, and pollutes nothing', () => {
    const text = serialiseAutosave({ revision: 1, session: sessionWith(1) }, T0).replace(
      '"tally":{}',
      '"tally":{"__proto__":{"polluted":1}}',
    )
    expect(text).toContain('__proto__')
    const parsed = parseAutosave(text)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(Object.keys(parsed.file.session.dilemmas[0]?.tally ?? {})).toEqual([])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('reading a tally uses its own counts only', () => {
  it.each(WELL_FORMED_MEMBER_NAMES)('an empty tally has no count for %s', (name) => {
    expect(tallyCount(makeDilemma('d1', 'Leeg'), name)).toBe(0)
  })

  it('reads the counts that are there', () => {
    const dilemma = makeDilemma('d1', 'Geteld', { tally: { open: 3, integer: 1 } })
    expect(tallyCount(dilemma, 'open')).toBe(3)
    expect(tallyCount(dilemma, 'integer')).toBe(1)
    expect(tallyCount(dilemma, 'vakkundig')).toBe(0)
  })

  it('the beamer’s bars count 0 for a principle named constructor, never a function', () => {
    const session = sessionWithPrincipleId('constructor')
    const casework = session.phases.find((phase) => phase.kind === 'casework')
    const screen = projectorScreen({ ...session, currentPhaseId: casework?.id ?? null })
    expect(screen.kind).toBe('tally')
    if (screen.kind !== 'tally') return
    expect(screen.bars.map((bar) => typeof bar.count)).toEqual(screen.bars.map(() => 'number'))
    expect(screen.bars.at(-1)?.count).toBe(0)
    expect(screen.total).toBe(2)
  })

  it('tally/adjust on a principle named toString counts from 0', () => {
    // The command schema refuses such an id; the reducer must not trip over one either.
    const command: SessionCommand = {
      type: 'tally/adjust',
      dilemmaId: 'd1',
      principleId: 'toString',
      delta: 1,
    }
    const result = reduce(sessionWithPrincipleId('toString'), command, NOW)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.session.dilemmas[0]?.tally).toEqual({ open: 2, toString: 1 })
  })
})
