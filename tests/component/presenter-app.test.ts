import { defaultPrinciples } from '@core/session/default-session'
import type { ProjectorScreen } from '@core/session/projector-screen'
import type { PhaseKind } from '@core/session/schema'
import { DOMWrapper, flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PresenterApp from '../../renderer/src/presenter/PresenterApp.vue'
import { SECTIONS, type SectionId } from '../../renderer/src/presenter/shell/sections'
import ProjectorApp from '../../renderer/src/projector/ProjectorApp.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness, mountConnected, setLocale } from './support/harness'
import { buttonByText, rowByTitle, rowTitles } from './support/queries'
import { startRealWindow, stopRealWindows } from './support/real-window'

afterEach(() => {
  stopRealWindows()
  cleanup()
})

const [principle] = defaultPrinciples()
if (!principle) throw new Error('the default deck is empty')

const HOSTILE = '<script>alert(1)</script> 💃🏽🎭 مرحبا بالعالم שלום <img src=x onerror=alert(2)>'

type Within = VueWrapper | DOMWrapper<Element>

/** The label of each section tab and the heading of the panel it opens, in Dutch. */
const SECTION_NL: Record<SectionId, { tab: string; heading: string }> = {
  session: { tab: 'Sessie', heading: 'Opzet van de sessie' },
  principles: { tab: 'Principes', heading: 'Principes bewerken' },
  participants: { tab: 'Deelnemers', heading: 'Deelnemers' },
  programme: { tab: 'Programma', heading: 'Programma' },
  starter: { tab: 'Starter', heading: 'Starter: lijnopstelling' },
  dilemmas: { tab: 'Dilemma’s', heading: 'Dilemma’s' },
  casework: { tab: 'Casus', heading: 'Variant 1: ieder kiest een principe' },
  harvest: { tab: 'Opbrengst', heading: 'Opbrengst' },
  closing: { tab: 'Afronding', heading: 'Afronding' },
  report: { tab: 'Verslag', heading: 'Verslag' },
  print: { tab: 'Drukwerk', heading: 'Drukwerk' },
  team: { tab: 'Teamoverzicht', heading: 'Teamoverzicht' },
  displays: { tab: 'Beamer', heading: 'Schermen' },
}

const status = (wrapper: Within) => wrapper.find('[data-testid="projector-status"] strong').text()
const sessionTitle = (wrapper: Within) => wrapper.find('h1 .presenter__session').text()

/** The section tab for `section`. */
function tab(wrapper: Within, section: SectionId): DOMWrapper<HTMLButtonElement> {
  const found = wrapper.find<HTMLButtonElement>(`button[data-section="${section}"]`)
  if (!found.exists()) throw new Error(`no tab for ${section}`)
  return found
}

async function openSection(wrapper: Within, section: SectionId): Promise<void> {
  await tab(wrapper, section).trigger('click')
  await flushPromises()
}

/** The sections whose tab is marked as the current page (one, if all is well). */
function currentSections(wrapper: Within): (string | undefined)[] {
  return wrapper.findAll('[aria-current="page"]').map((t) => t.attributes('data-section'))
}

/** The heading of the panel that is open. */
function panelHeading(wrapper: Within): string {
  return wrapper.find('[data-active-section] h2').text()
}

function expectSection(wrapper: Within, section: SectionId): void {
  expect(currentSections(wrapper)).toEqual([section])
  expect(wrapper.find('[data-active-section]').attributes('data-active-section')).toBe(section)
  expect(panelHeading(wrapper)).toBe(SECTION_NL[section].heading)
}

/** The undo or redo button in the top bar, by its (possibly visually hidden) name. */
function historyButton(wrapper: Within, name: 'Ongedaan maken' | 'Opnieuw doen' | 'Undo' | 'Redo') {
  const matches = wrapper
    .findAll<HTMLButtonElement>('header button')
    .filter((button) => button.text().includes(name))
  if (matches.length !== 1)
    throw new Error(`expected one "${name}" button, found ${matches.length}`)
  return matches[0] as DOMWrapper<HTMLButtonElement>
}

function phaseIdOf(backend: FakeBackend, kind: PhaseKind): string {
  const phase = backend.host.getSnapshot().session.phases.find((p) => p.kind === kind)
  if (!phase) throw new Error(`the programme has no ${kind} phase`)
  return phase.id
}

/** Adds a dilemma through the Dilemmas section, as the facilitator would. */
async function addDilemma(wrapper: Within, title: string, description = ''): Promise<void> {
  await openSection(wrapper, 'dilemmas')
  await wrapper.find('input[name="title"]').setValue(title)
  if (description) await wrapper.find('textarea[name="description"]').setValue(description)
  await buttonByText(wrapper.find('form.add'), 'Toevoegen').trigger('click')
  await flushPromises()
}

/** Presses a key combination on `target` as the keyboard would (it bubbles up to the window). */
function press(target: EventTarget, key: string, modifiers: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    cancelable: true,
    ...modifiers,
  })
  target.dispatchEvent(event)
  return event
}

/** The h2 headings on screen; a closed dialog (the shortcut overview) shows nothing. */
function visibleHeadings(wrapper: VueWrapper): string[] {
  return wrapper
    .findAll('h2')
    .filter((heading) => heading.element.closest('dialog:not([open])') === null)
    .map((heading) => heading.text())
}

describe('PresenterApp', () => {
  it('renders the top bar, the programme, the section tabs and the projector status in Dutch', async () => {
    const { wrapper } = await mountConnected(PresenterApp)

    const title = wrapper.find('h1')
    expect(title.text()).toContain('Dansende Dilemma’s')
    expect(sessionTitle(wrapper)).toBe('Sessie zonder titel')
    expect(visibleHeadings(wrapper)).toEqual(['Programma', 'Opzet van de sessie'])
    expect(wrapper.findAll('button[data-section]').map((b) => b.text())).toEqual(
      SECTIONS.map((section) => SECTION_NL[section].tab),
    )
    expect(wrapper.find('nav[aria-label="Onderdelen"]').exists()).toBe(true)
    expectSection(wrapper, 'session')
    expect(status(wrapper)).toBe('Welkomstscherm')
    expect(historyButton(wrapper, 'Ongedaan maken').element.disabled).toBe(true)
    expect(historyButton(wrapper, 'Opnieuw doen').element.disabled).toBe(true)
    expect(buttonByText(wrapper, 'NL').attributes('aria-pressed')).toBe('true')
    expect(buttonByText(wrapper, 'EN').attributes('aria-pressed')).toBe('false')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    // No notice: every live region there is stays empty.
    expect(wrapper.findAll('[role="status"]').filter((s) => s.text() !== '')).toHaveLength(0)
  })

  it('shows the session title in the top bar as soon as it is set', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    backend.apply({ type: 'setup/edit', title: 'Teamdag Vergunningen' })
    await flushPromises()
    expect(sessionTitle(wrapper)).toBe('Teamdag Vergunningen')
    expect(wrapper.find('h1').text()).toContain('Dansende Dilemma’s')
  })

  it('"Beamer tonen" asks main to show the projector window', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    await buttonByText(wrapper, 'Beamer tonen').trigger('click')
    await flushPromises()
    expect(backend.showProjectorCount).toBe(1)
    expect(backend.dispatched).toEqual([])
  })

  it('runs a short workshop: add, discuss now, go to the casework, show a principle, back', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    const projector = await mountConnected(ProjectorApp, { role: 'projector', backend })

    await addDilemma(wrapper, 'Een wethouder vraagt om een gunst')
    const row = rowByTitle(wrapper, 'Een wethouder vraagt om een gunst')
    await buttonByText(row, 'Nu bespreken').trigger('click')
    await flushPromises()
    expect(wrapper.find('li.row').attributes('aria-current')).toBe('true')
    expect(wrapper.find('li.row .row__badge').text()).toBe('Aan de beurt')

    // The programme rail moves to the casework, which opens the casework section.
    await wrapper.find(`button[data-phase-id="${phaseIdOf(backend, 'casework')}"]`).trigger('click')
    await flushPromises()
    expectSection(wrapper, 'casework')
    expect(status(wrapper)).toBe('Telling')
    expect(projector.wrapper.attributes('data-screen')).toBe('tally')
    // The first choice is counted before it is shown: the beamer asks the room to stand.
    expect(projector.wrapper.find('[data-testid="tally-waiting"] h1').text()).toBe(
      'Een wethouder vraagt om een gunst',
    )

    const line = wrapper.find(`.tally-row[data-principle-id="${principle.id}"]`)
    await buttonByText(line, 'Groot tonen').trigger('click')
    await flushPromises()
    expect(status(wrapper)).toBe(`Principe: ${principle.name}`)
    expect(projector.wrapper.find('[data-testid="projector-principle-name"]').text()).toBe(
      principle.name,
    )
    expect(projector.wrapper.find('[data-testid="projector-dilemma"]').text()).toContain(
      'Een wethouder vraagt om een gunst',
    )

    await buttonByText(wrapper, 'Terug naar de telling').trigger('click')
    await flushPromises()
    expect(status(wrapper)).toBe('Telling')
    expect(projector.wrapper.attributes('data-screen')).toBe('tally')
    expect(backend.dispatched.map((c) => c.type)).toEqual([
      'dilemma/add',
      'dilemma/make-current',
      'phase/go',
      'projector/show-principle',
      'projector/show-principle',
    ])
  })

  it('shows the failure banner when main rejects what was typed, and keeps the text', async () => {
    const { wrapper } = await mountConnected(PresenterApp)
    await openSection(wrapper, 'dilemmas')
    const title = wrapper.find<HTMLInputElement>('input[name="title"]')
    await title.setValue('t'.repeat(2001))
    await wrapper.find('form.add').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[role="alert"] span').text()).toBe(
      'Dat kon niet worden verwerkt: de invoer klopt niet.',
    )
    expect(title.element.value).toHaveLength(2001)
    expect(rowTitles(wrapper)).toEqual([])

    await buttonByText(wrapper.find('[role="alert"]'), 'Sluiten').trigger('click')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('shows an autosave notice from main', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    backend.pushNotice({ kind: 'autosave-failed', folder: '/home/facilitator/Dilemma’s' })
    await flushPromises()
    const notices = wrapper.findAll('[role="status"]').filter((s) => s.text() !== '')
    expect(notices).toHaveLength(1)
    expect(notices[0]?.text()).toContain('Map: /home/facilitator/Dilemma’s')
  })
})

describe('section tabs', () => {
  it('each tab opens its panel and becomes the current page, without telling main', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)

    for (const section of [...SECTIONS].reverse()) {
      await openSection(wrapper, section)
      expectSection(wrapper, section)
      expect(tab(wrapper, section).text()).toBe(SECTION_NL[section].tab)
    }
    // Which panel is open is the presenter's own business: the session does not change.
    expect(backend.dispatched).toEqual([])
    expect(backend.host.getSnapshot().revision).toBe(0)
  })

  it('moving to a phase opens the section that phase needs', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/add', kind: 'other', title: 'Koffiepauze', plannedMinutes: 10 })
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    const expected: [PhaseKind, SectionId][] = [
      ['starter', 'starter'],
      ['casework', 'casework'],
      ['harvest', 'harvest'],
      ['explanation', 'principles'],
      ['closing', 'closing'],
      ['other', 'programme'],
      ['welcome', 'session'],
    ]

    for (const [kind, section] of expected) {
      // Look somewhere else first, so the move itself has to bring the section.
      await openSection(wrapper, 'dilemmas')
      expect(currentSections(wrapper)).toEqual(['dilemmas'])
      backend.apply({ type: 'phase/go', id: phaseIdOf(backend, kind) })
      await flushPromises()
      expectSection(wrapper, section)
    }
  })

  it('the facilitator can look elsewhere; only the next phase takes the section back', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/go', id: phaseIdOf(backend, 'casework') })
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    // Opened in the middle of the casework: the casework section is there at once.
    expectSection(wrapper, 'casework')

    await openSection(wrapper, 'participants')
    backend.apply({ type: 'participant/add-many', names: ['Anna'] })
    backend.apply({ type: 'dilemma/add', title: 'Nog een' })
    await flushPromises()
    expectSection(wrapper, 'participants')

    backend.apply({ type: 'phase/next' })
    await flushPromises()
    expectSection(wrapper, 'harvest')
  })

  it('the rail moves the programme and the section with it', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })

    await buttonByText(wrapper, 'Programma starten').trigger('click')
    await flushPromises()
    expect(backend.host.getSnapshot().session.currentPhaseId).toBe(phaseIdOf(backend, 'welcome'))
    expectSection(wrapper, 'session')

    await wrapper.find(`button[data-phase-id="${phaseIdOf(backend, 'starter')}"]`).trigger('click')
    await flushPromises()
    expectSection(wrapper, 'starter')
    expect(status(wrapper)).toBe('Lijnopstelling')
  })
})

describe('undo and redo', () => {
  it('the buttons are disabled without history and follow what main allows', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    const undo = historyButton(wrapper, 'Ongedaan maken')
    const redo = historyButton(wrapper, 'Opnieuw doen')
    expect(undo.element.disabled).toBe(true)
    expect(redo.element.disabled).toBe(true)
    expect(undo.attributes('title')).toContain('Ctrl+Z')
    expect(redo.attributes('title')).toContain('Ctrl+Y')

    await undo.trigger('click')
    await redo.trigger('click')
    await flushPromises()
    expect(backend.dispatched).toEqual([])

    backend.apply({ type: 'setup/edit', title: 'Teamdag' })
    await flushPromises()
    expect(undo.element.disabled).toBe(false)
    expect(redo.element.disabled).toBe(true)
  })

  it('Undo brings the old state back and Redo re-applies the change', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    await addDilemma(wrapper, 'Mag ik een cadeaubon aannemen?')
    expect(rowTitles(wrapper)).toEqual(['Mag ik een cadeaubon aannemen?'])
    const undo = historyButton(wrapper, 'Ongedaan maken')
    const redo = historyButton(wrapper, 'Opnieuw doen')
    expect(undo.element.disabled).toBe(false)

    await undo.trigger('click')
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('Nog geen dilemma’s.')
    expect(undo.element.disabled).toBe(true)
    expect(redo.element.disabled).toBe(false)

    await redo.trigger('click')
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual(['Mag ik een cadeaubon aannemen?'])
    expect(undo.element.disabled).toBe(false)
    expect(redo.element.disabled).toBe(true)

    expect(backend.dispatched.map((c) => c.type)).toEqual([
      'dilemma/add',
      'history/undo',
      'history/redo',
    ])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('Undo also takes back a move through the programme, section and projector included', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    backend.apply({ type: 'phase/go', id: phaseIdOf(backend, 'harvest') })
    await flushPromises()
    expectSection(wrapper, 'harvest')
    expect(status(wrapper)).toBe('Rode draden')

    await historyButton(wrapper, 'Ongedaan maken').trigger('click')
    await flushPromises()
    expect(backend.host.getSnapshot().session.currentPhaseId).toBeNull()
    expect(status(wrapper)).toBe('Welkomstscherm')
  })

  it('Ctrl+Z undoes and Ctrl+Shift+Z and Ctrl+Y redo, from anywhere but a text field', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', title: 'Teamdag' })
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    const title = () => backend.host.getSnapshot().session.setup.title

    const undone = press(window, 'z', { ctrlKey: true })
    await flushPromises()
    expect(undone.defaultPrevented).toBe(true)
    expect(title()).toBe('')
    expect(sessionTitle(wrapper)).toBe('Sessie zonder titel')

    const redone = press(document.body, 'Z', { ctrlKey: true, shiftKey: true })
    await flushPromises()
    expect(redone.defaultPrevented).toBe(true)
    expect(title()).toBe('Teamdag')
    expect(sessionTitle(wrapper)).toBe('Teamdag')

    // From a button (focus is not in a text field) and with Cmd, as on a Mac.
    press(buttonByText(wrapper, 'Beamer tonen').element, 'z', { metaKey: true })
    await flushPromises()
    expect(title()).toBe('')

    press(window, 'y', { ctrlKey: true })
    await flushPromises()
    expect(title()).toBe('Teamdag')

    expect(backend.dispatched).toEqual([
      { type: 'history/undo' },
      { type: 'history/redo' },
      { type: 'history/undo' },
      { type: 'history/redo' },
    ])
  })

  it('leaves Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y to a text input or textarea that has focus', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', title: 'Teamdag' })
    backend.apply({ type: 'setup/edit', location: 'Zaal 3' })
    backend.apply({ type: 'history/undo' })
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    await openSection(wrapper, 'dilemmas')
    const input = wrapper.find<HTMLInputElement>('input[name="title"]').element
    const textarea = wrapper.find<HTMLTextAreaElement>('textarea[name="description"]').element
    const before = backend.host.getSnapshot()
    expect(before.history).toEqual({ canUndo: true, canRedo: true })

    const presses: KeyboardEvent[] = []
    for (const field of [input, textarea]) {
      field.focus()
      expect(document.activeElement).toBe(field)
      presses.push(press(field, 'z', { ctrlKey: true }))
      presses.push(press(field, 'Z', { ctrlKey: true, shiftKey: true }))
      presses.push(press(field, 'y', { ctrlKey: true }))
    }
    await flushPromises()

    expect(backend.dispatched).toEqual([])
    expect(backend.host.getSnapshot().revision).toBe(before.revision)
    // The field's own undo (the browser's) stays available.
    expect(presses.every((event) => !event.defaultPrevented)).toBe(true)

    // Once focus leaves the field, the keys belong to the app again.
    textarea.blur()
    press(window, 'z', { ctrlKey: true })
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'history/undo' }])
  })

  it('sends nothing for keys without Ctrl, with Alt, or when there is nothing to undo or redo', async () => {
    const { backend } = await mountConnected(PresenterApp)
    press(window, 'z', { ctrlKey: true })
    press(window, 'y', { ctrlKey: true })
    press(window, 'z')
    await flushPromises()
    expect(backend.dispatched).toEqual([])

    backend.apply({ type: 'setup/edit', title: 'Teamdag' })
    await flushPromises()
    press(window, 'z', { ctrlKey: true, altKey: true })
    press(window, 'x', { ctrlKey: true })
    press(window, 'y', { ctrlKey: true })
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(backend.host.getSnapshot().session.setup.title).toBe('Teamdag')
  })
})

describe('projector status', () => {
  it('names every kind of screen the projector can show', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/add', kind: 'other', title: 'Koffiepauze', plannedMinutes: 10 })
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    const projector = await mountConnected(ProjectorApp, { role: 'projector', backend })
    const seen = new Map<string, string>()

    async function expectStatus(label: string, kind: ProjectorScreen['kind']): Promise<void> {
      await flushPromises()
      expect(status(wrapper)).toBe(label)
      expect(projector.wrapper.attributes('data-screen')).toBe(kind)
      seen.set(kind, label)
    }
    const go = (kind: PhaseKind) =>
      backend.apply({ type: 'phase/go', id: phaseIdOf(backend, kind) })
    const discuss = (title: string, variant: 'variant1' | 'variant2') => {
      backend.apply({ type: 'dilemma/add', title, variant })
      const id = backend.host.getSnapshot().session.dilemmas.at(-1)?.id ?? null
      backend.apply({ type: 'dilemma/make-current', id })
    }

    await expectStatus('Welkomstscherm', 'welcome')
    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    await expectStatus(`Principe: ${principle.name}`, 'principle')
    go('starter')
    await expectStatus('Lijnopstelling', 'lineup')
    go('explanation')
    await expectStatus('Alle principes', 'principles')
    go('casework')
    await expectStatus('Alle principes', 'principles')
    discuss('Iedereen kiest', 'variant1')
    await expectStatus('Telling', 'tally')
    discuss('Vier sprekers', 'variant2')
    await expectStatus('Vier principes, vier sprekers', 'speakers')
    go('harvest')
    await expectStatus('Rode draden', 'harvest')
    go('closing')
    await expectStatus('Afsluiting', 'closing')
    go('other')
    await expectStatus('Titel: Koffiepauze', 'phase-title')
    go('welcome')
    await expectStatus('Welkomstscherm', 'welcome')

    expect([...seen.keys()].sort()).toEqual(
      [
        'welcome',
        'principle',
        'lineup',
        'principles',
        'tally',
        'speakers',
        'harvest',
        'closing',
        'phase-title',
      ].sort(),
    )
  })
})

describe('hostile text', () => {
  it('renders a scripted, emoji, right-to-left title as text in the queue, the top bar and on the projector', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    const projector = await mountConnected(ProjectorApp, { role: 'projector', backend })
    const scriptsBefore = document.querySelectorAll('script').length

    backend.apply({ type: 'setup/edit', title: HOSTILE })
    await addDilemma(wrapper, HOSTILE, HOSTILE)
    await buttonByText(wrapper.find('li.row'), 'Nu bespreken').trigger('click')
    await flushPromises()

    expect(rowTitles(wrapper)).toEqual([HOSTILE])
    const row = wrapper.find('li.row')
    expect(row.find('.row__title').element.textContent).toBe(HOSTILE)
    expect(row.find('.row__description').element.textContent).toBe(HOSTILE)
    expect(wrapper.find('h1 .presenter__session').element.textContent?.trim()).toBe(HOSTILE)
    expect(
      projector.wrapper.find('[data-testid="welcome-session-title"]').element.textContent?.trim(),
    ).toBe(HOSTILE)

    // On the casework screen and under a big principle, still as text.
    backend.apply({ type: 'phase/go', id: phaseIdOf(backend, 'casework') })
    await flushPromises()
    expect(
      projector.wrapper.find('[data-testid="tally-waiting"] h1').element.textContent?.trim(),
    ).toBe(HOSTILE)
    backend.apply({ type: 'projector/show-principle', principleId: principle.id })
    await flushPromises()
    expect(
      projector.wrapper.find('[data-testid="projector-dilemma"]').element.textContent,
    ).toContain(HOSTILE)
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore)
    expect(document.querySelectorAll('img')).toHaveLength(0)
    expect(wrapper.element.querySelector('script')).toBeNull()
    expect(projector.wrapper.element.querySelector('script')).toBeNull()

    // And it stays text through an edit round trip.
    await openSection(wrapper, 'dilemmas')
    const again = wrapper.find('li.row')
    await buttonByText(again, 'Bewerken').trigger('click')
    expect(again.find<HTMLInputElement>('.row__edit input[name="title"]').element.value).toBe(
      HOSTILE,
    )
    await buttonByText(again, 'Opslaan').trigger('click')
    await flushPromises()
    expect(rowTitles(wrapper)).toEqual([HOSTILE])
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore)
    expect(document.querySelectorAll('img')).toHaveLength(0)
  })
})

describe('English', () => {
  it('switches every label when the locale changes to en', async () => {
    const backend = new FakeBackend()
    backend.seedDilemmas('Een dilemma')
    const { wrapper, i18n } = await mountConnected(PresenterApp, { backend })

    setLocale(i18n, 'en')
    await flushPromises()

    expect(visibleHeadings(wrapper)).toEqual(['Programme', 'Session set-up'])
    expect(wrapper.findAll('button[data-section]').map((b) => b.text())).toEqual([
      'Session',
      'Principles',
      'Participants',
      'Programme',
      'Starter',
      'Dilemmas',
      'Casework',
      'Harvest',
      'Closing',
      'Report',
      'Print',
      'Team overview',
      'Beamer',
    ])
    expect(sessionTitle(wrapper)).toBe('Untitled session')
    expect(buttonByText(wrapper, 'Show projector').exists()).toBe(true)
    expect(historyButton(wrapper, 'Undo').exists()).toBe(true)
    expect(historyButton(wrapper, 'Redo').exists()).toBe(true)
    expect(wrapper.find('.status__label').text()).toBe('On the projector:')
    expect(status(wrapper)).toBe('Welcome screen')

    await openSection(wrapper, 'dilemmas')
    expect(buttonByText(wrapper, 'Discuss now').exists()).toBe(true)
    expect(wrapper.find('li.row').text()).toContain('Dilemma 1 of 1')
    expect(wrapper.find('.row__badge').text()).toBe('Planned')

    await buttonByText(wrapper, 'Remove').trigger('click')
    expect(buttonByText(wrapper, 'Really remove?').exists()).toBe(true)

    await buttonByText(wrapper, 'Discuss now').trigger('click')
    await flushPromises()
    expect(wrapper.find('.row__badge').text()).toBe('Current')
  })

  it('the language switch sends setup/set-locale and both windows turn English', async () => {
    const backend = new FakeBackend()
    const presenter = await startRealWindow(PresenterApp, backend.presenterApi())
    const projector = await startRealWindow(ProjectorApp, backend.projectorApi())
    const within = new DOMWrapper(presenter.root)
    expect(status(within)).toBe('Welkomstscherm')
    expect(document.documentElement.lang).toBe('nl')
    expect(projector.root.textContent).toContain('Welkom! We beginnen zo.')

    await buttonByText(within, 'EN').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'setup/set-locale', locale: 'en' }])
    expect(backend.host.getSnapshot().session.locale).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(buttonByText(within, 'EN').attributes('aria-pressed')).toBe('true')
    expect(buttonByText(within, 'NL').attributes('aria-pressed')).toBe('false')
    expect(status(within)).toBe('Welcome screen')
    expect(within.find('[data-testid="projector-status"]').text()).toContain('On the projector')
    expect(within.find('button[data-section="casework"]').text()).toBe('Casework')
    expect(buttonByText(within, 'Show projector').exists()).toBe(true)
    expect(projector.root.textContent).toContain('Welcome! We will start shortly.')

    await buttonByText(within, 'NL').trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'setup/set-locale', locale: 'nl' })
    expect(within.find('button[data-section="casework"]').text()).toBe('Casus')
    expect(projector.root.textContent).toContain('Welkom! We beginnen zo.')
  })

  it('a window opened on an English session starts in English', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/set-locale', locale: 'en' })
    const presenter = await startRealWindow(PresenterApp, backend.presenterApi())
    expect(new DOMWrapper(presenter.root).find('button[data-section="session"]').text()).toBe(
      'Session',
    )
  })

  it('the projector can start in English', async () => {
    const harness = await createHarness({ role: 'projector', locale: 'en' })
    const wrapper = harness.mount(ProjectorApp)
    await flushPromises()
    expect(wrapper.text()).toContain('Welcome! We will start shortly.')
    expect(wrapper.text()).toContain('Civil-service craftsmanship')
  })
})

describe('after the programme', () => {
  it('leads from “Programma afronden” to the report in one click', async () => {
    const backend = new FakeBackend()
    const last = backend.host.getSnapshot().session.phases.at(-1)
    backend.apply({ type: 'phase/go', id: last?.id ?? null })
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    expect(wrapper.find('[data-testid="to-report"]').exists()).toBe(false)

    await buttonByText(wrapper, 'Programma afronden').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Het programma is afgerond.')
    await buttonByText(wrapper, 'Verslag maken').trigger('click')
    await flushPromises()
    expectSection(wrapper, 'report')
  })
})
