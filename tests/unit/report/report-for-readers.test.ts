import { describe, expect, it } from 'vitest'
import { reportHtml } from '@core/report/report-html'
import { reportMarkdown } from '@core/report/report-markdown'
import { webLink } from '@core/report/web-link'
import { FIXTURE_GENERATED_AT, reportFixture } from '../../support/report-fixture'
import { documentXml, OPTIONS } from './report-formats'
import { reportDocx } from '@core/report/report-docx'

describe('webLink', () => {
  it.each([
    ['grenzeloossamenwerken.nl', 'https://grenzeloossamenwerken.nl/'],
    ['https://www.example.nl/gids?x=1', 'https://www.example.nl/gids?x=1'],
    ['http://intranet.example.nl/av', 'http://intranet.example.nl/av'],
  ])('makes %s a link to %s', (typed, link) => {
    expect(webLink(typed)).toBe(link)
  })

  it.each([
    'intranet/av',
    'Vraag het de begeleider',
    'javascript:alert(1)',
    'file:///C:/geheim.txt',
    'https://user:pw@example.nl',
    '',
  ])('leaves %j as text', (typed) => {
    expect(webLink(typed)).toBeNull()
  })
})

describe('“Meer informatie” in the report', () => {
  const withMoreInfo = (moreInfo: string) => {
    const fixture = reportFixture()
    return { ...fixture, setup: { ...fixture.setup, moreInfo } }
  }

  it('is a link in every format when it is a web address', async () => {
    const session = withMoreInfo('grenzeloossamenwerken.nl')
    expect(reportHtml(session, FIXTURE_GENERATED_AT, OPTIONS)).toContain(
      '<a href="https://grenzeloossamenwerken.nl/" rel="noreferrer">grenzeloossamenwerken.nl</a>',
    )
    expect(reportMarkdown(session, FIXTURE_GENERATED_AT, OPTIONS)).toContain(
      '[grenzeloossamenwerken.nl](https://grenzeloossamenwerken.nl/)',
    )
    const docx = await reportDocx(session, FIXTURE_GENERATED_AT, OPTIONS)
    expect(documentXml(docx)).toContain('<w:hyperlink')
    expect(documentXml(docx, 'word/_rels/document.xml.rels')).toContain(
      'Target="https://grenzeloossamenwerken.nl/"',
    )
  })

  it('stays plain text otherwise', async () => {
    const session = withMoreInfo('intranet/av')
    expect(reportHtml(session, FIXTURE_GENERATED_AT, OPTIONS)).not.toContain('<a ')
    const markdown = reportMarkdown(session, FIXTURE_GENERATED_AT, OPTIONS)
    const line = markdown.split('\n').find((l) => l.startsWith('Meer informatie:'))
    expect(line).toBeDefined()
    expect(line).not.toContain('](')
    const docx = await reportDocx(session, FIXTURE_GENERATED_AT, OPTIONS)
    expect(documentXml(docx)).not.toContain('<w:hyperlink')
  })
})

describe('the principles in the report', () => {
  it('explains every principle of the deck with its short text, in every format', async () => {
    const session = reportFixture()
    const html = reportHtml(session, FIXTURE_GENERATED_AT, OPTIONS)
    const markdown = reportMarkdown(session, FIXTURE_GENERATED_AT, OPTIONS)
    const word = documentXml(await reportDocx(session, FIXTURE_GENERATED_AT, OPTIONS))
    expect(html).toContain('<h2>De principes</h2>')
    expect(markdown).toContain('## De principes')
    for (const principle of session.principles) {
      expect(html).toContain(`<dt>${principle.name}</dt>`)
      expect(markdown).toContain(`- **${principle.name}:**`)
      expect(word).toContain(principle.name)
      // Summaries are plain sentences: the same words in every format.
      for (const text of [html, markdown, word]) expect(text).toContain(principle.summary)
    }
  })
})
