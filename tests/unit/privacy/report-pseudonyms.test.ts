import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publicationOf } from '@core/report/report-model'
import type { Session } from '@core/session/schema'
import { names, personName, seeded } from '../../support/pseudonym-session'
import { renderAll, xmlText } from '../report/report-formats'

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

  it('removes a finding of another kind set to "label", and says so in the finding', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const email = publicationOf(session, 0).findings.find((f) => f.kind === 'email')
    if (!email) throw new Error('the seeded session has an e-mail address')
    const asked: Session = {
      ...session,
      report: { ...session.report, findingChoices: { [email.key]: 'label' } },
    }
    const after = publicationOf(asked, 0)
    expect(after.findings.find((f) => f.key === email.key)).toMatchObject({
      choice: 'remove',
      chosen: true,
    })
    expect(JSON.stringify(after.model)).not.toContain(email.excerpt.match)
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
