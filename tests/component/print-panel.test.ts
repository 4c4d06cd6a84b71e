import { CHANNELS, type PrintOne, type PrintSaveRequest } from '@contract'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PrintPanel from '../../renderer/src/presenter/print/PrintPanel.vue'
import type { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, setLocale, settle } from './support/harness'

afterEach(() => cleanup())

const frame = (wrapper: VueWrapper) => wrapper.find('[data-testid="print-preview-frame"]')
const item = (wrapper: VueWrapper, which: string) => wrapper.find(`[data-item="${which}"]`)
const saveButton = (wrapper: VueWrapper) => wrapper.find('[data-testid="print-save"]')
const outcome = (wrapper: VueWrapper) => wrapper.find('[data-testid="print-outcome"]')
const payloads = <T>(backend: FakeBackend, channel: string) =>
  backend.calls.filter((call) => call.channel === channel).map((call) => call.payload as T)

async function click(wrapper: VueWrapper, selector: string, within?: string): Promise<void> {
  const root = within === undefined ? wrapper : item(wrapper, within)
  await root.find(selector).trigger('click')
  await settle()
}

async function choose(wrapper: VueWrapper, which: string, label: string): Promise<void> {
  const input = item(wrapper, which)
    .findAll('label')
    .find((each) => each.text().startsWith(label))
    ?.find('input')
  if (input === undefined) throw new Error(`no choice ${label}`)
  await input.setValue(true)
  await settle()
}

describe('Drukwerk panel', () => {
  it('opens on the floor mats, previewed in a sandboxed frame from the page main serves', async () => {
    const { wrapper } = await mountConnected(PrintPanel)
    expect(frame(wrapper).attributes('src')).toBe('/print-preview/floor-mats-a3')
    expect(frame(wrapper).attributes('sandbox')).toBe('')
    const checked = wrapper.findAll<HTMLInputElement>('input:checked').map((each) => {
      return each.element.parentElement?.textContent?.trim()
    })
    expect(checked).toEqual([
      'A3 liggend',
      'Volle kleur',
      'Meenemen bij opslaan',
      'Meenemen bij opslaan',
      '4 kaarten',
      'Meenemen bij opslaan',
      'Meenemen bij opslaan',
    ])
  })

  it('asks main again for another item or another choice', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    await click(wrapper, '[data-testid="print-item-preview"]', 'flyer')
    await choose(wrapper, 'floor-mats', 'A4 liggend')
    await choose(wrapper, 'dilemma-cards', '6 kaarten')
    const asked = payloads<PrintOne>(backend, CHANNELS.previewPrint)
    expect(asked.map((each) => each.item)).toEqual(['floor-mats', 'flyer', 'flyer', 'flyer'])
    expect(asked.at(-1)?.choices).toEqual({
      matPaper: 'a4',
      matStyle: 'full-colour',
      cardsPerPage: 6,
      cardsInclude: 'examples',
    })
    expect(wrapper.find('.print-preview__title').text()).toBe('Voorbeeld: Flyer')
  })

  it('asks main for a new preview with every choice, as plain data, and shows its answer', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    backend.print.preview = async ({ choices }) =>
      `/print-preview/${Object.values(choices).join('-')}`
    await choose(wrapper, 'floor-mats', 'Printervriendelijk')
    await item(wrapper, 'dilemma-cards').find('[data-testid="print-cards-own"]').setValue(true)
    await settle()
    const asked = payloads<PrintOne>(backend, CHANNELS.previewPrint)
    expect(asked.map((each) => each.choices)).toEqual([
      { matPaper: 'a3', matStyle: 'full-colour', cardsPerPage: 4, cardsInclude: 'examples' },
      { matPaper: 'a3', matStyle: 'printer-friendly', cardsPerPage: 4, cardsInclude: 'examples' },
      {
        matPaper: 'a3',
        matStyle: 'printer-friendly',
        cardsPerPage: 4,
        cardsInclude: 'examples-and-own',
      },
    ])
    for (const each of asked) expect(structuredClone(each)).toEqual(each)
    expect(frame(wrapper).attributes('src')).toBe(
      '/print-preview/a3-printer-friendly-4-examples-and-own',
    )
  })

  it('keeps the newest preview when an older answer arrives late', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    let releaseSlow: () => void = () => undefined
    backend.print.preview = (request) =>
      request.item === 'handout'
        ? new Promise((resolve) => (releaseSlow = () => resolve('/print-preview/old')))
        : Promise.resolve(`/print-preview/${request.item}`)
    await click(wrapper, '[data-testid="print-item-preview"]', 'handout')
    await click(wrapper, '[data-testid="print-item-preview"]', 'flyer')
    releaseSlow()
    await settle()
    expect(frame(wrapper).attributes('src')).toBe('/print-preview/flyer')
  })

  it('saves exactly the ticked items, in list order, with the choices as plain data', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    backend.print.saveResult = {
      ok: true,
      folder: 'H:\\Team\\Drukwerk',
      files: [
        { item: 'floor-mats', name: '2026-12-11 Vloermatten - Teamdag.pdf' },
        { item: 'handout', name: '2026-12-11 Handout - Teamdag.pdf' },
      ],
      failed: [],
    }
    await item(wrapper, 'flyer').find('[data-testid="print-item-chosen"]').setValue(false)
    await item(wrapper, 'dilemma-cards').find('[data-testid="print-item-chosen"]').setValue(false)
    await choose(wrapper, 'floor-mats', 'Printervriendelijk')
    await click(wrapper, '[data-testid="print-save"]')
    const [sent] = payloads<PrintSaveRequest>(backend, CHANNELS.savePrintPdf)
    expect(sent).toEqual({
      items: ['floor-mats', 'handout'],
      choices: {
        matPaper: 'a3',
        matStyle: 'printer-friendly',
        cardsPerPage: 4,
        cardsInclude: 'examples',
      },
    })
    expect(structuredClone(sent)).toEqual(sent)
    expect(outcome(wrapper).attributes('data-kind')).toBe('saved')
    expect(outcome(wrapper).text()).toContain('2 PDF’s opgeslagen in:')
    expect(outcome(wrapper).text()).toContain('H:\\Team\\Drukwerk')
    expect(outcome(wrapper).text()).toContain('2026-12-11 Handout - Teamdag.pdf')
  })

  it('cannot save without a ticked item, and says so', async () => {
    const { wrapper } = await mountConnected(PrintPanel)
    for (const which of ['floor-mats', 'flyer', 'dilemma-cards', 'handout']) {
      await item(wrapper, which).find('[data-testid="print-item-chosen"]').setValue(false)
    }
    expect(saveButton(wrapper).attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Vink minstens één onderdeel aan om op te slaan.')
  })

  it('tells each outcome of a save in Dutch, and nothing for a cancelled dialog', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    const cases = [
      {
        result: {
          ok: true as const,
          folder: 'D:\\Drukwerk',
          files: [{ item: 'flyer' as const, name: 'Flyer.pdf' }],
          failed: ['handout' as const],
          reason: 'disk-full' as const,
        },
        says: 'Niet opgeslagen: Handout. Probeer het opnieuw of kies een andere map. De schijf is vol.',
      },
      {
        result: {
          ok: false as const,
          reason: 'write-failed' as const,
          folder: 'D:\\Alleen lezen',
          detail: 'read-only' as const,
        },
        says: 'Opslaan in D:\\Alleen lezen is niet gelukt. Er is niets opgeslagen. De map is alleen-lezen.',
      },
      {
        result: { ok: false as const, reason: 'build-failed' as const },
        says: 'De PDF’s konden niet worden gemaakt.',
      },
    ]
    for (const { result, says } of cases) {
      backend.print.saveResult = result
      await click(wrapper, '[data-testid="print-save"]')
      expect(outcome(wrapper).text().replace(/\s+/g, ' ')).toContain(says)
    }
    backend.print.failNext = true
    await click(wrapper, '[data-testid="print-save"]')
    expect(outcome(wrapper).text()).toContain('Er ging iets mis bij het maken van het drukwerk.')
    backend.print.saveResult = { ok: false, reason: 'cancelled' }
    await click(wrapper, '[data-testid="print-save"]')
    expect(outcome(wrapper).exists()).toBe(false)
  })

  it('prints the previewed item, and tells a failed print but not a cancelled one', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    await click(wrapper, '[data-testid="print-item-preview"]', 'handout')
    await click(wrapper, '[data-testid="print-to-printer"]')
    expect(payloads<PrintOne>(backend, CHANNELS.sendToPrinter).map((each) => each.item)).toEqual([
      'handout',
    ])
    expect(outcome(wrapper).text()).toBe('Naar de printer gestuurd.')
    backend.print.printResult = { ok: false, reason: 'cancelled' }
    await click(wrapper, '[data-testid="print-to-printer"]')
    expect(outcome(wrapper).exists()).toBe(false)
    backend.print.printResult = { ok: false, reason: 'failed' }
    await click(wrapper, '[data-testid="print-to-printer"]')
    expect(outcome(wrapper).text()).toContain('Afdrukken is niet gelukt.')
  })

  it('speaks English when the window does', async () => {
    const { wrapper, i18n } = await mountConnected(PrintPanel)
    setLocale(i18n, 'en')
    await settle()
    expect(wrapper.find('h2').text()).toBe('Printed matter')
    expect(saveButton(wrapper).text()).toBe('Save as PDF…')
  })
})
