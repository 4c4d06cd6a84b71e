import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { publicationOf } from '@core/report/report-model'
import { createSession } from '@core/session/default-session'
import { CASE_TEXT_FIELDS, type ReportOptions, type Session } from '@core/session/schema'
import { renderAll, xmlText } from '../report/report-formats'

const FIRST = ['Anouk', 'José', 'Ünal', 'Priya', 'Sanne', 'Mohammed', 'Fleur', 'Aylin', 'Özlem']
const PARTICLES = ['', 'de ', 'van ', 'van der ', 'van ’t ', "van 't ", 'El ']
const LAST = ['Vries', 'Hek', 'D’Souza', "D'Souza", 'Jansen', 'Yılmaz', 'Amrani', 'Okafor']

/** Folded as the check folds: case, accents and the two apostrophes do not matter. */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase()

/** Whether `name` stands in `text` as whole words (folded). */
function names(text: string, name: string): boolean {
  const escaped = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(fold(text))
}

interface Seeded {
  readonly session: Session
  /** Every participant's and facilitator's full name and first name. */
  readonly secrets: readonly string[]
}

/** A session whose every typed text names people, mid-sentence, in the ways people write. */
function seeded(
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
  run({ type: 'dilemma/set-status', id, status: 'discussed' })
  run({ type: 'harvest/add', list: 'threads', text: mention(10) })
  run({ type: 'harvest/add', list: 'insights', text: `${facilitator} vatte samen. ${mention(11)}` })
  run({ type: 'harvest/add-followup', what: mention(12), who: people[0] ?? '', due: '' })
  run({ type: 'setup/edit', location: mention(13), team: mention(14), moreInfo: mention(15) })
  run({ type: 'report/options', ...report })
  const secrets = [...people, facilitator].flatMap((name) => [name, name.split(' ')[0] ?? name])
  return { session: host.getSnapshot().session, secrets }
}

const personName = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...PARTICLES), fc.constantFrom(...LAST))
  .map(([first, particle, last]) => `${first} ${particle}${last}`)

describe('a pseudonymised report (default choices)', () => {
  it('never names a participant or facilitator, an e-mail address, a phone or BSN-like number, in any format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(personName, {
          minLength: 4,
          maxLength: 6,
          selector: (n) => n.split(' ')[0],
        }),
        async (all) => {
          const [facilitator = '', ...people] = all
          const { session, secrets } = seeded(people, facilitator)
          const report = await renderAll(session)
          for (const [format, text] of [
            ['html', report.html],
            ['md', report.markdown],
            ['docx', xmlText(report.docxXml)],
          ] as const) {
            for (const secret of secrets)
              expect(names(text, secret), `${secret} in ${format}`).toBe(false)
            expect(text, format).not.toContain('@gemeente.nl')
            expect(text, format).not.toContain('06-12345678')
            expect(text, format).not.toContain('111222333')
          }
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('labels across the report', () => {
  const people = ['Anouk de Vries', 'Bram van ’t Hek', 'José Ünal', 'Priya D’Souza']

  it('gives each person one label: a speaker in the table is the same label in the text', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const dilemma = session.dilemmas[0]
    const speaker = dilemma?.variant2.rounds[0]?.speakers.find((id) => id !== null)
    const named = session.participants.find((p) => p.id === speaker)?.name ?? ''
    const withMention = {
      ...session,
      harvest: {
        ...session.harvest,
        threads: [{ id: 'h-extra', text: `Het viel ${named} op dat het schuurde.` }],
      },
    }
    const { model } = publicationOf(withMention, 0)
    const table = model.dilemmas.items[0]?.variant2?.rounds.rows[0]?.cells ?? []
    const thread = model.harvest.threads.items[0] ?? ''
    const label = /Deelnemer [A-Z]+/.exec(thread)?.[0]
    expect(label).toBeDefined()
    expect(table).toContain(label)
  })

  it('replaces, keeps or removes each finding as the facilitator chose', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const first = publicationOf(session, 0)
    const name = first.findings.find((f) => f.kind === 'name')
    const email = first.findings.find((f) => f.kind === 'email')
    expect(name?.choice).toBe('label')
    expect(email?.choice).toBe('remove')
    if (!name || !email) throw new Error('the seeded session has findings')
    const chosen: Session = {
      ...session,
      report: {
        ...session.report,
        findingChoices: { [name.key]: 'remove', [email.key]: 'keep' },
      },
    }
    const after = publicationOf(chosen, 0)
    expect(after.findings.find((f) => f.key === name.key)).toMatchObject({
      choice: 'remove',
      chosen: true,
    })
    expect(after.findings.find((f) => f.key === email.key)).toMatchObject({
      choice: 'keep',
      chosen: true,
    })
    expect(JSON.stringify(after.model)).toContain(email.excerpt.match)
  })

  it('gives a follow-up owner a label, unless the facilitator keeps owners; a role stays as it is', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const owner = (s: Session) => publicationOf(s, 0).model.harvest.followUps.rows[0]?.who
    expect(owner(session)).toMatch(/^Deelnemer [A-Z]$/)
    const kept = { ...session, report: { ...session.report, includeFollowUpOwners: true } }
    expect(owner(kept)).toBe(people[0])
    const role = {
      ...session,
      harvest: {
        ...session.harvest,
        followUps: session.harvest.followUps.map((f) => ({ ...f, who: 'de teamleider' })),
      },
    }
    expect(owner(role)).toBe('de teamleider')
  })

  it('keeps names where the facilitator included them, and still removes an e-mail address', () => {
    const { session } = seeded(people, 'Ingrid de Wit', { includeNames: true })
    const { model, findings } = publicationOf(session, 0)
    const named = findings.filter((f) => f.kind === 'name')
    const owners = named.filter((f) => f.place.endsWith(' · Wie'))
    // Names stay where names were included; a follow-up's owner is a choice of its own.
    expect(named.filter((f) => !owners.includes(f)).map((f) => f.choice)).not.toContain('label')
    expect(owners.map((f) => f.choice)).toEqual(['label'])
    const text = JSON.stringify(model)
    expect(text).toContain('Anouk de Vries')
    expect(text).not.toContain('@gemeente.nl')
  })
})
