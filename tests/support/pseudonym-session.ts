import fc from 'fast-check'
import type { CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { CASE_TEXT_FIELDS, type ReportOptions, type Session } from '@core/session/schema'

/**
 * Sessions whose every typed text names this session's people (and holds an e-mail address, a
 * phone number and a BSN-like number), for the property that a pseudonymised report never
 * names anyone in any format: also variant 2's notes per round and the titles of the dilemmas
 * not discussed.
 */
const FIRST = ['Anouk', 'José', 'Ünal', 'Priya', 'Sanne', 'Mohammed', 'Fleur', 'Aylin', 'Özlem']
const PARTICLES = ['', 'de ', 'van ', 'van der ', 'van ’t ', "van 't ", 'El ']
const LAST = ['Vries', 'Hek', 'D’Souza', "D'Souza", 'Jansen', 'Yılmaz', 'Amrani', 'Okafor']

/** Folded as the check folds: case, accents and the two apostrophes do not matter. */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase()

/** Whether `name` stands in `text` as whole words (folded). */
export function names(text: string, name: string): boolean {
  const escaped = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(fold(text))
}

export interface Seeded {
  readonly session: Session
  /** Every participant's and facilitator's full name and first name. */
  readonly secrets: readonly string[]
}

/** A session whose every typed text names people, mid-sentence, in the ways people write. */
export function seeded(
  people: readonly string[],
  facilitator: string,
  report: Partial<ReportOptions> = {},
): Seeded {
  const host = new SessionHost({ session: createSession(0), clock: { now: () => 0 } })
  const run = (command: CommandInput) => {
    const result = host.dispatch(command)
    if (!result.ok) throw new Error(`${command.type} refused (${result.error.code})`)
  }
  const mention = (index: number) => {
    const name = people[index % people.length] ?? ''
    const first = name.split(' ')[0] ?? name
    const forms = [name, first, name.toUpperCase(), fold(name)]
    return `Toen zei ${forms[index % forms.length] ?? name} dat het anders moest, mail naar ${fold(first).replace(/[^a-z]/g, '') || 'x'}@gemeente.nl of bel 06-12345678 (BSN 111222333).`
  }
  run({ type: 'setup/edit', title: `Sessie met ${people[0] ?? ''}`, facilitators: [facilitator] })
  run({ type: 'participant/add-many', names: [...people] })
  run({ type: 'dilemma/add', title: mention(1), description: mention(2), variant: 'variant2' })
  const id = `d${host.getSnapshot().session.nextSeq - 1}`
  CASE_TEXT_FIELDS.forEach((field, index) =>
    run({ type: 'dilemma/set-text', id, field, text: mention(index + 3) }),
  )
  const principleIds = host
    .getSnapshot()
    .session.principles.map((p) => p.id)
    .slice(0, 4)
  run({ type: 'v2/set-principles', dilemmaId: id, principleIds })
  run({ type: 'v2/pick-speakers', dilemmaId: id, seed: 3 })
  // Variant 2 per round: the observeerders' tops and tips and every speaker's notes name people.
  run({ type: 'v2/set-round-text', dilemmaId: id, round: 0, field: 'tops', text: mention(16) })
  run({ type: 'v2/set-round-text', dilemmaId: id, round: 0, field: 'tips', text: mention(17) })
  const speakers = host.getSnapshot().session.dilemmas.find((d) => d.id === id)?.variant2.rounds[0]
  speakers?.speakers.forEach((participantId, index) => {
    if (participantId === null) return
    for (const field of ['good', 'hard'] as const)
      run({
        type: 'v2/set-speaker-note',
        dilemmaId: id,
        round: 0,
        participantId,
        field,
        text: mention(18 + index * 2 + (field === 'hard' ? 1 : 0)),
      })
  })
  const [p0 = '', p1 = '', p2 = ''] = principleIds
  run({ type: 'pair/mark', dilemmaId: id, a: p0, b: p1, kind: 'tension' })
  run({ type: 'pair/mark', dilemmaId: id, a: p1, b: p2, kind: 'common' })
  run({ type: 'dilemma/set-status', id, status: 'discussed' })
  // The dilemmas that did not fit are listed by title (the default): their titles name people too.
  run({ type: 'dilemma/add', title: mention(26), variant: 'variant1' })
  run({
    type: 'dilemma/set-status',
    id: `d${host.getSnapshot().session.nextSeq - 1}`,
    status: 'skipped',
  })
  run({ type: 'dilemma/add', title: mention(27), variant: 'variant1' })
  run({ type: 'harvest/add', list: 'threads', text: mention(10) })
  run({ type: 'harvest/add', list: 'insights', text: `${facilitator} vatte samen. ${mention(11)}` })
  run({ type: 'harvest/add-followup', what: mention(12), who: people[0] ?? '', due: '' })
  run({ type: 'setup/edit', location: mention(13), team: mention(14), moreInfo: mention(15) })
  run({ type: 'report/options', ...report })
  const secrets = [...people, facilitator].flatMap((name) => [name, name.split(' ')[0] ?? name])
  return { session: host.getSnapshot().session, secrets }
}

export const personName = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...PARTICLES), fc.constantFrom(...LAST))
  .map(([first, particle, last]) => `${first} ${particle}${last}`)
