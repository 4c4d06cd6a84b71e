import { describe, expect, it } from 'vitest'
import { FIXTURE, reportFixture } from '../../support/report-fixture'
import { renderAll, xmlText, type RenderedReport } from './report-formats'

/** Parts of each name that survive every format's escaping unchanged. */
const NAME_MARKS = ['Privénaam', 'Geheimnaam', 'שרה כהן', 'مريم العلي', 'Kees', 'Verborgen']
const CONTRIBUTOR_MARKS = ['Inbrenger Eénnaam', 'Inbrenger Tweenaam']
/** Never in any report: the absent, a skipped dilemma's contributor, private notes. */
const NEVER = [
  'Afwezige',
  'Inbrenger Driesnaam',
  FIXTURE.privatePhaseNote,
  FIXTURE.privateObservation,
]

function formats(report: RenderedReport): [string, string][] {
  return [
    ['html', report.html],
    ['md', report.markdown],
    ['docx', xmlText(report.docxXml)],
  ]
}

/** Which of the marks a format contains, per format: short failure messages. */
function found(report: RenderedReport, marks: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(
    formats(report).map(([name, text]) => [name, marks.filter((mark) => text.includes(mark))]),
  )
}

describe('privacy of the report', () => {
  it('names no participant and no contributor by default, in any format', async () => {
    const report = await renderAll(reportFixture())
    expect(found(report, [...NAME_MARKS, ...CONTRIBUTOR_MARKS, ...NEVER])).toEqual({
      html: [],
      md: [],
      docx: [],
    })
  })

  it('names those present and the contributors when the facilitator ticks both', async () => {
    const report = await renderAll(reportFixture({ includeNames: true, includeContributors: true }))
    const all = [...NAME_MARKS, ...CONTRIBUTOR_MARKS]
    expect(found(report, all)).toEqual({ html: all, md: all, docx: all })
    expect(found(report, NEVER)).toEqual({ html: [], md: [], docx: [] })
  })

  it('keeps the two choices apart', async () => {
    const names = await renderAll(reportFixture({ includeNames: true }))
    expect(found(names, CONTRIBUTOR_MARKS)).toEqual({ html: [], md: [], docx: [] })
    const contributors = await renderAll(reportFixture({ includeContributors: true }))
    expect(found(contributors, NAME_MARKS)).toEqual({ html: [], md: [], docx: [] })
    expect(found(contributors, CONTRIBUTOR_MARKS)).toEqual({
      html: CONTRIBUTOR_MARKS,
      md: CONTRIBUTOR_MARKS,
      docx: CONTRIBUTOR_MARKS,
    })
  })
})

describe('the privacy hint in the report panel tells the truth', () => {
  it('unticked, no names of participants, facilitators or contributors, also not in typed text: labels', async () => {
    const { default: nl } = await import('../../../renderer/src/common/i18n/nl/report')
    expect(nl.privacy.hint).toContain(
      'Zonder vinkjes staan er geen namen van deelnemers, begeleiders en inbrengers in: ook in wat er getypt is, krijgt iedereen een vast label (Deelnemer A, Begeleider A).',
    )
    const report = await renderAll(reportFixture())
    // A follow-up's owner typed as "Fien's team" (a facilitator's first name) gets her label...
    for (const [name, text] of formats(report)) {
      expect(text.includes('Begeleider A'), name).toBe(true)
      // ...and a role typed as the owner stays as it is.
      expect(text.includes('Team Uitvoering'), name).toBe(true)
    }
    expect(found(report, [...NAME_MARKS, ...CONTRIBUTOR_MARKS, 'Fien', 'Neil'])).toEqual({
      html: [],
      md: [],
      docx: [],
    })
  })
})

describe('dilemmas that were not discussed', () => {
  const TITLES = ['OVERGESLAGEN-TITEL', 'NIET-BEREIKT-TITEL']

  it('are listed by title in a new session, and only counted when the facilitator unticks it', async () => {
    const fixture = reportFixture()
    const counted = await renderAll({
      ...fixture,
      report: { ...fixture.report, includeOpenDilemmas: false },
    })
    expect(found(counted, TITLES)).toEqual({ html: [], md: [], docx: [] })

    // A new session lists them: the material for a next time.
    expect(fixture.report.includeOpenDilemmas).toBe(true)
    const listed = await renderAll(fixture)
    expect(found(listed, TITLES)).toEqual({ html: TITLES, md: TITLES, docx: TITLES })
    // Their contributors and every name stay out all the same.
    expect(found(listed, [...NAME_MARKS, ...CONTRIBUTOR_MARKS, 'Inbrenger Driesnaam'])).toEqual({
      html: [],
      md: [],
      docx: [],
    })
  })
})
