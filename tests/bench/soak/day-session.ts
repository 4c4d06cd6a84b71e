import type { CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'

const NOTE = 'Wat gaf de doorslag: de burger voor ogen houden, ook als de regel iets anders zegt. '

/**
 * A real workshop's size (12 participants, 4 dilemmas, 40 harvest notes), not the bench's
 * heaviest: the soak asks whether memory grows over 20,000 commands, and a lighter snapshot lets
 * that many fit in minutes on a busy two-CPU machine. What the soak adds it removes again.
 */
export function daySession(now: number): Session {
  const host = new SessionHost({ session: createSession(now), clock: { now: () => now } })
  const run = (command: CommandInput) => {
    const result = host.dispatch(command)
    if (!result.ok) throw new Error(`day session: ${command.type} refused (${result.error.code})`)
  }
  run({ type: 'setup/edit', title: 'Dansende Dilemma’s met team Uitvoering', variant: 'both' })
  run({
    type: 'participant/add-many',
    names: Array.from({ length: 12 }, (_, i) => `Deelnemer ${i + 1}`),
  })
  const principleIds = host.getSnapshot().session.principles.map((p) => p.id)
  for (let d = 0; d < 4; d++) {
    run({
      type: 'dilemma/add',
      title: `Dilemma ${d + 1}: een verzoek dat net buiten de regels valt`,
      description: 'Een burger vraagt om maatwerk. '.repeat(8),
      contributor: `Deelnemer ${d + 1}`,
      variant: d % 2 === 0 ? 'variant1' : 'variant2',
    })
    const id = `d${host.getSnapshot().session.nextSeq - 1}`
    run({ type: 'tally/reveal', dilemmaId: id, moment: 'first', revealed: true })
    run({ type: 'v2/set-principles', dilemmaId: id, principleIds: principleIds.slice(0, 4) })
    run({ type: 'v2/pick-speakers', dilemmaId: id, seed: d })
  }
  for (let i = 0; i < 20; i++) run({ type: 'harvest/add', list: 'threads', text: NOTE })
  for (let i = 0; i < 10; i++) run({ type: 'harvest/add', list: 'insights', text: NOTE })
  for (let i = 0; i < 10; i++)
    run({ type: 'harvest/add-followup', what: NOTE, who: `Deelnemer ${i % 12}`, due: '2026-12-15' })
  return host.getSnapshot().session
}
