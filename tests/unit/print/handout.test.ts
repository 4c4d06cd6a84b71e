import { describe, expect, it } from 'vitest'
import {
  HANDOUT,
  HANDOUT_BODY_MM,
  handoutHtml,
  plannedStarts,
  principlesPt,
  programmePt,
} from '@core/print/handout'
import { MIN_PT } from '@core/print/fit-text'
import { escapeHtml } from '@core/report/html-escape'
import { deckOf, printSession } from './print-fixture'

describe('planned start times', () => {
  it('add up the planned minutes from the start time, past midnight too', () => {
    const phases = [{ plannedMinutes: 15 }, { plannedMinutes: 50 }, { plannedMinutes: 0 }]
    expect(plannedStarts('13:30', phases)).toEqual([
      { hours: '13', minutes: '30' },
      { hours: '13', minutes: '45' },
      { hours: '14', minutes: '35' },
    ])
    expect(plannedStarts('23:50', [{ plannedMinutes: 20 }, { plannedMinutes: 5 }])?.[1]).toEqual({
      hours: '00',
      minutes: '10',
    })
    expect(plannedStarts('', phases)).toBeNull()
  })
})

describe('the hand-out layout', () => {
  it('fills the page height exactly', () => {
    expect(HANDOUT.headerMm + HANDOUT_BODY_MM + HANDOUT.dilemmaMm + 2 * HANDOUT.gapMm).toBe(
      297 - 2 * HANDOUT.marginMm,
    )
    expect(HANDOUT.programmeMm + HANDOUT.columnGapMm + HANDOUT.principlesMm).toBe(
      210 - 2 * HANDOUT.marginMm,
    )
  })

  it('shrinks the text for many and long items, never below the minimum', () => {
    expect(principlesPt(printSession().principles)).toBe(10)
    const long = principlesPt(deckOf(12))
    expect(long).toBeLessThan(10)
    expect(long).toBeGreaterThanOrEqual(MIN_PT)
    expect(programmePt(['Welkom', 'Afsluiting'], true)).toBe(10)
    expect(
      programmePt(
        Array.from({ length: 20 }, () => 'Een lange fase '.repeat(8)),
        true,
      ),
    ).toBeLessThan(10)
  })
})

describe('the hand-out', () => {
  it('has title, date, programme with planned times, every principle and the dilemma box', () => {
    const session = printSession('nl', { startTime: '13:30' })
    const html = handoutHtml(session)
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<title>Hand-out — Teamdag Financiën</title>')
    expect(html).toContain('size: A4 portrait')
    expect(html).toContain('vrijdag 4 december 2026 · 13.30 uur')
    expect(html).toContain('<td class="start">13.30</td>')
    for (const phase of session.phases) {
      expect(html).toContain(escapeHtml(phase.title))
      expect(html).toContain(`${phase.plannedMinutes} min`)
    }
    for (const principle of session.principles) expect(html).toContain(escapeHtml(principle.name))
    expect(html).toContain('Mijn dilemma')
    expect(html.match(/<div class="line"><\/div>/g)).toHaveLength(HANDOUT.writingLines)
    expect(html).not.toMatch(/style="/)
  })

  it('leaves the start column out without a start time', () => {
    const html = handoutHtml(printSession())
    expect(html).not.toContain('class="start"')
    expect(html).not.toContain(' uur')
  })

  it('takes a deck of twelve principles on one page', () => {
    const session = { ...printSession(), principles: deckOf(12) }
    const html = handoutHtml(session)
    expect(html.match(/<section class="page">/g)).toHaveLength(1)
    for (const principle of session.principles) expect(html).toContain(principle.name)
  })

  it('speaks English in an English session', () => {
    const html = handoutHtml(printSession('en', { startTime: '09:00' }))
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Friday, 4 December 2026 · 09:00')
    expect(html).toContain('>Programme</h2>')
    expect(html).toContain('>The principles</h2>')
    expect(html).toContain('>My dilemma</h2>')
  })

  it('keeps hostile text as text', () => {
    const session = printSession('nl', { title: '<script>alert(1)</script>' })
    const hostile = {
      ...session,
      phases: session.phases.map((p, i) =>
        i === 0 ? { ...p, title: '</td><script>x</script>' } : p,
      ),
    }
    const html = handoutHtml(hostile)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})
