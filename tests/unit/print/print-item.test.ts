import { describe, expect, it } from 'vitest'
import { dilemmaCardsHtml } from '@core/print/dilemma-cards'
import { floorMatsHtml } from '@core/print/floor-mats'
import { GIDS_URL } from '@core/gids'
import { flyerHtml } from '@core/print/flyer'
import { handoutHtml } from '@core/print/handout'
import {
  DEFAULT_PRINT_CHOICES,
  PRINT_ITEMS,
  printOneSchema,
  printSaveRequestSchema,
  type PrintChoices,
} from '@core/print/print-contract'
import { printFileName, printItemHtml } from '@core/print/print-item'
import { datedFileName, fileNameBytes, MAX_FILE_NAME_BYTES } from '@core/text/file-name'
import { ownDilemma } from './mats-cards-fixture'
import { printSession } from './print-fixture'

// Local noon, so "today" is the same day in every time zone the tests run in.
const NOW = new Date(2027, 0, 15, 12).getTime()

const session = {
  ...printSession(),
  dilemmas: [ownDilemma('d1', 'Een eigen dilemma', 'Wat doe je als het schuurt?')],
}

const CHOICES: PrintChoices[] = [
  DEFAULT_PRINT_CHOICES,
  {
    matPaper: 'a4-pair',
    matStyle: 'printer-friendly',
    cardsPerPage: 6,
    cardsInclude: 'examples-and-own',
  },
  { matPaper: 'a4', matStyle: 'full-colour', cardsPerPage: 4, cardsInclude: 'examples-and-own' },
]

describe('printItemHtml', () => {
  it.each(CHOICES)('gives each item exactly as its own page is made (%o)', async (choices) => {
    expect(await printItemHtml(session, 'floor-mats', choices)).toBe(
      floorMatsHtml(session, { paper: choices.matPaper, style: choices.matStyle }),
    )
    expect(await printItemHtml(session, 'dilemma-cards', choices)).toBe(
      dilemmaCardsHtml(session, { perPage: choices.cardsPerPage, include: choices.cardsInclude }),
    )
    expect(await printItemHtml(session, 'flyer', choices)).toBe(
      await flyerHtml(session, { gidsUrl: GIDS_URL }),
    )
    expect(await printItemHtml(session, 'handout', choices)).toBe(handoutHtml(session))
  })

  it('follows the choices: other paper or cards give another document', async () => {
    const [first, second] = CHOICES
    if (!first || !second) throw new Error('two choices expected')
    for (const item of ['floor-mats', 'dilemma-cards'] as const) {
      expect(await printItemHtml(session, item, first)).not.toBe(
        await printItemHtml(session, item, second),
      )
    }
  })
})

describe('printFileName', () => {
  it('names every item in Dutch, dated like the session', () => {
    expect(PRINT_ITEMS.map((item) => printFileName(session, item, NOW))).toEqual([
      '2026-12-04 Vloermatten - Teamdag Financiën.pdf',
      '2026-12-04 Flyer - Teamdag Financiën.pdf',
      '2026-12-04 Dilemmakaarten - Teamdag Financiën.pdf',
      '2026-12-04 Handout - Teamdag Financiën.pdf',
    ])
  })

  it('names every item in English for an English session', () => {
    const english = printSession('en', { title: 'Team day' })
    expect(PRINT_ITEMS.map((item) => printFileName(english, item, NOW))).toEqual([
      '2026-12-04 Floor mats - Team day.pdf',
      '2026-12-04 Flyer - Team day.pdf',
      '2026-12-04 Dilemma cards - Team day.pdf',
      '2026-12-04 Handout - Team day.pdf',
    ])
  })

  it("uses today's date when the session has none, and the app's name without a title", () => {
    const undated = printSession('nl', { date: '', title: '' })
    expect(printFileName(undated, 'flyer', NOW)).toBe("2027-01-15 Flyer - Dansende Dilemma's.pdf")
    const blank = printSession('en', { title: ' .. ' })
    expect(printFileName(blank, 'handout', NOW)).toBe("2026-12-04 Handout - Dansende Dilemma's.pdf")
  })

  it('makes a title with slashes and colons into a plain name, not a path', () => {
    const risky = printSession('nl', { title: 'Team/Noord: "dag" \\ 2' })
    const name = printFileName(risky, 'floor-mats', NOW)
    expect(name).toBe("2026-12-04 Vloermatten - Team-Noord- 'dag' - 2.pdf")
  })

  it('cuts a very long title, never the item name or ".pdf", and fits 255 bytes', () => {
    const family = '👩‍👩‍👧‍👦'
    const labels = ['Vloermatten', 'Flyer', 'Dilemmakaarten', 'Handout']
    for (const title of [family.repeat(200), 'Ä'.repeat(400), 'x'.repeat(1000)]) {
      PRINT_ITEMS.forEach((item, index) => {
        const name = printFileName(printSession('nl', { title }), item, NOW)
        const kept = /^2026-12-04 (.+) - (.+)\.pdf$/u.exec(name)
        expect(kept?.[1]).toBe(labels[index])
        expect(kept?.[2]?.length).toBeLessThan(title.length)
        expect(fileNameBytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
        // Cut between characters: only whole families, no half emoji or replacement marks.
        expect(kept?.[2]?.replaceAll(family, '')).toMatch(/^(Ä*|x*)$/)
      })
    }
  })
})

describe('datedFileName with a label', () => {
  it('puts our words between the date and the title, and keeps them whole', () => {
    const parts = { title: 'Ä'.repeat(400), fallback: 'Naamloos', extension: 'pdf' }
    const name = datedFileName('2026-12-04', NOW, parts, 'Vloermatten - ')
    expect(name.startsWith('2026-12-04 Vloermatten - ÄÄ')).toBe(true)
    expect(fileNameBytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    // Without a label the name is as it always was.
    expect(datedFileName('2026-12-04', NOW, { ...parts, title: 'Dag' })).toBe('2026-12-04 Dag.pdf')
  })
})

describe('the print requests the window may send', () => {
  it('takes each item once with known choices, and refuses anything else', () => {
    const choices = DEFAULT_PRINT_CHOICES
    expect(printSaveRequestSchema.safeParse({ items: [...PRINT_ITEMS], choices }).success).toBe(
      true,
    )
    for (const bad of [
      { items: [], choices },
      { items: ['flyer', 'flyer'], choices },
      { items: ['poster'], choices },
      { items: ['flyer'], choices: { ...choices, cardsPerPage: 8 } },
      { items: ['flyer'], choices, folder: '/tmp' },
    ]) {
      expect(printSaveRequestSchema.safeParse(bad).success).toBe(false)
    }
    expect(printOneSchema.safeParse({ item: 'handout', choices }).success).toBe(true)
    expect(printOneSchema.safeParse({ item: 'handout', choices: {} }).success).toBe(false)
  })
})
