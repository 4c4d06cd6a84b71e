import { describe, expect, it } from 'vitest'
import type { Session } from '@core/session/schema'
import { teamOverview } from '@core/team/team-overview'
import { SUMMARY_LIMITS } from '@core/team/team-summary-fit'
import { teamSummaryHtml } from '@core/team/team-summary-html'
import { teamSummaryMarkdown } from '@core/team/team-summary-markdown'
import { FACILITATOR, TEAM_NAMES, TYPED_EMAIL, teamSessions } from '../../support/team-folder'

const AT = Date.UTC(2026, 2, 14, 11, 0)
const options = { timeZone: 'Europe/Amsterdam' }
const overviewOf = (sessions: readonly Session[], folderName = 'Team Zuid') =>
  teamOverview({
    folderName,
    sessions: sessions.map((session, i) => ({ name: `${i}.dilemmas`, session })),
    skipped: [
      { name: 'kapot.dilemmas', reason: 'damaged' },
      { name: 'nieuwer.dilemmas', reason: 'newer-version' },
    ],
  })
const overview = overviewOf(teamSessions(50))
const html = teamSummaryHtml(overview, AT, options)
const markdown = teamSummaryMarkdown(overview, AT, options)

describe('team summary', () => {
  it.each([
    ['HTML', html],
    ['Markdown', markdown],
  ])('%s names no participant, facilitator, follow-up owner or typed e-mail address', (_, text) => {
    for (const name of [...TEAM_NAMES, FACILITATOR]) {
      expect(text).not.toContain(name)
      expect(text).not.toContain(name.split(' ')[0] ?? name)
    }
    expect(text).not.toContain(TYPED_EMAIL)
  })

  it('shows the period, the principles, the recurring pairs, threads and follow-ups on one page', () => {
    expect(html).toContain('<h1 dir="auto">Team Zuid</h1>')
    expect(html).toContain('50 sessies, van 6 januari 2025 tot en met 23 november 2026.')
    expect(html).toContain('In totaal 150 dilemma’s besproken.')
    expect(html).toContain('Dienstbaar – Rechtvaardig')
    expect(html).toContain('<td>spanning</td><td class="num">25</td>')
    expect(html).toContain('Eerste keuze')
    expect(html).toContain('Na het gesprek')
    expect(html).toContain('size: A4')
    const shown = html.match(/<li dir="auto">/g)?.length ?? 0
    expect(shown).toBeGreaterThan(4)
    expect(shown).toBeLessThanOrEqual(SUMMARY_LIMITS.threads.items)
    expect(html).toContain(`En nog ${100 - shown} eerdere rode draden in de app.`)
    // The newest rode draad is the last one shown.
    expect(html).toContain('23 nov 2026</span> · Rode draad 50: openheid naar de ketenpartners.')
    expect(html).toContain('<td class="state">gedaan</td>')
    expect(html).toContain('Dit overzicht is gemaakt op zaterdag 14 maart 2026 om 12:00.')
  })

  it('lists the files left out by name and reason at the end', () => {
    const tail = html.slice(html.indexOf('Niet meegenomen'))
    expect(tail).toContain('kapot.dilemmas</span>: beschadigd of onleesbaar')
    expect(tail).toContain('nieuwer.dilemmas</span>: van een nieuwere versie van de app')
    expect(markdown).toContain('- kapot.dilemmas: beschadigd of onleesbaar')
  })

  it('is written in English when asked', () => {
    const english = teamSummaryMarkdown(overview, AT, { ...options, locale: 'en' })
    expect(english).toContain('## Principles chosen')
    expect(english).toContain('| Principle | First choice | After the conversation |')
    expect(english).toContain('## Left out')
  })

  it('keeps hostile text as text in both formats', () => {
    const [first] = teamSessions(1)
    if (first === undefined) throw new Error('no session')
    const hostile: Session = {
      ...first,
      setup: { ...first.setup, title: '<script>alert(1)</script>' },
      harvest: {
        ...first.harvest,
        threads: [
          {
            id: 'h900',
            text: '# Kop\n**vet** [link](https://x.example) <img src=x onerror=alert(1)> | _x_',
          },
        ],
        followUps: [{ id: 'f900', what: '- lijst `code` & <b>', who: '', due: '' }],
      },
    }
    const result = overviewOf([hostile], '<b>Team</b> *zuid*')
    const page = teamSummaryHtml(result, AT, options)
    expect(page).not.toMatch(/<script|<img|<b>/)
    expect(page).toContain('&lt;b&gt;Team&lt;/b&gt; *zuid*')
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    const text = teamSummaryMarkdown(result, AT, options)
    expect(text).toContain('# \\<b\\>Team\\</b\\> \\*zuid\\*')
    expect(text).toContain(
      '\\*\\*vet\\*\\* \\[link\\](https://x.example) \\<img src=x onerror=alert(1)\\> \\| \\_x\\_',
    )
    expect(text).toContain('\\- lijst \\`code\\` \\& \\<b\\>')
    expect(text).not.toMatch(/(^|[^\\])<(img|b)/m)
  })

  it('cuts a very long text short and shows the newest items that fit the page', () => {
    const long = 'woord '.repeat(200)
    const result = teamSummaryMarkdown(
      { ...overview, threads: overview.threads.map((t) => ({ ...t, text: long })) },
      AT,
      options,
    )
    const items = result.split('## Rode draden')[1]?.split('## ')[0] ?? ''
    const shown = items.match(/^- /gm)?.length ?? 0
    expect(shown).toBeGreaterThanOrEqual(1)
    expect(shown).toBeLessThan(SUMMARY_LIMITS.threads.items)
    expect(items).toContain('…')
    expect(items).toContain(`En nog ${100 - shown} eerdere rode draden in de app.`)
  })

  it('says so when the folder holds no session the app could read', () => {
    const empty = teamOverview({ folderName: 'Leeg', sessions: [], skipped: [] })
    const page = teamSummaryHtml(empty, AT, options)
    expect(page).toContain('In deze map staan geen sessiebestanden die de app kon lezen.')
    expect(page).toContain('Er zijn nog geen keuzes geteld.')
    expect(page).not.toContain('Niet meegenomen')
  })
})
