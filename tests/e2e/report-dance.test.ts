import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PresenterApi, ReportSaveResult } from '@contract'
import type { CommandInput } from '@core/commands/schema'
import { documentXml, xmlText } from '../support/docx-text'
import { Harness, type WindowPage } from './harness/harness'
import { readPdf } from './harness/pdf-text'

/**
 * The dance on record: a session counted twice with three people moving, pairs marked for the
 * tension map and a dilemma that did not fit, saved through the presenter API in all four
 * formats; every file holds the movement, the tension map and the dilemma for next time.
 */
describe('the report of a session where people moved', () => {
  let harness: Harness
  let presenter: WindowPage
  const texts = new Map<string, string>()

  const run = (command: CommandInput) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`refused: ${command.type}`)
  }

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', { width: 1366, height: 705 })
    run({ type: 'setup/edit', title: 'Teamsessie Vergunningen', date: '2026-12-04' })
    run({ type: 'dilemma/add', title: 'Een uitzondering voor een schrijnend geval' })
    run({ type: 'dilemma/add', title: 'Snel leveren of zorgvuldig toetsen' })
    const [first, open] = harness.host.getSnapshot().session.dilemmas
    if (!first || !open) throw new Error('no dilemmas')
    run({ type: 'dilemma/make-current', id: first.id })
    const count = (principleId: string, n: number) =>
      run({ type: 'tally/set', dilemmaId: first.id, principleId, count: n })
    count('integer', 2)
    count('dienstbaar', 1)
    count('rechtvaardig', 1)
    run({ type: 'tally/moment', dilemmaId: first.id, moment: 'after' })
    count('integer', 0)
    count('rechtvaardig', 0)
    count('dienstbaar', 2)
    count('vakkundig', 2)
    run({ type: 'pair/mark', dilemmaId: first.id, a: 'integer', b: 'dienstbaar', kind: 'tension' })
    run({ type: 'pair/mark', dilemmaId: first.id, a: 'open', b: 'vakkundig', kind: 'common' })
    run({ type: 'dilemma/set-status', id: first.id, status: 'discussed' })

    const shared = harness.report.sharedFolder
    await mkdir(shared, { recursive: true })
    harness.report.nextFolder = shared
    await presenter.page.evaluate(() => (window.dilemmaApi as PresenterApi).chooseReportFolder())
    const saved: ReportSaveResult = await presenter.page.evaluate(() =>
      (window.dilemmaApi as PresenterApi).saveReport({ formats: ['pdf', 'docx', 'html', 'md'] }),
    )
    expect(saved.ok).toBe(true)
    for (const name of await readdir(shared)) {
      const bytes = new Uint8Array(await readFile(join(shared, name)))
      const extension = name.split('.').at(-1) ?? ''
      const text =
        extension === 'pdf'
          ? (await readPdf(bytes)).text
          : extension === 'docx'
            ? xmlText(documentXml(bytes))
            : new TextDecoder().decode(bytes)
      texts.set(extension, text.replace(/\s+/g, ' '))
    }
  })

  /**
   * Whether the format's text holds `phrase`, spaces aside: the PDF's text comes back as pdf.js
   * reads the printed lines, and a word hyphenated at a line end reads as two.
   */
  const holds = (format: string, phrase: string) => {
    const compact = (text: string) => text.replace(/[\s\u00ad-]/g, '')
    return compact(texts.get(format) ?? '').includes(compact(phrase))
  }

  afterAll(async () => {
    expect(presenter?.problems).toEqual([])
    await harness?.close()
  })

  it('is written in all four formats', () => {
    expect([...texts.keys()].sort()).toEqual(['docx', 'html', 'md', 'pdf'])
  })

  it.each(['pdf', 'docx', 'html', 'md'])(
    'holds the first choice and the movement (%s)',
    (format) => {
      expect(
        holds(format, 'Eerste keuze (vóór het gesprek)'),
        'Eerste keuze (vóór het gesprek)',
      ).toBe(true)
      expect(holds(format, 'Beweging'), 'Beweging').toBe(true)
      expect(
        holds(format, 'Minstens 3 mensen zijn verschoven'),
        'Minstens 3 mensen zijn verschoven',
      ).toBe(true)
    },
  )

  it.each(['pdf', 'docx', 'html', 'md'])('holds the tension map (%s)', (format) => {
    expect(holds(format, 'Spanningskaart'), 'Spanningskaart').toBe(true)
    // Deck order: Dienstbaar before Integer, Open before Vakkundig.
    expect(holds(format, 'Dienstbaar – Integer'), 'Dienstbaar – Integer').toBe(true)
    expect(holds(format, 'Open – Vakkundig'), 'Open – Vakkundig').toBe(true)
  })

  it.each(['pdf', 'docx', 'html', 'md'])('names the dilemma that did not fit (%s)', (format) => {
    expect(
      holds(format, 'materiaal voor een volgende keer'),
      'materiaal voor een volgende keer',
    ).toBe(true)
    expect(
      holds(format, 'Snel leveren of zorgvuldig toetsen'),
      'Snel leveren of zorgvuldig toetsen',
    ).toBe(true)
  })
})
