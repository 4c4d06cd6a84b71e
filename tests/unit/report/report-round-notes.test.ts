import { describe, expect, it } from 'vitest'
import { escapeHtml } from '@core/report/html-escape'
import { markdownInline } from '@core/report/markdown-escape'
import { buildReportModel } from '@core/report/report-model'
import type { Session } from '@core/session/schema'
import { FIXTURE, FIXTURE_GENERATED_AT, reportFixture } from '../../support/report-fixture'
import { DANCE, danceFixture } from './dance-fixture'
import { OPTIONS, renderAll, xmlText } from './report-formats'

const modelOf = (session: Session) => buildReportModel(session, FIXTURE_GENERATED_AT, OPTIONS)
const notesOf = (session: Session) => modelOf(session).dilemmas.items[1]?.variant2?.notes

describe('variant 2 per round in the report model', () => {
  it('gives the rounds with notes: tops, tips and each speaker, labelled as in the rounds table', () => {
    const session = danceFixture()
    const [dienstbaar, integer] = session.principles.map((p) => p.name)
    const notes = notesOf(session)
    expect(notes?.heading).toBe('Per ronde: tops, tips en wat de sprekers zeiden')
    expect(notes?.labels).toEqual({
      tops: 'Tops van de observeerders',
      tips: 'Tips van de observeerders',
      speaker: 'Spreker',
      good: 'Ging goed',
      hard: 'Was lastig',
    })
    // Round 2 has no notes and is left out.
    expect(notes?.rounds).toEqual([
      {
        index: 0,
        label: 'Ronde 1',
        tops: DANCE.tops,
        tips: DANCE.tips,
        speakers: [
          { speaker: `Deelnemer A (${dienstbaar})`, good: DANCE.good, hard: DANCE.hard },
          { speaker: `Deelnemer B (${integer})`, good: DANCE.secondGood, hard: '' },
        ],
      },
      { index: 2, label: 'Ronde 3', tops: '', tips: DANCE.lateTips, speakers: [] },
    ])
    // The same labels as the rounds table: one person, one label.
    expect(modelOf(session).dilemmas.items[1]?.variant2?.rounds.rows[0]?.cells.slice(0, 2)).toEqual(
      ['Deelnemer A', 'Deelnemer B'],
    )
  })

  it('names the speakers only when the facilitator includes names', () => {
    const session = danceFixture({ includeNames: true })
    const d2 = session.dilemmas[1]
    const first = d2?.variant2.rounds[0]?.speakers[0]
    const name = session.participants.find((p) => p.id === first)?.name
    expect(name).toBeDefined()
    const speakers = notesOf(session)?.rounds[0]?.speakers ?? []
    expect(speakers[0]?.speaker).toBe(`${name} (${session.principles[0]?.name})`)
  })

  it('keeps a file from before (no round notes) as it was', async () => {
    const old = reportFixture()
    expect(old.dilemmas.every((d) => d.roundNotes.length === 0)).toBe(true)
    expect(notesOf(old)).toBeNull()
    const report = await renderAll(old)
    for (const text of [report.html, report.markdown, xmlText(report.docxXml)])
      expect(text).not.toContain('Per ronde')
  })

  it('speaks English when the session does', () => {
    const notes = notesOf(danceFixture({ locale: 'en' }))
    expect(notes?.heading).toBe('Round by round: tops, tips and what the speakers said')
    expect(notes?.rounds[0]?.speakers[0]?.speaker).toMatch(/^Participant A \(/)
  })
})

describe('variant 2 per round in every format', () => {
  it('HTML: a heading per round, tops and tips, and a table of the speakers', async () => {
    const { html } = await renderAll(danceFixture())
    expect(html).toContain(
      '<h4>Per ronde: tops, tips en wat de sprekers zeiden</h4><h5>Ronde 1</h5>',
    )
    expect(html).toContain(
      `<dt>Tops van de observeerders</dt><dd dir="auto">${escapeHtml(DANCE.tops)}</dd>`,
    )
    expect(html).toContain(
      '<table class="speaker-notes"><thead><tr><th scope="col">Spreker</th>' +
        '<th scope="col">Ging goed</th><th scope="col">Was lastig</th></tr></thead>',
    )
    expect(html).toContain(`<td class="text" dir="auto">${escapeHtml(DANCE.hard)}</td>`)
    expect(html).toContain('<h5>Ronde 3</h5>')
    expect(html).not.toContain('<h5>Ronde 2</h5>')
  })

  it('Markdown: lists that keep the line breaks', async () => {
    const { markdown } = await renderAll(danceFixture())
    expect(markdown).toContain('**Per ronde: tops, tips en wat de sprekers zeiden**\n\n_Ronde 1_')
    expect(markdown).toContain(
      '- **Tops van de observeerders:** Tops ronde 1: rustig \\& \\<b\\>helder\\</b\\>\\\n' +
        '  met een tweede regel',
    )
    expect(markdown).toContain(`- **Tips van de observeerders:** ${markdownInline(DANCE.tips)}`)
    expect(markdown).toMatch(
      /- \*\*Deelnemer A \([^)]+\)\*\*\n {2}- \*\*Ging goed:\*\* Ging goed: \\\*luisteren\\\*\n {2}- \*\*Was lastig:\*\* Was lastig: kiezen\\\n {4}en loslaten/,
    )
    expect(markdown).not.toContain('_Ronde 2_')
  })

  it('Word: a heading per round, tops and tips, and a table of the speakers', async () => {
    const { docxXml } = await renderAll(danceFixture())
    const text = xmlText(docxXml)
    expect(text).toContain('Per ronde: tops, tips en wat de sprekers zeiden\nRonde 1\n')
    expect(text).toContain(`Tops van de observeerders: ${DANCE.tops}\n`)
    const table = docxXml.split('<w:tbl>').find((t) => t.includes('Was lastig')) ?? ''
    expect(xmlText(table)).toMatch(/Spreker\s*Ging goed\s*Was lastig\s*Deelnemer A/)
    expect(xmlText(table)).toContain(DANCE.hard)
    expect(docxXml).toContain('<w:pStyle w:val="Heading5"/>')
  })

  it('still writes the dilemma-wide texts as before', async () => {
    const { html } = await renderAll(danceFixture())
    for (const text of [FIXTURE.good, FIXTURE.hard, FIXTURE.tops, FIXTURE.tips])
      expect(html).toContain(escapeHtml(text))
  })
})
