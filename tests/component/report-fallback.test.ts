import { CHANNELS, type ReportFailureReason, type ReportSaveResult } from '@contract'
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ReportPanel from '../../renderer/src/presenter/report/ReportPanel.vue'
import { FALLBACK_FOLDER, FakeBackend, SHARED_FOLDER } from './support/fake-backend'
import { cleanup, mountConnected, settle } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

const FILES = [
  { format: 'pdf', name: '2025-03-14 Team Zuid.pdf' },
  { format: 'docx', name: '2025-03-14 Team Zuid.docx' },
] as const

function fallbackResult(reason: ReportFailureReason): ReportSaveResult {
  return { ok: true, where: 'fallback', folder: FALLBACK_FOLDER, files: FILES, reason }
}

const calls = (backend: FakeBackend, channel: string) =>
  backend.calls.filter((call) => call.channel === channel)

const saveButton = (wrapper: VueWrapper) =>
  wrapper.find<HTMLButtonElement>('[data-testid="report-save"]')

const outcome = (wrapper: VueWrapper) => wrapper.find('[data-testid="report-outcome"]')

async function save(wrapper: VueWrapper): Promise<void> {
  await saveButton(wrapper).trigger('click')
  await settle()
}

const fileNames = (within: DOMWrapper<Element>) =>
  within.findAll('[data-testid="report-files"] li').map((li) => li.text())

describe('report panel: when the network folder fails', () => {
  const REASONS: [ReportFailureReason, string][] = [
    ['no-folder', 'Er is nog geen verslagmap gekozen.'],
    ['unreachable', 'De netwerkmap is niet bereikbaar.'],
    ['no-permission', 'Je hebt geen toestemming om in de netwerkmap te schrijven.'],
    ['read-only', 'De netwerkmap is alleen-lezen'],
    ['disk-full', 'De netwerkmap is vol.'],
    ['busy', 'De netwerkmap was bezet'],
    ['timeout', 'De netwerkmap reageerde niet binnen een paar seconden.'],
    ['verify-failed', 'Na het opslaan klopte het bestand in de netwerkmap niet.'],
    ['unknown', 'de oorzaak is onbekend'],
  ]

  it.each(REASONS)('explains %s in plain Dutch and where the report went', async (reason, why) => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.report.saveResult = fallbackResult(reason)
    await save(wrapper)

    const box = outcome(wrapper)
    expect(box.attributes('role')).toBe('alert')
    expect(box.text()).toContain('Het verslag staat in de reservemap, niet in de netwerkmap')
    const because = box.find('[data-testid="report-reason"]').text()
    expect(because.startsWith('Waarom:')).toBe(true)
    expect(because).toContain(why)
    expect(box.text()).toContain(`Het staat veilig op deze computer, in ${FALLBACK_FOLDER}:`)
    expect(fileNames(box)).toEqual(['2025-03-14 Team Zuid.pdf', '2025-03-14 Team Zuid.docx'])
  })

  it('retries to the network folder and opens the fallback folder', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.report.saveResult = fallbackResult('timeout')
    backend.report.folder = { ...backend.report.folder, pending: FILES.map((f) => f.name) }
    await save(wrapper)
    // The outcome already offers the retry: no second box for the same files.
    expect(wrapper.find('[data-testid="report-pending"]').exists()).toBe(false)

    await buttonByText(outcome(wrapper), 'Map openen').trigger('click')
    await settle()
    expect(backend.report.openedFolders).toEqual(['fallback'])

    backend.report.retryResult = { ok: true, where: 'shared', folder: SHARED_FOLDER, files: FILES }
    await buttonByText(outcome(wrapper), 'Opnieuw proberen naar de netwerkmap').trigger('click')
    await settle()
    expect(calls(backend, CHANNELS.retryReport)).toHaveLength(1)
    expect(outcome(wrapper).find('p').text()).toBe(
      `De verslagen uit de reservemap staan nu in de netwerkmap ${SHARED_FOLDER}:`,
    )
    expect(wrapper.find('[data-testid="report-pending"]').exists()).toBe(false)
  })

  it('says so when a retry fails again, with the new reason', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.report.saveResult = fallbackResult('unreachable')
    backend.report.retryResult = fallbackResult('timeout')
    await save(wrapper)
    await buttonByText(outcome(wrapper), 'Opnieuw proberen naar de netwerkmap').trigger('click')
    await settle()
    expect(outcome(wrapper).text()).toContain('Opnieuw proberen lukte nog niet')
    expect(outcome(wrapper).text()).toContain('reageerde niet binnen een paar seconden')
  })

  it('shows reports still waiting from an earlier day, with the retry, after a restart', async () => {
    const backendFiles = ['2025-03-07 Team Noord.pdf', '2025-03-07 Team Noord.docx']
    const backend = new FakeBackend()
    backend.report.folder = {
      folder: SHARED_FOLDER,
      fallbackFolder: FALLBACK_FOLDER,
      pending: backendFiles,
    }
    const { wrapper } = await mountConnected(ReportPanel, { backend })

    const pending = wrapper.find('[data-testid="report-pending"]')
    expect(pending.find('h3').text()).toBe('Nog niet in de netwerkmap')
    expect(pending.text()).toContain(
      'Er wachten nog 2 verslagbestanden in de reservemap op deze computer.',
    )
    expect(fileNames(pending)).toEqual(backendFiles)

    await buttonByText(pending, 'Reservemap openen').trigger('click')
    await settle()
    expect(backend.report.openedFolders).toEqual(['fallback'])

    backend.report.retryResult = { ok: true, where: 'shared', folder: SHARED_FOLDER, files: FILES }
    await buttonByText(pending, 'Opnieuw proberen naar de netwerkmap').trigger('click')
    await settle()
    expect(calls(backend, CHANNELS.retryReport)).toHaveLength(1)
    expect(wrapper.find('[data-testid="report-pending"]').exists()).toBe(false)
    expect(outcome(wrapper).attributes('data-kind')).toBe('saved')
  })

  it('says nothing is lost when the report could not be saved anywhere', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.report.saveResult = { ok: false, reason: 'write-failed', detail: 'disk-full' }
    await save(wrapper)

    const box = outcome(wrapper)
    expect(box.attributes('role')).toBe('alert')
    expect(box.text()).toContain('Het verslag is niet opgeslagen')
    expect(box.find('[data-testid="report-reason"]').text()).toBe(
      'Het verslag kon nergens worden opgeslagen, ook niet in de reservemap. De netwerkmap is vol.',
    )
    expect(box.text()).toContain('Er is niets verloren: de sessie zelf wordt automatisch bewaard')
    expect(box.text()).toContain('Probeer het over een moment opnieuw.')
    expect(box.findAll('button')).toHaveLength(0)
  })

  it('treats a save that breaks down on the way as not saved, and can be tried again', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.report.failNext = true
    await save(wrapper)
    expect(outcome(wrapper).text()).toContain('Er ging iets mis bij het opslaan van het verslag.')
    expect(outcome(wrapper).text()).toContain('Er is niets verloren')
    expect(saveButton(wrapper).element.disabled).toBe(false)

    await save(wrapper)
    expect(outcome(wrapper).attributes('data-kind')).toBe('saved')
  })
})
