import type { CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import type { Session } from '@core/session/schema'
import { FIXTURE_START, reportFixture, type FixtureOptions } from '../../support/report-fixture'

/** What the dance adds to the report fixture: texts to find back, hostile where it can be. */
export const DANCE = {
  /** Round 1's tops, over two lines. */
  tops: 'Tops ronde 1: rustig & <b>helder</b>\nmet een tweede regel',
  tips: 'Tips ronde 1 | met pijp',
  /** Round 3 has only tips; round 2 has no notes at all. */
  lateTips: 'Tips ronde 3: eerder afronden',
  good: 'Ging goed: *luisteren*',
  hard: 'Was lastig: kiezen\nen loslaten',
  /** Only what went well, for the second speaker. */
  secondGood: 'Ging goed: de vraag terug',
} as const

/**
 * The report fixture with the dance on record: the first dilemma counted twice (2 moved from
 * Integer to Dienstbaar) and marked with a tension and a common ground, the variant-2 dilemma
 * with marks of its own and notes in rounds 1 and 3.
 */
export function danceFixture(options: FixtureOptions = {}): Session {
  const host = new SessionHost({
    session: reportFixture(options),
    clock: { now: () => FIXTURE_START },
  })
  const run = (command: CommandInput) => {
    const result = host.dispatch(command)
    if (!result.ok) throw new Error(`dance fixture: ${command.type} refused (${result.error.code})`)
  }
  const session = () => host.getSnapshot().session
  const [d1, d2] = session().dilemmas
  const ids = session().principles.map((p) => p.id)
  const p = (index: number) => ids[index] ?? ''
  if (!d1 || !d2) throw new Error('dance fixture: the report fixture has two dilemmas')

  // The fixture counted the first choice; "na het gesprek" starts from it, then two move.
  run({ type: 'tally/moment', dilemmaId: d1.id, moment: 'after' })
  const after = [7, 1, 0, 2, 1, 0, 1]
  ids.forEach((principleId, i) =>
    run({ type: 'tally/set', dilemmaId: d1.id, principleId, count: after[i] ?? 0 }),
  )

  run({ type: 'pair/mark', dilemmaId: d1.id, a: p(1), b: p(0), kind: 'tension' })
  run({ type: 'pair/mark', dilemmaId: d1.id, a: p(2), b: p(3), kind: 'common' })
  run({ type: 'pair/mark', dilemmaId: d2.id, a: p(0), b: p(1), kind: 'tension' })
  run({ type: 'pair/mark', dilemmaId: d2.id, a: p(0), b: p(2), kind: 'common' })

  const [speaker, second] = d2.variant2.rounds[0]?.speakers ?? []
  run({ type: 'v2/set-round-text', dilemmaId: d2.id, round: 0, field: 'tops', text: DANCE.tops })
  run({ type: 'v2/set-round-text', dilemmaId: d2.id, round: 0, field: 'tips', text: DANCE.tips })
  for (const field of ['good', 'hard'] as const)
    run({
      type: 'v2/set-speaker-note',
      dilemmaId: d2.id,
      round: 0,
      participantId: speaker ?? '',
      field,
      text: DANCE[field],
    })
  run({
    type: 'v2/set-speaker-note',
    dilemmaId: d2.id,
    round: 0,
    participantId: second ?? '',
    field: 'good',
    text: DANCE.secondGood,
  })
  run({
    type: 'v2/set-round-text',
    dilemmaId: d2.id,
    round: 2,
    field: 'tips',
    text: DANCE.lateTips,
  })
  return session()
}
