import { describe, expect, it } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import { parseAutosave, serialiseAutosave } from '@core/persistence/autosave-format'
import { LIMITS, type Session } from '@core/session/schema'
import { sessionWith } from './fixtures'
import { accepted, expectRejected, NOW } from './reduce-helpers'

/** Every command that takes a new id from the session's counter. */
const TAKING_AN_ID: readonly CommandInput[] = [
  { type: 'dilemma/add', title: 'Nog een' },
  { type: 'dilemma/add-example', exampleId: 'uitzondering' },
  { type: 'harvest/add', list: 'threads', text: 'Rode draad' },
  { type: 'harvest/add', list: 'insights', text: 'Inzicht' },
  { type: 'harvest/add-followup', what: 'Navragen' },
  { type: 'phase/add', kind: 'other', title: 'Extra', plannedMinutes: 5 },
  { type: 'participant/add-many', names: ['Anna'] },
]

const withCounter = (nextSeq: number): Session => ({ ...sessionWith(1), nextSeq })

/** The session as the next start reads it back from its autosave. */
function reloaded(session: Session): Session | null {
  const parsed = parseAutosave(serialiseAutosave({ revision: 1, session }, NOW))
  return parsed.ok ? parsed.file.session : null
}

describe('the id counter near Number.MAX_SAFE_INTEGER', () => {
  it('is what the schema allows at most', () => {
    expect(LIMITS.nextSeq).toBe(Number.MAX_SAFE_INTEGER)
  })

  it.each(TAKING_AN_ID)('%j takes the last id, and the session still loads', (command) => {
    const next = accepted(withCounter(LIMITS.nextSeq - 1), command)
    expect(next.nextSeq).toBe(LIMITS.nextSeq)
    expect(reloaded(next)).toEqual(next)
  })

  it.each(TAKING_AN_ID)('%j is refused once the counter is used up', (command) => {
    expectRejected(withCounter(LIMITS.nextSeq), command, 'limit-reached')
  })

  it('adding several participants needs an id for each', () => {
    const names = ['Anna', 'Bram', 'Cas']
    expectRejected(
      withCounter(LIMITS.nextSeq - 2),
      { type: 'participant/add-many', names },
      'limit-reached',
    )
    const next = accepted(withCounter(LIMITS.nextSeq - 3), {
      type: 'participant/add-many',
      names,
    })
    expect(next.participants.map((p) => p.name)).toEqual(names)
    expect(next.nextSeq).toBe(LIMITS.nextSeq)
  })

  it('names already there take no id, so they are no refusal either', () => {
    const start = withCounter(LIMITS.nextSeq)
    const withAnna: Session = {
      ...start,
      participants: [{ id: 'pp1', name: 'Anna', present: true }],
    }
    expect(accepted(withAnna, { type: 'participant/add-many', names: ['anna'] })).toBe(withAnna)
  })

  it('commands that take no id still work with the counter used up', () => {
    const start = withCounter(LIMITS.nextSeq)
    const next = accepted(start, { type: 'dilemma/edit', id: 'd1', title: 'Nieuwe titel' })
    expect(next.dilemmas[0]?.title).toBe('Nieuwe titel')
  })
})

describe('a counter that lags behind the ids in use (a file written by hand)', () => {
  it('skips the numbers in use, so a new id never repeats one', () => {
    // d1..d3 exist; the counter says 2.
    const start = { ...sessionWith(3), nextSeq: 2 }
    const next = accepted(start, { type: 'dilemma/add', title: 'Nieuw' })
    expect(next.dilemmas.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4'])
    expect(next.nextSeq).toBe(5)
  })

  it('skips per id, not per collection: h2 is free while d2 is not', () => {
    const next = accepted(
      { ...sessionWith(3), nextSeq: 2 },
      { type: 'harvest/add', list: 'threads', text: 'Rode draad' },
    )
    expect(next.harvest.threads.map((item) => item.id)).toEqual(['h2'])
    expect(next.nextSeq).toBe(3)
  })
})
