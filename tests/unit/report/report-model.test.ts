import { describe, expect, it } from 'vitest'
import { cleanText } from '@core/report/clean-text'
import { buildReportModel } from '@core/report/report-model'
import { createSession } from '@core/session/default-session'
import {
  FIXTURE,
  FIXTURE_GENERATED_AT,
  FIXTURE_START,
  LONG_NOTE,
  reportFixture,
} from '../../support/report-fixture'
import { OPTIONS } from './report-formats'

const model = (options: Parameters<typeof reportFixture>[0] = {}) =>
  buildReportModel(reportFixture(options), FIXTURE_GENERATED_AT, OPTIONS)

describe('the report model', () => {
  it('states the session: title, Dutch date, place, how many facilitators and how many were present', () => {
    const report = model()
    expect(report.title).toBe(FIXTURE.title)
    expect(report.languageTag).toBe('nl-NL')
    expect(report.facts).toEqual([
      { label: 'Datum', value: 'zondag 29 november 2026' },
      { label: 'Aanvang', value: '13:30' },
      { label: 'Plaats', value: FIXTURE.location },
      { label: 'Team', value: FIXTURE.team },
      { label: 'Begeleiding', value: '2 begeleiders' },
      { label: 'Deelnemers', value: '6 aanwezig' },
    ])
    // The facilitators by name only when the facilitator includes names.
    expect(model({ includeNames: true }).facts).toContainEqual({
      label: 'Begeleiding',
      value: `${FIXTURE.facilitators[0]} en ${FIXTURE.facilitators[1]}`,
      names: true,
    })
    expect(report.generated).toBe(
      'Deze terugkoppeling is gemaakt op zondag 29 november 2026 om 16:05.',
    )
  })

  it('lists the names of those present only when the facilitator allows it', () => {
    const attendees = model({ includeNames: true }).facts.find((f) => f.label === 'Aanwezig')
    for (const name of FIXTURE.participants) expect(attendees?.value).toContain(name)
    expect(attendees?.value).not.toContain(FIXTURE.absent)
  })

  it('gives the programme with planned minutes and the actual times and durations', () => {
    const { programme } = model()
    expect(programme.rows.map((r) => [r.title, r.planned, r.start, r.end, r.duration])).toEqual([
      ['Welkom en introductie', '5 min', '13:30', '13:36', '6 min'],
      ['Starter: lijnopstelling', '10 min', '13:36', '13:48', '12 min'],
      ['Ambtelijk vakmanschap', '15 min', '13:48', '14:02', '14 min'],
      ['Casuïstiek', '60 min', '14:02', '15:05', '63 min'],
      ['Opbrengst', '20 min', '15:05', '15:26', '21 min'],
      ['Afronding', '10 min', '15:26', '15:35', '9 min'],
      [expect.stringContaining('Pauze'), '10 min', 'niet gestart', '', ''],
    ])
    expect(programme.total).toEqual({
      title: 'Totaal',
      planned: '130 min',
      start: '13:30',
      end: '15:35',
      duration: '125 min',
    })
  })

  it('says a running phase is still running and an empty programme is empty', () => {
    const session = createSession(FIXTURE_START)
    const first = session.phases[0]
    if (!first) throw new Error('default programme is empty')
    const running = {
      ...session,
      currentPhaseId: first.id,
      phases: [{ ...first, startedAt: FIXTURE_START }],
    }
    const report = buildReportModel(running, FIXTURE_GENERATED_AT, OPTIONS)
    expect(report.programme.rows[0]).toMatchObject({ start: '13:30', end: 'loopt nog' })
    const none = buildReportModel({ ...session, phases: [] }, FIXTURE_GENERATED_AT, OPTIONS)
    expect(none.programme).toMatchObject({ rows: [], total: null, empty: expect.any(String) })
  })

  it('reports the discussed dilemmas and the current one, and only counts the rest', () => {
    const { dilemmas } = model()
    expect(dilemmas.items.map((d) => d.title)).toEqual([
      FIXTURE.dilemmas[0],
      FIXTURE.dilemmas[1],
      FIXTURE.dilemmas[4],
    ])
    expect(dilemmas.notDiscussed).toBe(
      '1 dilemma is overgeslagen en 1 dilemma is niet aan bod gekomen.',
    )
  })

  it('leaves out the current dilemma when nothing was recorded for it yet', () => {
    // A report made during the casework: the last dilemma is still in discussion (the harvest
    // would have closed it), and nothing was recorded for it yet.
    const fixture = reportFixture()
    const current = fixture.dilemmas.find((d) => d.tippingPoint === FIXTURE.currentTippingPoint)
    if (!current) throw new Error('the fixture has a last dilemma with a tipping point')
    const session = { ...fixture, currentDilemmaId: current.id }
    const untouched = {
      ...current,
      status: 'queued' as const,
      tally: {},
      firstTally: {},
      tippingPoint: '',
    }
    const report = buildReportModel(
      { ...session, dilemmas: session.dilemmas.map((d) => (d.id === current.id ? untouched : d)) },
      FIXTURE_GENERATED_AT,
      OPTIONS,
    )
    expect(report.dilemmas.items).toHaveLength(2)
    expect(report.dilemmas.notDiscussed).toContain('2 dilemma’s zijn niet aan bod gekomen')
  })

  it('draws the variant-1 tally in deck order with each principle colour', () => {
    const session = reportFixture()
    const [first] = model().dilemmas.items
    expect(first?.tally?.bars.map((b) => [b.name, b.color, b.count])).toEqual(
      session.principles.map((p, i) => [p.name, p.color, [5, 3, 0, 2, 1, 0, 1][i]]),
    )
    expect(first?.tally?.bars.map((b) => b.share)).toEqual([1, 0.6, 0, 0.4, 0.2, 0, 0.2])
    expect(first?.tally?.total).toBe('12 keuzes in totaal')
    expect(first?.texts.map((t) => t.label)).toEqual([
      'Wat gaf de doorslag',
      'Spanning of raakvlak met andere principes',
    ])
    expect(first?.texts[0]?.value).toBe(LONG_NOTE)
  })

  it.each(['constructor', 'toString', 'valueOf'])(
    'counts 0 for a principle named %s, never a member every object has',
    (id) => {
      // Only a file from before ids were checked could hold such a principle; read it safely.
      const fixture = reportFixture()
      const extra = { id, name: 'Eigen principe', summary: '', explanation: '', color: '#1d4e89' }
      const session = { ...fixture, principles: [...fixture.principles, extra] }
      const [first] = buildReportModel(session, FIXTURE_GENERATED_AT, OPTIONS).dilemmas.items
      const bars = first?.tally?.bars ?? []
      expect(bars.map((b) => typeof b.count)).toEqual(bars.map(() => 'number'))
      expect(bars.at(-1)).toMatchObject({ name: 'Eigen principe', count: 0, share: 0 })
      expect(first?.tally?.total).toBe('12 keuzes in totaal')
    },
  )

  it('anonymises variant-2 speakers with labels that follow them through the rounds', () => {
    const second = model().dilemmas.items[1]
    const rounds = second?.variant2?.rounds
    expect(second?.tally).toBeNull()
    expect(second?.variant2?.principles).toHaveLength(4)
    expect(rounds?.rows.map((r) => r.cells)).toEqual([
      ['Deelnemer A', 'Deelnemer B', 'Deelnemer C', 'Deelnemer D'],
      ['Deelnemer D', 'Deelnemer A', 'Deelnemer B', 'Deelnemer C'],
      ['Deelnemer C', 'Deelnemer D', 'Deelnemer A', 'Deelnemer B'],
    ])
    expect(second?.texts.map((t) => t.value)).toEqual([
      FIXTURE.good,
      FIXTURE.hard,
      FIXTURE.tops,
      FIXTURE.tips,
    ])
  })

  it('keeps one label per anonymous speaker across the whole report, not per dilemma', () => {
    const fixture = reportFixture()
    const source = fixture.dilemmas.find((d) => d.variant2.rounds.length === 3)
    if (!source) throw new Error('fixture: the variant-2 dilemma is missing')
    const [first] = source.variant2.rounds
    if (!first) throw new Error('fixture: no rounds')
    // A later dilemma where the same four people stand in the opposite order.
    const later = {
      ...source,
      id: 'd-later',
      title: 'Een later dilemma',
      variant2: { ...source.variant2, rounds: [{ speakers: [...first.speakers].reverse() }] },
    }
    const session = { ...fixture, dilemmas: [...fixture.dilemmas, later] }
    const items = buildReportModel(session, FIXTURE_GENERATED_AT, OPTIONS).dilemmas.items
    const cells = items.find((item) => item.title === 'Een later dilemma')?.variant2?.rounds.rows
    expect(cells?.map((row) => row.cells)).toEqual([
      ['Deelnemer D', 'Deelnemer C', 'Deelnemer B', 'Deelnemer A'],
    ])
  })

  it('names speakers and contributors only when the facilitator allows it', () => {
    const closed = model()
    expect(closed.dilemmas.items.flatMap((d) => d.facts.map((f) => f.label))).not.toContain(
      'Ingebracht door',
    )
    const open = model({ includeNames: true, includeContributors: true })
    const cells = open.dilemmas.items[1]?.variant2?.rounds.rows.flatMap((r) => r.cells) ?? []
    expect(cells.every((cell) => FIXTURE.participants.some((name) => name === cell))).toBe(true)
    expect(open.dilemmas.items[0]?.facts).toContainEqual({
      label: 'Ingebracht door',
      value: FIXTURE.contributors[0],
      names: true,
    })
  })

  it('keeps the facilitator’s private notes out', () => {
    const report = model({ includeNames: true, includeContributors: true })
    const text = JSON.stringify(report)
    const secrets = [FIXTURE.privatePhaseNote, FIXTURE.privateObservation]
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([])
    expect(report.starter?.value).toContain(FIXTURE.statement)
  })

  it('collects the harvest, with follow-ups as rows of what, who and by when', () => {
    const { harvest } = model()
    expect(harvest.threads.items).toEqual(FIXTURE.threads)
    expect(harvest.insights.items).toEqual(FIXTURE.insights)
    expect(harvest.followUps.rows).toEqual([
      { what: FIXTURE.followUps[0]?.what, who: 'Team Uitvoering', due: '15 december 2026' },
      // The owner's name (a facilitator's first name) becomes their label: owners are a choice.
      { what: FIXTURE.followUps[1]?.what, who: "Begeleider A's team", due: '' },
    ])
  })

  it('says so briefly when a new session has nothing to report yet', () => {
    const report = buildReportModel(createSession(FIXTURE_START), FIXTURE_GENERATED_AT, OPTIONS)
    expect(report.title).toBe('Dansende Dilemma’s')
    expect(report.facts).toEqual([])
    expect(report.starter).toBeNull()
    expect(report.dilemmas).toMatchObject({ items: [], notDiscussed: null })
    expect(report.dilemmas.empty).toBe('Er zijn geen dilemma’s besproken.')
    expect(report.harvest.threads.empty).toBe('Er zijn geen rode draden vastgelegd.')
    expect(report.harvest.followUps.empty).toBe('Er zijn geen vervolgafspraken gemaakt.')
  })

  it('speaks English when the session does', () => {
    const report = model({ locale: 'en' })
    expect(report.languageTag).toBe('en-GB')
    expect(report.facts[0]).toEqual({ label: 'Date', value: 'Sunday, 29 November 2026' })
    expect(report.programme.heading).toBe('Programme')
    expect(report.programme.rows.at(-1)?.start).toBe('not started')
    expect(report.dilemmas.notDiscussed).toBe(
      '1 dilemma was skipped and 1 dilemma was not reached.',
    )
    expect(report.dilemmas.items[1]?.variant2?.rounds.rows[0]?.cells[0]).toBe('Participant A')
  })
})

describe('cleanText', () => {
  it('drops control characters but keeps tabs, line breaks, emoji and right-to-left text', () => {
    expect(cleanText(' a\u0000b\u0007c\r\nd\te\uFFFF 👩🏽‍⚖️ שלום ')).toBe('abc\nd\te 👩🏽‍⚖️ שלום')
  })
})
