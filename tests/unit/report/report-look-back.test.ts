import { describe, expect, it } from 'vitest'
import { markdownInline } from '@core/report/markdown-escape'
import { buildReportModel } from '@core/report/report-model'
import { NO_LOOK_BACK } from '@core/session/parts/look-back'
import { FIXTURE_GENERATED_AT, reportFixture } from '../../support/report-fixture'
import { HOSTILE_WHAT, LOOK_BACK, lookBackFixture } from './look-back-fixture'
import { OPTIONS, renderAll, xmlText, type RenderedReport } from './report-formats'

const HEADING = 'Terugblik op “Teamsessie oktober” van donderdag 15 oktober 2026'
const STATES = ['gedaan', 'loopt nog', 'nog open', 'vervallen']
const SUMMARY = '2 van 5 vervolgafspraken gedaan.'

const texts = (report: RenderedReport): [string, string][] => [
  ['html', report.html],
  ['md', report.markdown],
  ['docx', xmlText(report.docxXml)],
]

describe('the look-back in the report', () => {
  it('lists the previous session’s follow-ups with what, who, by when and where each stands', () => {
    const section = buildReportModel(lookBackFixture(), FIXTURE_GENERATED_AT, OPTIONS).lookBack
    expect(section?.heading).toBe(HEADING)
    expect(section?.columns).toEqual({
      what: 'Wat',
      who: 'Wie',
      due: 'Wanneer',
      state: 'Stand van zaken',
    })
    expect(section?.rows.map((row) => row.state)).toEqual([
      'gedaan',
      'gedaan',
      'loopt nog',
      'nog open',
      'vervallen',
    ])
    expect(section?.rows[0]).toMatchObject({ what: HOSTILE_WHAT, due: '1 december 2026' })
    expect(section?.rows[3]).toMatchObject({ who: 'Team Uitvoering', due: '' })
    expect(section?.summary).toBe(SUMMARY)
  })

  it('shows in every format: the previous session by title and date, the states and how many are done', async () => {
    const report = await renderAll(lookBackFixture())
    for (const [format, text] of texts(report)) {
      const wanted = [HEADING, 'Stand van zaken', ...STATES, SUMMARY, 'Flyer ophangen']
      expect(
        wanted.filter((part) => !text.includes(part)),
        format,
      ).toEqual([])
    }
  })

  it('opens the report: after the session’s facts, before the programme', async () => {
    const report = await renderAll(lookBackFixture())
    for (const [format, text] of texts(report)) {
      const at = text.indexOf(HEADING)
      expect(text.indexOf('6 aanwezig'), format).toBeLessThan(at)
      expect(at, format).toBeLessThan(text.indexOf('Programma'))
    }
  })

  it('speaks English in an English session', () => {
    const session = lookBackFixture({ locale: 'en' })
    const section = buildReportModel(session, FIXTURE_GENERATED_AT, OPTIONS).lookBack
    // ICU versions differ on the comma after the weekday.
    expect(section?.heading).toMatch(
      /^Looking back on “Teamsessie oktober” of Thursday,? 15 October 2026$/,
    )
    expect(section?.rows.map((row) => row.state)).toEqual([
      'done',
      'done',
      'in progress',
      'open',
      'dropped',
    ])
    expect(section?.summary).toBe('2 of 5 follow-ups done.')
  })

  it('names the previous session as far as it is known', () => {
    const heading = (from: (typeof LOOK_BACK)['from']) =>
      buildReportModel(lookBackFixture({ lookBack: { ...LOOK_BACK, from } }), 0, OPTIONS).lookBack
        ?.heading
    expect(heading({ title: '', date: '2026-10-15' })).toBe(
      'Terugblik op de sessie van donderdag 15 oktober 2026',
    )
    expect(heading({ title: 'Teamsessie oktober', date: '' })).toBe(
      'Terugblik op “Teamsessie oktober”',
    )
    expect(heading(null)).toBe('Terugblik op de vorige sessie')
  })

  it('is left out when there is nothing to look back on', async () => {
    const fresh = reportFixture()
    expect(fresh.lookBack).toEqual(NO_LOOK_BACK)
    expect(buildReportModel(fresh, FIXTURE_GENERATED_AT, OPTIONS).lookBack).toBeNull()
    const blank = {
      ...LOOK_BACK,
      followUps: [{ id: 'x', what: ' ', who: '', due: '', state: 'open' as const }],
    }
    expect(buildReportModel(lookBackFixture({ lookBack: blank }), 0, OPTIONS).lookBack).toBeNull()
    for (const [format, text] of texts(await renderAll(fresh)))
      expect(text.includes('Terugblik'), format).toBe(false)
  })
})

describe('hostile text in the look-back', () => {
  const hostileFrom = { title: 'Sessie <i>oktober</i> & *ster*', date: '' }

  it('stays text in HTML', async () => {
    const { html } = await renderAll(
      lookBackFixture({ lookBack: { ...LOOK_BACK, from: hostileFrom } }),
    )
    expect(html).not.toContain('<script>alert(3)')
    expect(html).not.toContain('<i>oktober')
    expect(html).toContain('Notitie &lt;script&gt;alert(3)&lt;/script&gt; **vet** | pijp')
    expect(html).toContain('Terugblik op “Sessie &lt;i&gt;oktober&lt;/i&gt; &amp; *ster*”')
  })

  it('stays text in Markdown, also in the table and the heading', async () => {
    const { markdown } = await renderAll(
      lookBackFixture({ lookBack: { ...LOOK_BACK, from: hostileFrom } }),
    )
    expect(markdown.match(/(?<!\\)<[a-z/!?]/gi)).toBeNull()
    expect(markdown).toContain(`| ${markdownInline(HOSTILE_WHAT)} |`)
    expect(markdown).toContain('Notitie \\<script\\>alert(3)\\</script\\> \\*\\*vet\\*\\* \\| pijp')
    expect(markdown).toContain(
      `## ${markdownInline('Terugblik op “Sessie <i>oktober</i> & *ster*”')}`,
    )
  })

  it('stays text in Word', async () => {
    const { docxXml } = await renderAll(lookBackFixture())
    expect(docxXml).not.toContain('<script>alert(3)')
    expect(docxXml).toContain('Notitie &lt;script&gt;alert(3)&lt;/script&gt; **vet** | pijp')
  })
})
