import type { CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { CASE_TEXT_FIELDS, type Session } from '@core/session/schema'

const NOTE = 'Wat gaf de doorslag: de burger voor ogen houden, ook als de regel iets anders zegt. '

/**
 * The session the budgets are measured on: 25 participants, 12 dilemmas and about 300 notes
 * (case texts, harvest threads and insights, follow-ups), heavier than a real workshop.
 */
export function largeSession(now = Date.UTC(2026, 10, 29, 13, 0)): Session {
  const host = new SessionHost({ session: createSession(now), clock: { now: () => now } })
  const run = (command: CommandInput) => {
    const result = host.dispatch(command)
    if (!result.ok) throw new Error(`large session: ${command.type} refused (${result.error.code})`)
  }
  run({ type: 'setup/edit', title: 'Dansende Dilemma’s met team Uitvoering', variant: 'both' })
  run({
    type: 'participant/add-many',
    names: Array.from({ length: 25 }, (_, i) => `Deelnemer ${i + 1}`),
  })
  const principleIds = host.getSnapshot().session.principles.map((p) => p.id)
  for (let d = 0; d < 12; d++) {
    run({
      type: 'dilemma/add',
      title: `Dilemma ${d + 1}: een verzoek dat net buiten de regels valt`,
      description: 'Een burger vraagt om maatwerk. '.repeat(20),
      contributor: `Deelnemer ${d + 1}`,
      variant: d % 2 === 0 ? 'variant1' : 'variant2',
    })
    const id = `d${host.getSnapshot().session.nextSeq - 1}`
    for (const field of CASE_TEXT_FIELDS) run({ type: 'dilemma/set-text', id, field, text: NOTE })
    for (const principleId of principleIds)
      run({ type: 'tally/set', dilemmaId: id, principleId, count: 3 })
    // Counted in the room and shown: the beamer draws the bars, not the waiting screen.
    run({ type: 'tally/reveal', dilemmaId: id, moment: 'first', revealed: true })
    run({ type: 'v2/set-principles', dilemmaId: id, principleIds: principleIds.slice(0, 4) })
    run({ type: 'v2/pick-speakers', dilemmaId: id, seed: d })
    run({ type: 'v2/rotate', dilemmaId: id })
    // Discussed, so the report of this session renders every dilemma in full.
    run({ type: 'dilemma/set-status', id, status: 'discussed' })
  }
  for (let i = 0; i < 100; i++) run({ type: 'harvest/add', list: 'threads', text: NOTE })
  for (let i = 0; i < 60; i++) run({ type: 'harvest/add', list: 'insights', text: NOTE })
  for (let i = 0; i < 60; i++)
    run({ type: 'harvest/add-followup', what: NOTE, who: `Deelnemer ${i % 25}`, due: '2026-12-15' })
  return host.getSnapshot().session
}
