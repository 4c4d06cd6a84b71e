import { describe, expect, it } from 'vitest'
import { mapReportTexts } from '@core/privacy/report-slots'
import { buildReportModel, publicationOf } from '@core/report/report-model'
import { reportTexts } from '@core/report/report-texts'
import type { Session } from '@core/session/schema'
import { seeded } from '../../support/pseudonym-session'

const people = ['Anouk de Vries', 'Bram van ’t Hek', 'José Ünal', 'Priya D’Souza']

describe('the publication check over the dance', () => {
  it('reads every new text: round tops and tips, speakers’ notes, open titles, the map’s lines', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const visited: string[] = []
    mapReportTexts(buildReportModel(session, 0), reportTexts('nl'), (slot) => {
      visited.push(slot.key)
      return slot.text
    })
    expect(visited).toEqual(
      expect.arrayContaining([
        'dilemma.1.round.0.tops',
        'dilemma.1.round.0.tips',
        'dilemma.1.round.0.speaker.0.good',
        'dilemma.1.round.0.speaker.0.hard',
        'dilemma.1.round.0.speaker.3.hard',
        'open.0',
        'open.1',
        'tensionMap.0',
        'tensionMap.1',
      ]),
    )
    // In reading order: the dilemma's facts, then its rounds, then its own texts.
    const at = (key: string) => visited.indexOf(key)
    expect(at('dilemma.1.fact.0')).toBeLessThan(at('dilemma.1.round.0.tops'))
    expect(at('dilemma.1.round.0.speaker.3.hard')).toBeLessThan(at('dilemma.1.text.0'))
    expect(at('open.1')).toBeLessThan(at('tensionMap.0'))
    expect(at('tensionMap.1')).toBeLessThan(at('threads.0'))
  })

  it('says where a finding stands: the round, and the speaker by their label', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const places = new Set(publicationOf(session, 0).findings.map((f) => f.place))
    expect(places).toContain('Dilemma 1 · Ronde 1 · Tops van de observeerders')
    expect(
      [...places].some((p) => /^Dilemma 1 · Ronde 1 · Deelnemer [A-D] \(.+\) · Ging goed$/.test(p)),
    ).toBe(true)
    expect(places).toContain('Niet besproken dilemma 1')
    expect(places).toContain('Niet besproken dilemma 2')
  })

  it('gives a name in a speaker’s note the same label as in the rounds table', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const dilemma = session.dilemmas[0]
    const first = dilemma?.variant2.rounds[0]?.speakers[0] ?? ''
    const name = session.participants.find((p) => p.id === first)?.name ?? ''
    const withOwnName: Session = {
      ...session,
      dilemmas: session.dilemmas.map((d) =>
        d.id !== dilemma?.id
          ? d
          : {
              ...d,
              roundNotes: [
                {
                  speakers: { [first]: { good: `${name} hield het kort.`, hard: '' } },
                  tops: '',
                  tips: '',
                },
              ],
            },
      ),
    }
    const { model } = publicationOf(withOwnName, 0)
    const label = model.dilemmas.items[0]?.variant2?.rounds.rows[0]?.cells[0] ?? ''
    const row = model.dilemmas.items[0]?.variant2?.notes?.rounds[0]?.speakers[0]
    expect(label).toMatch(/^Deelnemer [A-Z]$/)
    expect(row?.speaker.startsWith(`${label} (`)).toBe(true)
    expect(row?.good).toBe(`${label} hield het kort.`)
  })

  it('applies the facilitator’s choice to a round’s text, kept under the round', () => {
    const { session } = seeded(people, 'Ingrid de Wit')
    const email = publicationOf(session, 0).findings.find(
      (f) => f.kind === 'email' && f.key.startsWith('dilemma.1.round.0.tops|'),
    )
    if (!email) throw new Error('the seeded tops hold an e-mail address')
    expect(email.choice).toBe('remove')
    const kept: Session = {
      ...session,
      report: { ...session.report, findingChoices: { [email.key]: 'keep' } },
    }
    const tops = publicationOf(kept, 0).model.dilemmas.items[0]?.variant2?.notes?.rounds[0]?.tops
    expect(tops).toContain(email.excerpt.match)
  })
})
