import { CHANNELS } from '@contract'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PREVIEW_DEBOUNCE_MS } from '../../renderer/src/presenter/report/use-report-preview'
import ReportPanel from '../../renderer/src/presenter/report/ReportPanel.vue'
import type { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, settle } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(() => {
  vi.useRealTimers()
  cleanup()
  localStorage.clear()
})

const toggle = (wrapper: VueWrapper) => wrapper.find('[data-testid="report-preview-toggle"]')
const frame = (wrapper: VueWrapper) =>
  wrapper.find<HTMLIFrameElement>('[data-testid="report-preview-frame"]')
const srcdoc = (wrapper: VueWrapper) => frame(wrapper).element.getAttribute('srcdoc') ?? ''
const previews = (backend: FakeBackend) =>
  backend.calls.filter((call) => call.channel === CHANNELS.previewReport).length

async function openPreview(wrapper: VueWrapper): Promise<void> {
  await toggle(wrapper).trigger('click')
  await settle()
}

describe('report preview', () => {
  it('is closed at first and asks main for nothing until it is opened', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    expect(toggle(wrapper).text()).toBe('Voorbeeld')
    expect(toggle(wrapper).attributes('aria-pressed')).toBe('false')
    expect(frame(wrapper).exists()).toBe(false)
    expect(previews(backend)).toBe(0)
  })

  it('shows main’s report HTML in a sandbox without scripts or our origin', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.apply({ type: 'setup/edit', title: 'Team Zuid' })
    backend.report.preview = (session) =>
      `<!doctype html><html><body><h1 id="inside-report">${session.setup.title}</h1><script>parent.hacked = 1</script></body></html>`
    await openPreview(wrapper)

    expect(toggle(wrapper).attributes('aria-pressed')).toBe('true')
    const iframe = frame(wrapper)
    expect(iframe.attributes('sandbox')).toBe('')
    expect(iframe.attributes('title')).toBe('Voorbeeld van het verslag')
    expect(srcdoc(wrapper)).toContain('<h1 id="inside-report">Team Zuid</h1>')
    // Rendered inside the frame only: never as markup in the presenter's own document.
    expect(document.getElementById('inside-report')).toBeNull()
    expect(wrapper.html()).not.toContain('<h1 id="inside-report">')
  })

  it('follows the session while open, once it has been still for a moment', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, backend } = await mountConnected(ReportPanel)
    await openPreview(wrapper)
    expect(previews(backend)).toBe(1)

    backend.apply({ type: 'setup/edit', title: 'Tea' })
    await settle()
    backend.apply({ type: 'setup/edit', title: 'Team Oost' })
    await settle()
    vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS - 1)
    await settle()
    expect(previews(backend)).toBe(1)

    vi.advanceTimersByTime(1)
    await settle()
    expect(previews(backend)).toBe(2)
    expect(srcdoc(wrapper)).toContain('Verslag: Team Oost')
  })

  it('asks main for nothing once the panel is gone, not even a refresh it had scheduled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, backend } = await mountConnected(ReportPanel)
    await openPreview(wrapper)
    backend.apply({ type: 'setup/edit', title: 'Weg' })
    await settle()
    wrapper.unmount()
    vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS * 2)
    await settle()
    expect(previews(backend)).toBe(1)
  })

  it('leaves main alone while closed, and refreshes on request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.apply({ type: 'setup/edit', title: 'Dicht' })
    await settle()
    vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS * 2)
    await settle()
    expect(previews(backend)).toBe(0)

    await openPreview(wrapper)
    await buttonByText(wrapper, 'Vernieuwen').trigger('click')
    await settle()
    expect(previews(backend)).toBe(2)

    await openPreview(wrapper)
    expect(toggle(wrapper).attributes('aria-pressed')).toBe('false')
    expect(frame(wrapper).exists()).toBe(false)
  })

  it('says so when the preview cannot be made, and recovers on Vernieuwen', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.report.previewFails = true
    await openPreview(wrapper)
    expect(wrapper.find('[data-testid="report-preview"] [role="alert"]').text()).toBe(
      'Het voorbeeld kon niet worden gemaakt. Probeer Vernieuwen.',
    )

    backend.report.previewFails = false
    await buttonByText(wrapper, 'Vernieuwen').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="report-preview"] [role="alert"]').exists()).toBe(false)
    expect(frame(wrapper).exists()).toBe(true)
  })
})
