import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE_DILEMMAS } from '@core/commands/domains/dilemmas'
import type { PrintItem } from '@core/print/print-contract'
import { PresenterDriver } from './harness/presenter-driver'
import { Harness, type WindowPage } from './harness/harness'
import { readPdfPages, widestLargestRunMm, type PdfPage } from './harness/pdf-pages'
import { saveScreenshot } from './harness/screenshots'

const LAPTOP = { width: 1366, height: 705 }
const OWN_DILEMMA = 'Een wethouder die vandaag nog antwoord wil'
const CONTRIBUTOR = 'Annemarie Vos'

/** A sheet's size within a millimetre, as a printer reads it from the PDF. */
function expectPaper(page: PdfPage, widthMm: number, heightMm: number): void {
  expect(Math.abs(page.widthMm - widthMm)).toBeLessThan(1)
  expect(Math.abs(page.heightMm - heightMm)).toBeLessThan(1)
}

describe('printed matter from the Drukwerk place, as the facilitator gets it', () => {
  let harness: Harness
  let presenter: WindowPage
  let p: PresenterDriver
  let folder: string
  const names = () => harness.host.getSnapshot().session.principles.map((each) => each.name)
  const section = () => presenter.page.locator('[data-active-section="print"]')
  const previewText = () =>
    presenter.page
      .frameLocator('[data-testid="print-preview-frame"]')
      .locator('body')
      .innerText({ timeout: 2000 })
      .catch(() => '')
  const item = (which: PrintItem) => section().locator(`[data-item="${which}"]`)

  async function saveAll(): Promise<Map<PrintItem, PdfPage[]>> {
    await section().getByTestId('print-save').click()
    const outcome = section().locator('[data-testid="print-outcome"][data-kind="saved"]')
    await outcome.waitFor()
    // The files this save wrote, as the facilitator reads them under the button.
    const files = await outcome.getByTestId('report-files').locator('li').allTextContents()
    const read = async (name: string) =>
      readPdfPages(new Uint8Array(await readFile(join(folder, name))))
    const byItem = new Map<PrintItem, PdfPage[]>()
    const kinds: [PrintItem, string][] = [
      ['floor-mats', 'Vloermatten'],
      ['flyer', 'Flyer'],
      ['dilemma-cards', 'Dilemmakaarten'],
      ['handout', 'Handout'],
    ]
    for (const [kind, word] of kinds) {
      const file = files.find((name) => name.includes(` ${word} - `))
      if (file !== undefined) byItem.set(kind, await read(file))
    }
    return byItem
  }

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP)
    p = new PresenterDriver(presenter.page)
    folder = await mkdtemp(join(tmpdir(), 'dd-drukwerk-'))
    harness.print.nextFolder = folder
    for (const command of [
      {
        type: 'setup/edit' as const,
        title: 'Teamdag Toezicht',
        date: '2026-12-11',
        moreInfo: 'https://www.example.org/gids-ambtelijk-vakmanschap',
      },
      {
        type: 'dilemma/add' as const,
        title: OWN_DILEMMA,
        description: 'Regels zijn regels?',
        contributor: CONTRIBUTOR,
      },
    ]) {
      const result = harness.host.dispatch(command)
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
    }
    await p.openSection('Drukwerk')
  })

  afterAll(async () => {
    await harness?.close()
  })

  it('opens on the floor mats, shown in the preview as they will be printed', async () => {
    const frame = section().getByTestId('print-preview-frame')
    await frame.waitFor()
    await expect.poll(previewText).toContain(names()[0])
    expect(await frame.getAttribute('sandbox')).toBe('')
    await saveScreenshot(presenter.page, 'print-panel-mats-1366x705')
    expect(presenter.problems).toEqual([])
  })

  it('previews each item on request', async () => {
    await item('flyer').getByTestId('print-item-preview').click()
    await expect.poll(previewText).toContain('Teamdag Toezicht')
    await saveScreenshot(presenter.page, 'print-panel-flyer-1366x705')
    await item('floor-mats').getByTestId('print-item-preview').click()
  })

  it('saves mats, flyer, cards and handout as PDFs in one go, each on its own paper', async () => {
    const pdfs = await saveAll()
    const deck = names()

    const mats = pdfs.get('floor-mats') ?? []
    expect(mats).toHaveLength(deck.length)
    mats.forEach((page, index) => {
      expectPaper(page, 420, 297)
      expect(page.text).toContain(deck[index])
      // Read from 3 m while standing round it: the name spans at least half the sheet.
      expect(widestLargestRunMm(page)).toBeGreaterThanOrEqual(210)
    })

    const flyer = pdfs.get('flyer') ?? []
    expect(flyer).toHaveLength(1)
    for (const page of flyer) expectPaper(page, 210, 297)
    for (const name of deck) expect(flyer[0]?.text).toContain(name)
    expect(flyer[0]?.text).toContain('Teamdag Toezicht')
    expect(flyer[0]?.text).toContain('Gids Ambtelijk Vakmanschap')
    expect(flyer[0]?.text).toContain('grenzeloossamenwerken.nl')

    const cards = pdfs.get('dilemma-cards') ?? []
    expect(cards).toHaveLength(Math.ceil(EXAMPLE_DILEMMAS.length / 4))
    for (const page of cards) expectPaper(page, 210, 297)
    const cardText = cards.map((page) => page.text).join(' ')
    for (const example of EXAMPLE_DILEMMAS) expect(cardText).toContain(example.title.slice(0, 30))
    expect(cardText).not.toContain(OWN_DILEMMA)

    const handout = pdfs.get('handout') ?? []
    expect(handout).toHaveLength(1)
    expectPaper(handout[0] ?? { widthMm: 0, heightMm: 0, runs: [], text: '' }, 210, 297)
    for (const name of deck) expect(handout[0]?.text).toContain(name)

    const listed = await section().getByTestId('report-files').locator('li').allTextContents()
    expect(listed).toHaveLength(4)
    expect(listed[0]).toBe('2026-12-11 Vloermatten - Teamdag Toezicht.pdf')
  })

  it('never overwrites a PDF already in the folder: a second save is numbered', async () => {
    await item('floor-mats').getByTestId('print-item-chosen').uncheck()
    await item('dilemma-cards').getByTestId('print-item-chosen').uncheck()
    await item('handout').getByTestId('print-item-chosen').uncheck()
    await saveAll()
    expect((await readdir(folder)).sort()).toContain('2026-12-11 Flyer - Teamdag Toezicht (2).pdf')
    for (const which of ['floor-mats', 'dilemma-cards', 'handout'] as const) {
      await item(which).getByTestId('print-item-chosen').check()
    }
  })

  it('prints mats on A4 and as two A4 halves, printer-friendly, and six cards a page with own dilemmas', async () => {
    await mkdir(join(folder, 'keuzes'))
    folder = join(folder, 'keuzes')
    harness.print.nextFolder = folder
    await item('floor-mats').getByLabel('A4 liggend').check()
    await item('floor-mats').getByLabel('Printervriendelijk', { exact: false }).check()
    await item('dilemma-cards').getByLabel('6 kaarten').check()
    await item('dilemma-cards').getByTestId('print-cards-own').check()
    await saveScreenshot(presenter.page, 'print-panel-a4-friendly-1366x705')
    const pdfs = await saveAll()
    const mats = pdfs.get('floor-mats') ?? []
    expect(mats).toHaveLength(names().length)
    for (const page of mats) {
      expectPaper(page, 297, 210)
      expect(widestLargestRunMm(page)).toBeGreaterThanOrEqual(297 / 2)
    }
    const cards = pdfs.get('dilemma-cards') ?? []
    expect(cards).toHaveLength(Math.ceil((EXAMPLE_DILEMMAS.length + 1) / 6))
    const cardText = cards.map((page) => page.text).join(' ')
    expect(cardText).toContain(OWN_DILEMMA)
    // Who brought a dilemma in is never on a card.
    expect(cardText).not.toContain(CONTRIBUTOR)

    await item('floor-mats').getByLabel('2 × A4', { exact: false }).check()
    await item('flyer').getByTestId('print-item-chosen').uncheck()
    await item('dilemma-cards').getByTestId('print-item-chosen').uncheck()
    await item('handout').getByTestId('print-item-chosen').uncheck()
    const halves = (await saveAll()).get('floor-mats') ?? []
    expect(halves).toHaveLength(2 * names().length)
    for (const page of halves) expectPaper(page, 210, 297)
  })

  it('hands the previewed item to the system print dialog', async () => {
    await item('handout').getByTestId('print-item-preview').click()
    await section().getByTestId('print-to-printer').click()
    await section().locator('[data-testid="print-outcome"][data-kind="printed"]').waitFor()
    expect(harness.print.printed).toHaveLength(1)
    expect(harness.print.printed[0]).toContain('Teamdag Toezicht')
    expect(presenter.problems).toEqual([])
  })
})
