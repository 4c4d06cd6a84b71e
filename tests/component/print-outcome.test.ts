import { API_GLOBAL, CHANNELS, type PrintOne } from '@contract'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import PrintPanel from '../../renderer/src/presenter/print/PrintPanel.vue'
import { PRINT_PREVIEW_DEBOUNCE_MS } from '../../renderer/src/presenter/print/use-print-preview'
import { deferred } from '../support/deferred'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, settle, type Harness } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(() => {
  vi.useRealTimers()
  cleanup()
})

const SAVE = 'Opslaan als PDF…'
const PRINT = 'Afdrukken…'
const outcome = (wrapper: VueWrapper) => wrapper.find('[data-testid="print-outcome"]')
const previewAlert = (wrapper: VueWrapper) =>
  wrapper.find('[data-testid="print-preview"] [role="alert"]')
const asked = <T>(backend: FakeBackend, channel: string) =>
  backend.calls.filter((call) => call.channel === channel).map((call) => call.payload as T)

async function click(wrapper: VueWrapper, text: string): Promise<void> {
  await buttonByText(wrapper, text).trigger('click')
  await settle()
}

/**
 * Main keeps `name` waiting until the test lets it answer, as it does while a save dialog is
 * open; `started` counts the requests that reached it meanwhile.
 */
function holdInMain(api: Harness['api'], name: 'savePrintPdf' | 'sendToPrinter') {
  if (!('savePrintPdf' in api)) throw new Error('expected the presenter API')
  const gate = deferred()
  const held = { started: 0, release: () => gate.resolve() }
  const wait = async <R>(call: () => Promise<R>): Promise<R> => {
    held.started += 1
    await gate.promise
    return call()
  }
  window[API_GLOBAL] =
    name === 'savePrintPdf'
      ? { ...api, savePrintPdf: (request) => wait(() => api.savePrintPdf(request)) }
      : { ...api, sendToPrinter: (request) => wait(() => api.sendToPrinter(request)) }
  return held
}

describe('Drukwerk panel while main works', () => {
  it('waits while the PDFs are made: the button says so and nothing else starts', async () => {
    const { wrapper, backend, api } = await mountConnected(PrintPanel)
    backend.print.saveResult = {
      ok: true,
      folder: 'D:\\Drukwerk',
      files: [{ item: 'flyer', name: 'Flyer.pdf' }],
      failed: [],
    }
    const main = holdInMain(api, 'savePrintPdf')
    await click(wrapper, SAVE)
    const save = wrapper.find<HTMLButtonElement>('[data-testid="print-save"]')
    expect(save.text()).toBe('Bezig met de PDF’s…')
    expect(save.element.disabled).toBe(true)
    expect(buttonByText(wrapper, PRINT).element.disabled).toBe(true)
    await save.trigger('click')
    await buttonByText(wrapper, PRINT).trigger('click')
    await settle()
    expect(main.started).toBe(1)
    expect(asked(backend, CHANNELS.sendToPrinter)).toEqual([])

    main.release()
    await settle()
    expect(buttonByText(wrapper, SAVE).element.disabled).toBe(false)
    expect(outcome(wrapper).text()).toContain('Eén PDF opgeslagen in:')
  })

  it('cannot save while the print dialog is open', async () => {
    const { wrapper, api } = await mountConnected(PrintPanel)
    const main = holdInMain(api, 'sendToPrinter')
    await click(wrapper, PRINT)
    expect(buttonByText(wrapper, SAVE).element.disabled).toBe(true)
    main.release()
    await settle()
    expect(buttonByText(wrapper, SAVE).element.disabled).toBe(false)
    expect(outcome(wrapper).text()).toBe('Naar de printer gestuurd.')
  })
})

describe('Drukwerk outcomes', () => {
  it('names every item that was not saved, in the order main gives them', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    backend.print.saveResult = {
      ok: true,
      folder: 'D:\\Drukwerk',
      files: [{ item: 'floor-mats', name: 'Vloermatten.pdf' }],
      failed: ['dilemma-cards', 'handout'],
    }
    await click(wrapper, SAVE)
    expect(outcome(wrapper).attributes('role')).toBe('status')
    expect(outcome(wrapper).find('.report-problem').text()).toBe(
      'Niet opgeslagen: Dilemmakaarten, Handout. Probeer het opnieuw of kies een andere map.',
    )
  })

  it('tells a print that failed, and a print call that failed, the same way', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    const says = 'Afdrukken is niet gelukt. Sla het onderdeel op als PDF en druk dat af.'
    backend.print.printResult = { ok: false, reason: 'failed' }
    await click(wrapper, PRINT)
    expect(outcome(wrapper).text()).toBe(says)
    expect(outcome(wrapper).attributes('role')).toBe('alert')
    backend.print.printResult = { ok: true }
    backend.print.failNext = true
    await click(wrapper, PRINT)
    expect(outcome(wrapper).text()).toBe(says)
  })

  it('sends the print request to main as plain data', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel)
    await click(wrapper, PRINT)
    const [sent] = asked<PrintOne>(backend, CHANNELS.sendToPrinter)
    expect(sent?.item).toBe('floor-mats')
    expect(structuredClone(sent)).toEqual(sent)
  })

  it('tells the outcome in English when the window speaks English', async () => {
    const { wrapper, backend } = await mountConnected(PrintPanel, { locale: 'en' })
    backend.print.saveResult = {
      ok: false,
      reason: 'write-failed',
      folder: 'E:\\',
      detail: 'disk-full',
    }
    await click(wrapper, 'Save as PDF…')
    expect(outcome(wrapper).text().replace(/\s+/g, ' ')).toBe(
      'Saving in E:\\ did not work. Nothing was saved. The disk is full.',
    )
  })
})

describe('Drukwerk preview', () => {
  it('says when the preview cannot be made, and offers nothing to print', async () => {
    const backend = new FakeBackend()
    backend.print.preview = () => Promise.reject(new Error('no page'))
    const { wrapper } = await mountConnected(PrintPanel, { backend })
    expect(previewAlert(wrapper).text()).toBe(
      'Het voorbeeld kon niet worden gemaakt. Probeer het opnieuw.',
    )
    expect(wrapper.find('[data-testid="print-preview-frame"]').exists()).toBe(false)
    expect(buttonByText(wrapper, PRINT).element.disabled).toBe(true)
  })

  it('makes the preview again once the session has been still for a moment', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { backend } = await mountConnected(PrintPanel)
    backend.apply({ type: 'setup/edit', title: 'Tea' })
    await settle()
    backend.apply({ type: 'setup/edit', title: 'Team Oost' })
    await settle()
    vi.advanceTimersByTime(PRINT_PREVIEW_DEBOUNCE_MS - 1)
    await settle()
    expect(asked(backend, CHANNELS.previewPrint)).toHaveLength(1)
    vi.advanceTimersByTime(1)
    await settle()
    expect(asked(backend, CHANNELS.previewPrint)).toHaveLength(2)
  })

  it('retries a failed preview when its item is asked for again, and never shows an older item', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PrintPanel, { backend })
    backend.print.preview = () => Promise.reject(new Error('no page'))
    await wrapper.find('[data-item="flyer"] [data-testid="print-item-preview"]').trigger('click')
    await settle()
    // The mats shown before are not left under the flyer's title.
    expect(wrapper.find('[data-testid="print-preview-frame"]').exists()).toBe(false)
    expect(buttonByText(wrapper, PRINT).element.disabled).toBe(true)
    backend.print.preview = async (request) => `/print-preview/${request.item}`
    await wrapper.find('[data-item="flyer"] [data-testid="print-item-preview"]').trigger('click')
    await settle()
    const frame = wrapper.find('[data-testid="print-preview-frame"]')
    expect(frame.attributes('src')).toBe('/print-preview/flyer')
  })

  it('asks main for nothing once the panel is gone, not even a refresh it had scheduled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, backend } = await mountConnected(PrintPanel)
    backend.apply({ type: 'setup/edit', title: 'Weg' })
    await settle()
    wrapper.unmount()
    vi.advanceTimersByTime(PRINT_PREVIEW_DEBOUNCE_MS)
    await settle()
    expect(asked(backend, CHANNELS.previewPrint)).toHaveLength(1)
  })
})
