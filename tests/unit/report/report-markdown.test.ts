import { describe, expect, it } from 'vitest'
import { markdownInline, markdownLines } from '@core/report/markdown-escape'
import { reportMarkdown } from '@core/report/report-markdown'
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

const markdown = reportMarkdown(reportFixture(), FIXTURE_GENERATED_AT, OPTIONS)
const lines = markdown.split('\n')

describe('the Markdown report', () => {
  it('contains no raw HTML: every < from user text is escaped', () => {
    expect(markdown.match(/(?<!\\)<[a-z/!?]/gi)).toBeNull()
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> Regels of maatwerk?')
  })

  it('keeps Markdown syntax in user text as text', () => {
    expect(lines[0]).toBe(`# ${markdownInline(FIXTURE.title)}`)
    expect(lines[0]).toContain('\\# kop \\*schuin\\* \\*\\*vet\\*\\* \\_laag\\_ \\`code\\`')
    expect(lines[0]).toContain(
      '\\[link\\](https://example.org) \\| pijp \\~doorhaling\\~ \\> citaat',
    )
    // The description's own list, heading and indentation do not become Markdown blocks.
    for (const line of ['1\\. genummerd\\', '\\- lijst\\', '\\+ plus\\', '\\===\\', 'ingesprongen'])
      expect(lines).toContain(line)
  })

  it('writes every dilemma, the harvest and the 5,000-character note in full', () => {
    const expected = [
      FIXTURE.dilemmas[0],
      FIXTURE.dilemmas[1],
      FIXTURE.dilemmas[4],
      FIXTURE.tensions,
      FIXTURE.good,
      FIXTURE.hard,
      FIXTURE.tops,
      FIXTURE.tips,
      ...FIXTURE.threads,
    ].map(markdownInline)
    expect(expected.filter((text) => !markdown.includes(text))).toEqual([])
    expect(markdown).toContain(markdownLines(LONG_NOTE).join('\\\n'))
    expect(markdown).toContain(`- ${markdownInline('Inzicht ' + EMOJI)}\\\n  met tweede regel`)
    expect(markdown).toContain(EMOJI)
    expect(markdown).toContain(RTL)
    // A new session lists the dilemmas not discussed, skipped apart from not reached.
    expect(markdown).toContain(
      '### Niet besproken — materiaal voor een volgende keer\n\n**Overgeslagen**\n\n' +
        '- OVERGESLAGEN-TITEL\n\n**Niet aan bod gekomen**\n\n- NIET-BEREIKT-TITEL',
    )
  })

  it('gives the tally and the follow-ups as tables, with the bars as text', () => {
    expect(lines).toContain('| Principe | Aantal |  |')
    expect(lines).toContain(`| Dienstbaar | 5 | ${'█'.repeat(20)} |`)
    expect(lines).toContain(`| Integer | 3 | ${'█'.repeat(12)} |`)
    expect(lines).toContain('| Rechtvaardig | 0 |  |')
    expect(lines).toContain('| Wat | Wie | Wanneer |')
    expect(lines).toContain(
      '| Vervolg \\<img src=x onerror="alert(2)"\\> plannen | Team Uitvoering | 15 december 2026 |',
    )
    expect(lines).toContain("| Gids \\& flyer rondsturen | Begeleider A's team |  |")
  })

  it('gives the programme with planned and actual times', () => {
    expect(lines).toContain('| Onderdeel | Gepland | Begin | Einde | Duur |')
    expect(lines).toContain('| Casuïstiek | 60 min | 14:02 | 15:05 | 63 min |')
    expect(lines).toContain('| Totaal | 130 min | 13:30 | 15:35 | 125 min |')
  })

  it('shows the variant-2 rounds anonymised', () => {
    expect(lines).toContain('| Ronde | Dienstbaar | Integer | Rechtvaardig | Respectvol |')
    expect(lines).toContain('| Ronde 2 | Deelnemer D | Deelnemer A | Deelnemer B | Deelnemer C |')
  })

  it('has Dutch headings, English ones for an English session, and says what is empty', () => {
    for (const heading of ['## Programma', '## Besproken dilemma’s', '## Opbrengst'])
      expect(lines).toContain(heading)
    const english = reportMarkdown(reportFixture({ locale: 'en' }), FIXTURE_GENERATED_AT, OPTIONS)
    for (const heading of ['## Programme', '## Dilemmas discussed', '## Harvest'])
      expect(english.split('\n')).toContain(heading)
    const empty = reportMarkdown(createSession(FIXTURE_START), FIXTURE_GENERATED_AT, OPTIONS)
    expect(empty).toContain('_Er zijn geen dilemma’s besproken._')
    expect(empty).toContain('_Er zijn geen vervolgafspraken gemaakt._')
  })
})

describe('Markdown escaping', () => {
  it('escapes inline markup, raw HTML and entities', () => {
    expect(markdownInline('a *b* _c_ `d` [e](f) <g> | h ~i~ & j # k \\ l')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\| h \\~i\\~ \\& j \\# k \\\\ l',
    )
  })

  it('escapes what would start a block, and joins a one-line text onto one line', () => {
    expect(markdownInline('1. een')).toBe('1\\. een')
    expect(markdownInline('12) twaalf')).toBe('12\\) twaalf')
    expect(markdownInline('- lijst')).toBe('\\- lijst')
    expect(markdownInline('+ plus')).toBe('\\+ plus')
    expect(markdownInline('=== ')).toBe('\\===')
    expect(markdownInline('> citaat')).toBe('\\> citaat')
    expect(markdownInline('een\ntwee\r\n  drie')).toBe('een twee drie')
  })

  it('splits multi-line text into escaped lines without indentation or empty lines', () => {
    expect(markdownLines('    code\n\n- punt\n2. twee\n')).toEqual([
      'code',
      '\\- punt',
      '2\\. twee',
    ])
  })
})
