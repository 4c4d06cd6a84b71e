import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportDocx } from '@core/report/report-docx'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import {
  EMOJI,
  FIXTURE,
  FIXTURE_GENERATED_AT,
  FIXTURE_START,
  LONG_NOTE,
  RTL,
  reportFixture,
} from '../../support/report-fixture'
import { documentXml, OPTIONS, xmlText } from './report-formats'

const docxOf = (session: Session) => reportDocx(session, FIXTURE_GENERATED_AT, OPTIONS)

/** The tables of the document, each as its XML. */
const tablesOf = (xml: string) => xml.split('<w:tbl>').slice(1)

describe('the Word report', () => {
  let files: Record<string, Uint8Array>
  let xml: string
  let text: string

  beforeAll(async () => {
    const docx = await docxOf(reportFixture())
    files = unzipSync(docx)
    xml = documentXml(docx)
    text = xmlText(xml)
  })

  it('is a zip with the parts Word needs, in the session language', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    )
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array())
    expect(styles).toContain('<w:lang w:val="nl-NL"/>')
  })

  it('holds user text XML-escaped, never as markup', () => {
    expect(xml).not.toMatch(/<script|<img|<b>|<i>/)
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Regels of maatwerk?')
    expect(xml).toContain('Vervolg &lt;img src=x onerror=&quot;alert(2)&quot;&gt; plannen')
  })

  it('contains every dilemma, the harvest and the 5,000-character note in full', () => {
    const expected = [
      FIXTURE.title,
      FIXTURE.dilemmas[0],
      FIXTURE.dilemmas[1],
      FIXTURE.dilemmas[4],
      FIXTURE.description,
      LONG_NOTE,
      FIXTURE.tensions,
      FIXTURE.good,
      FIXTURE.hard,
      FIXTURE.tops,
      FIXTURE.tips,
      ...FIXTURE.threads,
      ...FIXTURE.insights,
      ...FIXTURE.followUps.map((f) => f.what),
      FIXTURE.statement,
    ]
    expect(expected.filter((item) => !text.includes(item))).toEqual([])
    expect(text).toContain(EMOJI)
    expect(text).toContain(RTL)
    // A new session lists the dilemmas not discussed, skipped apart from not reached.
    expect(text).toContain(
      'Niet besproken — materiaal voor een volgende keer\nOvergeslagen\nOVERGESLAGEN-TITEL\n' +
        'Niet aan bod gekomen\nNIET-BEREIKT-TITEL\n',
    )
    expect(text).not.toContain(FIXTURE.privatePhaseNote)
  })

  it('uses Word headings and writes right-to-left paragraphs right to left', async () => {
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Programma</,
    )
    const named = documentXml(await docxOf(reportFixture({ includeNames: true })))
    const paragraphs = named.split('<w:p>').slice(1)
    const hebrew = paragraphs.find((p) => xmlText(p).trim() === FIXTURE.participants[2])
    const latin = paragraphs.find((p) => xmlText(p).trim() === FIXTURE.participants[1])
    expect(hebrew).toContain('<w:bidi/>')
    expect(latin).toBeDefined()
    expect(latin).not.toContain('<w:bidi')
  })

  it('spaces lines relative to their own height, so a wrapped title never overlaps itself', async () => {
    const styles = documentXml(await docxOf(reportFixture()), 'word/styles.xml')
    const spacings = styles.match(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g) ?? []
    expect(spacings.length).toBeGreaterThan(0)
    expect(spacings.filter((s) => !s.includes('w:lineRule="auto"'))).toEqual([])
  })

  it('keeps a labelled fact left to right when its value is right to left', async () => {
    const fixture = reportFixture({ includeContributors: true })
    const [first] = fixture.dilemmas
    if (!first) throw new Error('fixture: no dilemma')
    const session = {
      ...fixture,
      dilemmas: fixture.dilemmas.map((d) => (d.id === first.id ? { ...d, contributor: RTL } : d)),
    }
    const paragraphs = documentXml(await docxOf(session))
      .split('<w:p>')
      .slice(1)
    const fact = paragraphs.find((p) => xmlText(p).startsWith('Ingebracht door:'))
    expect(fact).toBeDefined()
    expect(fact).not.toContain('<w:bidi')
    expect(fact).toContain('<w:rtl/>')
  })

  it('gives the follow-ups as a table with a header row and one row each', () => {
    const table = tablesOf(xml).find((t) => t.includes('Team Uitvoering')) ?? ''
    expect(table.match(/<w:tr>/g)).toHaveLength(3)
    expect(table).toContain('<w:tblHeader/>')
    expect(xmlText(table)).toMatch(/Wat\s*Wie\s*Wanneer/)
    expect(xmlText(table)).toContain('15 december 2026')
  })

  it('draws the tally as shaded cells as wide as each share, with the count beside', () => {
    const session = reportFixture()
    const [dienstbaar, integer] = session.principles
    const table = tablesOf(xml).find((t) => t.includes('Dienstbaar') && t.includes('w:gridSpan'))
    expect(table).toBeDefined()
    const rows = table?.split('<w:tr>').slice(1) ?? []
    const rowOf = (name: string) => rows.find((row) => row.includes(`>${name}<`)) ?? ''
    const fill = (color: string | undefined) => `w:fill="${color?.slice(1).toUpperCase()}"`
    expect(rowOf('Dienstbaar')).toContain(fill(dienstbaar?.color))
    expect(rowOf('Dienstbaar')).toContain('<w:gridSpan w:val="20"/>')
    expect(rowOf('Integer')).toContain(fill(integer?.color))
    expect(rowOf('Integer')).toMatch(/gridSpan w:val="12"[\s\S]*gridSpan w:val="8"/)
    expect(rowOf('Rechtvaardig')).not.toContain('w:fill="005F73"')
    expect(xmlText(rowOf('Dienstbaar'))).toContain('5')
  })

  it('drops control characters that would make the XML invalid', async () => {
    const session = reportFixture()
    const noisy: Session = {
      ...session,
      harvest: {
        ...session.harvest,
        threads: [{ id: 't900', text: 'Bel\u0007 en \u0001nul' }],
      },
    }
    const noisyXml = documentXml(await docxOf(noisy))
    expect(noisyXml).not.toMatch(/[^\P{Cc}\t\n\r]/u)
    expect(xmlText(noisyXml)).toContain('Bel en nul')
  })

  it('has English headings for an English session and notes what is empty', async () => {
    const english = xmlText(documentXml(await docxOf(reportFixture({ locale: 'en' }))))
    for (const heading of ['Programme', 'Dilemmas discussed', 'Harvest', 'Follow-ups'])
      expect(english).toContain(heading)
    const empty = xmlText(documentXml(await docxOf(createSession(FIXTURE_START))))
    expect(empty).toContain('Er zijn geen dilemma’s besproken.')
    expect(empty).toContain('Er zijn geen vervolgafspraken gemaakt.')
  })
})
