import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { readPdfPages } from '../e2e/harness/pdf-pages'
import { startedApp } from './support/started-app'

describe('Drukwerk in the built app: preview, PDFs and the print dialog through main', () => {
  const app = startedApp()
  let presenter: Page
  const section = () => presenter.locator('[data-active-section="print"]')
  const outcome = () => section().getByTestId('print-outcome')

  beforeAll(async () => {
    presenter = await app.window('presenter')
    await app.clickMenu('open-print')
    await section().waitFor()
  })

  it('opens from Bestand › Drukwerk… with the mats previewed in a page main serves', async () => {
    const body = presenter.frameLocator('[data-testid="print-preview-frame"]').locator('body')
    await expect.poll(() => body.innerText().catch(() => '')).toContain('Dienstbaar')
    const address = await section().getByTestId('print-preview-frame').getAttribute('src')
    expect(address).toMatch(/^\/print-preview\/[0-9a-f-]{36}$/)
  })

  it('saves the four items as PDFs in the folder chosen in main’s dialog', async () => {
    const folder = join(app.home, 'Drukwerk teamdag')
    await mkdir(folder)
    await section().getByRole('button', { name: 'Opslaan als PDF…' }).click()
    const choose = await app.waitForDialog((dialog) => dialog.kind === 'open')
    expect(choose.title).toBe('Map voor het drukwerk kiezen')
    await app.answerDialog(choose.id, { canceled: false, filePaths: [folder] })
    await outcome().filter({ hasText: 'PDF’s opgeslagen in' }).waitFor()
    const files = (await readdir(folder)).sort()
    expect(files).toHaveLength(4)
    for (const file of files) {
      expect((await readFile(join(folder, file))).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    }
    const mats = files.find((name) => name.includes('Vloermatten')) ?? ''
    const pages = await readPdfPages(new Uint8Array(await readFile(join(folder, mats))))
    expect(pages).toHaveLength(7)
    expect(Math.round(pages[0]?.widthMm ?? 0)).toBe(420)
    expect(Math.round(pages[0]?.heightMm ?? 0)).toBe(297)
  })

  it('hands the previewed item to the system print dialog, and a cancel tells nothing', async () => {
    await section().getByRole('button', { name: 'Afdrukken…' }).click()
    const printing = await app.waitForDialog((dialog) => dialog.kind === 'print' && dialog.open)
    await app.answerDialog(printing.id, { response: 0 })
    await outcome().filter({ hasText: 'Naar de printer gestuurd.' }).waitFor()

    await section().getByRole('button', { name: 'Afdrukken…' }).click()
    const again = await app.waitForDialog((dialog) => dialog.kind === 'print' && dialog.open)
    await app.answerDialog(again.id, { response: 1 })
    await expect.poll(() => outcome().count()).toBe(0)
  })

  it('logs how the save ended, never a name or a folder', async () => {
    const logs = await app.evaluateMain(({ app: electronApp }) => electronApp.getPath('logs'), null)
    const text = (
      await Promise.all((await readdir(logs)).map((name) => readFile(join(logs, name), 'utf8')))
    ).join('\n')
    expect(text).toContain('print-saved files=4 failed=0')
    expect(text).not.toContain('Drukwerk teamdag')
  })
})
