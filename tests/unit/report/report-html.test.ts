import { describe, expect, it } from 'vitest'
import { escapeHtml } from '@core/report/html-escape'
import { reportHtml } from '@core/report/report-html'
import { REPORT_STYLES } from '@core/report/report-styles'
import { createSession } from '@core/session/default-session'
import {
  EMOJI,
  FIXTURE,
  FIXTURE_GENERATED_AT,
  FIXTURE_START,
  LONG_NOTE,
  RTL,
  reportFixture,
} from '../../support/report-fixture'
import { OPTIONS } from './report-formats'

const html = reportHtml(reportFixture(), FIXTURE_GENERATED_AT, OPTIONS)
/** Every tag in the document; user text is escaped, so each one is ours. */
const tags = html.match(/<[^>]*>/g) ?? []
const tagNames = new Set(tags.map((tag) => /^<\/?([a-z0-9!-]+)/i.exec(tag)?.[1]?.toLowerCase()))

const ALLOWED_TAGS = [
  '!doctype',
  ...['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'footer'],
  ...['section', 'article', 'h1', 'h2', 'h3', 'h4', 'p', 'span', 'div', 'dl', 'dt', 'dd'],
  ...['ul', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'svg', 'rect', 'a'],
]

describe('the HTML report', () => {
  it('is a complete HTML5 document in the session language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl-NL">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain(`<title>${escapeHtml(FIXTURE.title)}</title>`)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('carries one stylesheet, exactly REPORT_STYLES, and no style attributes', () => {
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1])
    expect(styles).toEqual([REPORT_STYLES])
    expect(tags.filter((tag) => /\sstyle\s*=/i.test(tag))).toEqual([])
  })

  it('has no script, no event handler and nothing fetched from elsewhere', () => {
    expect([...tagNames].filter((name) => !ALLOWED_TAGS.includes(name ?? ''))).toEqual([])
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([])
    expect(tags.filter((tag) => /\s(src|xlink:href|action|srcset)\s*=/i.test(tag))).toEqual([])
    // The one link ("Meer informatie") opens a web page outside; it loads nothing into the report.
    const links = tags.filter((tag) => /\shref\s*=/i.test(tag))
    expect(
      links.filter((tag) => !/^<a href="https?:\/\/[^"]+" rel="noreferrer">$/.test(tag)),
    ).toEqual([])
    expect(REPORT_STYLES).not.toMatch(/url\(|@import/i)
  })

  it('writes every user text escaped and in full, emoji and right-to-left text intact', () => {
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
      'Team Uitvoering',
      FIXTURE.statement,
    ]
    expect(expected.filter((text) => !html.includes(escapeHtml(text)))).toEqual([])
    expect(html).toContain(EMOJI)
    expect(html).toContain(RTL)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('marks user text dir="auto" and lists skipped and unreached dilemmas apart, by default', () => {
    expect(html).toContain(`<h1 dir="auto">${escapeHtml(FIXTURE.title)}</h1>`)
    expect(html).toContain(`<li dir="auto">${escapeHtml(FIXTURE.threads[0])}</li>`)
    expect(html).toContain(
      '<h3>Niet besproken — materiaal voor een volgende keer</h3>' +
        '<h4>Overgeslagen</h4><ul><li dir="auto">OVERGESLAGEN-TITEL</li></ul>' +
        '<h4>Niet aan bod gekomen</h4><ul><li dir="auto">NIET-BEREIKT-TITEL</li></ul>',
    )
    const fixture = reportFixture()
    const unticked = reportHtml(
      { ...fixture, report: { ...fixture.report, includeOpenDilemmas: false } },
      FIXTURE_GENERATED_AT,
      OPTIONS,
    )
    expect(unticked).not.toContain('OVERGESLAGEN-TITEL')
    expect(unticked).not.toContain('NIET-BEREIKT-TITEL')
    expect(unticked).not.toContain('materiaal voor een volgende keer')
  })

  it('draws the tally as SVG bars in the principle colours, with the counts written beside', () => {
    const session = reportFixture()
    const [dienstbaar, integer, rechtvaardig] = session.principles
    expect(html).toContain(`<rect x="0" y="0" width="100" height="10" fill="${dienstbaar?.color}"`)
    expect(html).toContain(`<rect x="0" y="0" width="60" height="10" fill="${integer?.color}"`)
    expect(html).not.toContain(`height="10" fill="${rechtvaardig?.color}"`)
    expect(html).toContain('<td class="num">5</td>')
    expect(html).toContain('12 keuzes in totaal')
  })

  it('prints well: A4 margins, dilemmas and tables kept whole, long words wrapped', () => {
    expect(REPORT_STYLES).toMatch(/@page\s*{\s*size: A4;\s*margin:/)
    expect(REPORT_STYLES).toContain('@media print')
    expect(REPORT_STYLES).toMatch(/\.dilemma {[^}]*break-inside: avoid/)
    expect(REPORT_STYLES).toMatch(/table {[^}]*break-inside: avoid/)
    expect(REPORT_STYLES).toContain('overflow-wrap: anywhere')
  })

  it('gives the list of those present the whole width, when names are in', () => {
    const named = reportHtml(reportFixture({ includeNames: true }), FIXTURE_GENERATED_AT, OPTIONS)
    expect(named).toMatch(/<div class="wide"><dt>Aanwezig<\/dt>/)
    expect(REPORT_STYLES).toContain('.facts .wide { grid-column: 1 / -1; }')
    const anonymous = reportHtml(reportFixture(), FIXTURE_GENERATED_AT, OPTIONS)
    expect(anonymous).not.toContain('<dt>Aanwezig</dt>')
  })

  it('has Dutch headings, and English ones for an English session', () => {
    for (const heading of ['Programma', 'Besproken dilemma’s', 'Opbrengst'])
      expect(html).toContain(`<h2>${escapeHtml(heading)}</h2>`)
    expect(html).toContain('<h3>Vervolgafspraken</h3>')
    const english = reportHtml(reportFixture({ locale: 'en' }), FIXTURE_GENERATED_AT, OPTIONS)
    expect(english).toContain('<html lang="en-GB">')
    for (const heading of ['Programme', 'Dilemmas discussed', 'Harvest'])
      expect(english).toContain(`<h2>${heading}</h2>`)
    expect(english).toContain('<h3>Follow-ups</h3>')
    // Phase titles are the facilitator's own words; only the report's headings change.
    expect(english).not.toContain('<h2>Opbrengst</h2>')
  })

  it('says briefly what is empty in a new session', () => {
    const empty = reportHtml(createSession(FIXTURE_START), FIXTURE_GENERATED_AT, OPTIONS)
    expect(empty).toContain(escapeHtml('Er zijn geen dilemma’s besproken.'))
    expect(empty).toContain('Er zijn geen vervolgafspraken gemaakt.')
    expect(empty).not.toContain('<table class="follow-ups">')
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    )
    expect(escapeHtml(`${EMOJI} ${RTL}`)).toBe(`${EMOJI} ${RTL}`)
  })
})
