import { describe, expect, it } from 'vitest'
import { mapReportTexts } from '@core/privacy/report-slots'
import { buildReportModel, publicationOf } from '@core/report/report-model'
import { reportTexts } from '@core/report/report-texts'
import type { Session } from '@core/session/schema'
import { FIXTURE_GENERATED_AT } from '../../support/report-fixture'
import { LOOK_BACK, lookBackFixture, NAMED_IN_WHAT, OWNER } from './look-back-fixture'
import { OPTIONS, renderAll, xmlText } from './report-formats'

const publication = (session: Session) => publicationOf(session, FIXTURE_GENERATED_AT, OPTIONS)
const lookBackOf = (session: Session) => publication(session).model.lookBack

describe('owners in the look-back', () => {
  it('are left out by default, like this session’s own follow-up owners: a label, a role stays', async () => {
    const session = lookBackFixture()
    const rows = lookBackOf(session)?.rows ?? []
    expect(rows[0]?.who).toMatch(/^Deelnemer [A-Z]$/)
    expect(rows[2]?.who).toBe('de teamleider')
    const report = await renderAll(session)
    // What the Verslag panel promises without ticks holds for the look-back too.
    for (const text of [report.html, report.markdown, xmlText(report.docxXml)]) {
      expect(text).not.toContain('Privénaam')
      expect(text).not.toContain('Geheimnaam')
    }
  })

  it('are named when the facilitator keeps follow-up owners, and only there', async () => {
    const session = lookBackFixture({ includeFollowUpOwners: true })
    const rows = lookBackOf(session)?.rows ?? []
    expect(rows[0]?.who).toBe(OWNER)
    // The owner choice is about owners: a name in what was agreed still gets its label.
    expect(rows[1]?.what).toMatch(/^Deelnemer [A-Z] belt de ombudsman$/)
    const report = await renderAll(session)
    for (const text of [report.html, report.markdown, xmlText(report.docxXml)])
      expect(text).toContain(OWNER)
  })

  it('are owners to the publication check, found where the look-back lists them', () => {
    const owner = (session: Session) =>
      publication(session).findings.find((f) => f.place === 'Terugblik · Vervolgafspraak 1 · Wie')
    expect(owner(lookBackFixture())).toMatchObject({ kind: 'name', choice: 'label' })
    expect(owner(lookBackFixture({ includeFollowUpOwners: true }))).toMatchObject({
      choice: 'keep',
    })
    // Including the names of those present is another choice: owners keep their label.
    expect(owner(lookBackFixture({ includeNames: true }))).toMatchObject({ choice: 'label' })
  })
})

describe('the publication check over the look-back', () => {
  it('finds a name typed into what was agreed, and labels it by default', () => {
    const session = lookBackFixture()
    const { model, findings } = publication(session)
    const found = findings.find((f) => f.place === 'Terugblik · Vervolgafspraak 2 · Wat')
    expect(found).toMatchObject({ kind: 'name', choice: 'label', chosen: false })
    expect(found?.excerpt.match).toBe(NAMED_IN_WHAT)
    expect(JSON.stringify(model)).not.toContain(NAMED_IN_WHAT)
    expect(model.lookBack?.rows[1]?.what).toBe(`${found?.label ?? '?'} belt de ombudsman`)
  })

  it('keeps the name when the facilitator chooses so for that finding', () => {
    const session = lookBackFixture()
    const key = publication(session).findings.find((f) =>
      f.place.startsWith('Terugblik · Vervolgafspraak 2'),
    )?.key
    const kept = {
      ...session,
      report: { ...session.report, findingChoices: { [key ?? '']: 'keep' as const } },
    }
    expect(lookBackOf(kept)?.rows[1]?.what).toBe(`${NAMED_IN_WHAT} belt de ombudsman`)
  })

  it('reads the previous session’s title and the e-mail address in an owner too', () => {
    const session = lookBackFixture({
      lookBack: {
        ...LOOK_BACK,
        from: { title: `Sessie bij ${NAMED_IN_WHAT}`, date: '' },
        followUps: [{ id: 'm', what: 'Mailen', who: 'a.b@voorbeeld.nl', due: '', state: 'open' }],
      },
    })
    const { model, findings } = publication(session)
    expect(findings.map((f) => [f.place, f.kind])).toEqual(
      expect.arrayContaining([
        ['Terugblik · Titel', 'name'],
        ['Terugblik · Vervolgafspraak 1 · Wie', 'email'],
      ]),
    )
    const text = JSON.stringify(model.lookBack)
    expect(text).not.toContain(NAMED_IN_WHAT)
    expect(text).not.toContain('voorbeeld.nl')
  })

  it('reads the look-back in reading order: after the facts, before the programme', () => {
    const visited: string[] = []
    const model = buildReportModel(lookBackFixture(), FIXTURE_GENERATED_AT, OPTIONS)
    mapReportTexts(model, reportTexts('nl'), (slot) => {
      visited.push(slot.key)
      return slot.text
    })
    const at = (key: string) => visited.indexOf(key)
    expect(at('fact.0')).toBeLessThan(at('lookBack.heading'))
    expect(at('lookBack.heading')).toBeLessThan(at('lookBack.0.what'))
    expect(at('lookBack.0.what')).toBeLessThan(at('lookBack.0.who'))
    expect(at('lookBack.4.what')).toBeLessThan(at('programme.0'))
  })
})
