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

const checkbox = (wrapper: VueWrapper, name: string, value?: string) =>
  wrapper.find<HTMLInputElement>(
    `input[type="checkbox"][name="${name}"]${value ? `[value="${value}"]` : ''}`,
  )

const saveButton = (wrapper: VueWrapper) =>
  wrapper.find<HTMLButtonElement>('[data-testid="report-save"]')

const outcome = (wrapper: VueWrapper) => wrapper.find('[data-testid="report-outcome"]')

async function save(wrapper: VueWrapper): Promise<void> {
  await saveButton(wrapper).trigger('click')
  await settle()
}

const fileNames = (within: DOMWrapper<Element>) =>
  within.findAll('[data-testid="report-files"] li').map((li) => li.text())

describe('report panel: what the report may name', () => {
  it('starts without names, says why, and binds both choices to the session', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    expect(wrapper.find('h2').text()).toBe('Verslag')
    const privacy = wrapper.find('[data-testid="report-privacy"]')
    expect(privacy.find('legend').text()).toBe('Namen in het verslag')
    expect(privacy.text()).toContain('Namen van deelnemers en begeleiders opnemen')
    expect(privacy.text()).toContain('Inbrengers van dilemma’s noemen')
    expect(privacy.text()).toContain('gedeelde map')
    expect(checkbox(wrapper, 'includeNames').element.checked).toBe(false)
    expect(checkbox(wrapper, 'includeContributors').element.checked).toBe(false)

    await checkbox(wrapper, 'includeNames').setValue(true)
    await settle()
    expect(backend.dispatched).toEqual([{ type: 'report/options', includeNames: true }])
    expect(backend.host.getSnapshot().session.report).toEqual({
      includeNames: true,
      includeContributors: false,
      includeOpenDilemmas: true,
      includeFollowUpOwners: false,
      findingChoices: {},
    })

    await checkbox(wrapper, 'includeContributors').setValue(true)
    await settle()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'report/options', includeContributors: true })
    expect(backend.host.getSnapshot().session.report.includeContributors).toBe(true)

    // The dilemmas not discussed are named by default: material for next time.
    expect(checkbox(wrapper, 'includeOpenDilemmas').element.checked).toBe(true)
    await checkbox(wrapper, 'includeOpenDilemmas').setValue(false)
    await settle()
    expect(backend.dispatched.at(-1)).toEqual({
      type: 'report/options',
      includeOpenDilemmas: false,
    })
    expect(backend.host.getSnapshot().session.report.includeOpenDilemmas).toBe(false)
  })

  it('shows the choices the session holds, also when they change elsewhere (undo, a file)', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.apply({ type: 'report/options', includeContributors: true })
    await settle()
    expect(checkbox(wrapper, 'includeContributors').element.checked).toBe(true)
    expect(checkbox(wrapper, 'includeNames').element.checked).toBe(false)

    backend.apply({ type: 'history/undo' })
    await settle()
    expect(checkbox(wrapper, 'includeContributors').element.checked).toBe(false)
  })
})

describe('report panel: formats and saving', () => {
  it('ticks PDF and Word by default and saves exactly the ticked formats', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    const ticked = () =>
      wrapper
        .findAll<HTMLInputElement>('input[name="format"]')
        .filter((input) => input.element.checked)
        .map((input) => input.element.value)
    expect(ticked()).toEqual(['pdf', 'docx'])
    expect(wrapper.find('[data-testid="report-formats"]').text()).toContain('Word (.docx)')

    await checkbox(wrapper, 'format', 'md').setValue(true)
    await save(wrapper)
    expect(calls(backend, CHANNELS.saveReport).map((call) => call.payload)).toEqual([
      { formats: ['pdf', 'docx', 'md'] },
    ])
  })

  it('remembers the ticked formats on this computer for the next time', async () => {
    const first = await mountConnected(ReportPanel)
    await checkbox(first.wrapper, 'format', 'html').setValue(true)
    await checkbox(first.wrapper, 'format', 'docx').setValue(false)
    cleanup()

    const { wrapper, backend } = await mountConnected(ReportPanel)
    await save(wrapper)
    expect(calls(backend, CHANNELS.saveReport)[0]?.payload).toEqual({ formats: ['pdf', 'html'] })
  })

  it('cannot save without a format, and says so next to the button', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    await checkbox(wrapper, 'format', 'pdf').setValue(false)
    await checkbox(wrapper, 'format', 'docx').setValue(false)

    const button = saveButton(wrapper)
    expect(button.element.disabled).toBe(true)
    const reason = wrapper.find(`#${button.attributes('aria-describedby') ?? 'missing'}`)
    expect(reason.text()).toBe('Kies minstens één formaat om het verslag op te slaan.')
    await button.trigger('click')
    expect(calls(backend, CHANNELS.saveReport)).toHaveLength(0)

    await checkbox(wrapper, 'format', 'html').setValue(true)
    expect(saveButton(wrapper).element.disabled).toBe(false)
    expect(saveButton(wrapper).attributes('aria-describedby')).toBeUndefined()
  })

  it('shows progress while main saves, and cannot be pressed twice', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    const release = backend.report.holdSaves()
    await save(wrapper)

    const progress = wrapper.find('[data-testid="report-progress"]')
    expect(progress.attributes('aria-live')).toBe('polite')
    expect(saveButton(wrapper).element.disabled).toBe(true)
    expect(saveButton(wrapper).text()).toBe('Bezig met opslaan…')
    expect(progress.text()).toBe('Verslag voorbereiden…')

    backend.pushReportProgress({ step: 'building', format: 'pdf', done: 0, total: 2 })
    await settle()
    expect(progress.text()).toBe('PDF maken…')

    backend.pushReportProgress({ step: 'writing', format: 'pdf', done: 1, total: 2 })
    await settle()
    expect(progress.text()).toBe('Opslaan in de netwerkmap… 1 van 2')
    const bar = progress.find<HTMLProgressElement>('progress')
    expect(bar.attributes('value')).toBe('1')
    expect(bar.attributes('max')).toBe('2')

    await saveButton(wrapper).trigger('click')
    release()
    await settle()
    expect(calls(backend, CHANNELS.saveReport)).toHaveLength(1)
    expect(progress.text()).toBe('')
    expect(saveButton(wrapper).element.disabled).toBe(false)
  })

  it('ignores progress that arrives when nothing is being saved', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.pushReportProgress({ step: 'writing', format: 'pdf', done: 1, total: 2 })
    await settle()
    expect(wrapper.find('[data-testid="report-progress"]').text()).toBe('')
  })

  it('tells where the report went and opens that folder', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    backend.report.saveResult = { ok: true, where: 'shared', folder: SHARED_FOLDER, files: FILES }
    await save(wrapper)

    const box = outcome(wrapper)
    expect(box.attributes('role')).toBe('status')
    expect(box.find('p').text()).toBe(`Opgeslagen in ${SHARED_FOLDER}:`)
    expect(fileNames(box)).toEqual(['2025-03-14 Team Zuid.pdf', '2025-03-14 Team Zuid.docx'])
    await buttonByText(box, 'Map openen').trigger('click')
    await settle()
    expect(backend.report.openedFolders).toEqual(['shared'])
  })
})

describe('report panel: the report folder', () => {
  it('shows no folder at first, and the one chosen in main’s dialog afterwards', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel)
    const folder = wrapper.find('[data-testid="report-folder"]')
    expect(folder.find('[data-testid="report-folder-path"]').text()).toBe('Nog geen map gekozen')
    expect(folder.find('[data-testid="report-fallback-folder"]').text()).toBe(
      `Is de netwerkmap niet bereikbaar, dan komt het verslag in de reservemap op deze computer: ${FALLBACK_FOLDER}`,
    )

    await buttonByText(folder, 'Map kiezen…').trigger('click')
    await settle()
    expect(calls(backend, CHANNELS.chooseReportFolder)).toHaveLength(1)
    // The window asks; it never sends a folder.
    expect(calls(backend, CHANNELS.chooseReportFolder)[0]?.payload).toBeUndefined()
    expect(folder.find('[data-testid="report-folder-path"]').text()).toBe(SHARED_FOLDER)

    backend.report.nextChosenFolder = null
    await buttonByText(folder, 'Andere map kiezen…').trigger('click')
    await settle()
    expect(folder.find('[data-testid="report-folder-path"]').text()).toBe(SHARED_FOLDER)
  })
})

describe('report panel in English', () => {
  it('speaks English when the session does', async () => {
    const { wrapper, backend } = await mountConnected(ReportPanel, { locale: 'en' })
    backend.report.saveResult = fallbackResult('timeout')
    expect(wrapper.find('h2').text()).toBe('Report')
    expect(checkbox(wrapper, 'includeNames').element.labels?.[0]?.textContent?.trim()).toBe(
      'Include the names of participants and facilitators',
    )
    await save(wrapper)
    expect(outcome(wrapper).find('[data-testid="report-reason"]').text()).toBe(
      'Why: The network folder did not answer within a few seconds.',
    )
    expect(buttonByText(outcome(wrapper), 'Try the network folder again').exists()).toBe(true)
  })
})

describe('report panel: the publication check', () => {
  async function mountWithFindings() {
    const backend = new FakeBackend()
    backend.apply({ type: 'participant/add-many', names: ['Anouk de Vries'] })
    backend.apply({ type: 'harvest/add', list: 'threads', text: 'Anouk belt 06-12345678 terug.' })
    return mountConnected(ReportPanel, { backend })
  }
  const findings = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="report-finding"]')

  it('lists the findings by kind and says in one sentence what the report will hold', async () => {
    const { wrapper } = await mountWithFindings()
    const box = wrapper.find('[data-testid="report-findings"]')
    expect(box.findAll('h4').map((h) => h.text())).toEqual(['Namen (1)', 'Telefoonnummers (1)'])
    expect(findings(wrapper)[0]?.text()).toContain('Rode draden 1')
    expect(findings(wrapper)[0]?.find('mark').text()).toBe('Anouk')
    expect(findings(wrapper)[0]?.text()).toContain('Vervangen door Deelnemer A')
    expect(wrapper.find('[data-testid="report-privacy-summary"]').text()).toBe(
      'Namen van deelnemers: niet opgenomen · 1 naam in vrije tekst vervangen · 1 telefoonnummer gevonden · 1 verwijderd',
    )
  })

  it('keeps a choice per finding in the session', async () => {
    const { wrapper, backend } = await mountWithFindings()
    const phone = findings(wrapper)[1]
    await phone?.find<HTMLInputElement>('input[value="keep"]').setValue(true)
    await settle()
    const key = phone?.attributes('data-finding-key') ?? ''
    expect(backend.dispatched.at(-1)).toEqual({
      type: 'report/finding-choice',
      key,
      choice: 'keep',
    })
    expect(backend.host.getSnapshot().session.report.findingChoices).toEqual({ [key]: 'keep' })
    expect(findings(wrapper)[1]?.attributes('data-choice')).toBe('keep')
    expect(wrapper.find('[data-testid="report-privacy-summary"]').text()).toContain(
      '1 blijft staan',
    )
  })

  it('asks once before saving with findings nobody looked at, and saves only on "Toch opslaan"', async () => {
    const { wrapper, backend } = await mountWithFindings()
    await save(wrapper)
    const question = wrapper.find('[data-testid="report-save-check"]')
    expect(question.text()).toContain('Er staan nog 2 mogelijke persoonsgegevens in het verslag.')
    expect(calls(backend, CHANNELS.saveReport)).toHaveLength(0)
    await buttonByText(wrapper, 'Bekijken').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="report-save-check"]').exists()).toBe(false)
    expect(calls(backend, CHANNELS.saveReport)).toHaveLength(0)

    await save(wrapper)
    await buttonByText(wrapper, 'Toch opslaan').trigger('click')
    await settle()
    expect(calls(backend, CHANNELS.saveReport)).toHaveLength(1)
  })

  it('saves at once when every finding has been looked at', async () => {
    const { wrapper, backend } = await mountWithFindings()
    for (const finding of findings(wrapper)) {
      await finding.find<HTMLInputElement>('input:checked').trigger('change')
      await settle()
    }
    await save(wrapper)
    expect(wrapper.find('[data-testid="report-save-check"]').exists()).toBe(false)
    expect(calls(backend, CHANNELS.saveReport)).toHaveLength(1)
  })
})
