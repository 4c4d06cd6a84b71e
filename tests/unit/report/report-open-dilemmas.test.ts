import { describe, expect, it } from 'vitest'
import { buildReportModel } from '@core/report/report-model'
import { createSession } from '@core/session/default-session'
import { DEFAULT_REPORT_OPTIONS, reportOptionsSchema, type Session } from '@core/session/schema'
import { FIXTURE_GENERATED_AT, FIXTURE_START, reportFixture } from '../../support/report-fixture'
import { OPTIONS } from './report-formats'

const modelOf = (session: Session) => buildReportModel(session, FIXTURE_GENERATED_AT, OPTIONS)
const unticked = (session: Session): Session => ({
  ...session,
  report: { ...session.report, includeOpenDilemmas: false },
})

describe('the dilemmas that did not fit', () => {
  it('are listed in a new session, under their own heading, skipped apart from not reached', () => {
    expect(DEFAULT_REPORT_OPTIONS.includeOpenDilemmas).toBe(true)
    expect(createSession(FIXTURE_START).report.includeOpenDilemmas).toBe(true)
    const { dilemmas } = modelOf(reportFixture())
    expect(dilemmas.open).toEqual({
      heading: 'Niet besproken — materiaal voor een volgende keer',
      groups: [
        { heading: 'Overgeslagen', titles: ['OVERGESLAGEN-TITEL'] },
        { heading: 'Niet aan bod gekomen', titles: ['NIET-BEREIKT-TITEL'] },
      ],
    })
    // The count stays, so the sentence and the list tell the same.
    expect(dilemmas.notDiscussed).toBe(
      '1 dilemma is overgeslagen en 1 dilemma is niet aan bod gekomen.',
    )
  })

  it('stay out of a file from before the choice, and when the facilitator unticks it', () => {
    const before = reportOptionsSchema.parse({ includeNames: false, includeContributors: false })
    expect(before.includeOpenDilemmas).toBe(false)
    expect(modelOf(unticked(reportFixture())).dilemmas.open).toBeNull()
  })

  it('leave out a group without titles, and the whole part when all were discussed', () => {
    const fixture = reportFixture()
    const noneSkipped = {
      ...fixture,
      dilemmas: fixture.dilemmas.map((d) =>
        d.status === 'skipped' ? { ...d, status: 'queued' as const } : d,
      ),
    }
    expect(modelOf(noneSkipped).dilemmas.open?.groups).toEqual([
      { heading: 'Niet aan bod gekomen', titles: ['OVERGESLAGEN-TITEL', 'NIET-BEREIKT-TITEL'] },
    ])
    const allDone = {
      ...fixture,
      dilemmas: fixture.dilemmas.map((d) => ({ ...d, status: 'discussed' as const })),
    }
    expect(modelOf(allDone).dilemmas.open).toBeNull()
  })

  it('have English headings in an English session', () => {
    expect(modelOf(reportFixture({ locale: 'en' })).dilemmas.open).toEqual({
      heading: 'Not discussed — material for next time',
      groups: [
        { heading: 'Skipped', titles: ['OVERGESLAGEN-TITEL'] },
        { heading: 'Not reached', titles: ['NIET-BEREIKT-TITEL'] },
      ],
    })
  })
})
