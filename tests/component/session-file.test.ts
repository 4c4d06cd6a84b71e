import { CHANNELS, type SessionFileProblem, type SessionFileState } from '@contract'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import NoticeBanner from '../../renderer/src/presenter/shell/NoticeBanner.vue'
import SessionFileCard from '../../renderer/src/presenter/session-file/SessionFileCard.vue'
import { CONFIRMATION_MS } from '../../renderer/src/presenter/shell/use-app-notices'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, settle } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(() => {
  vi.useRealTimers()
  cleanup()
})

/** The file card as it sits in the Sessie section, with the window's notices above it. */
const CardWithNotices = defineComponent({
  setup: () => () => [h(NoticeBanner), h(SessionFileCard)],
})

const OPEN_FILE: SessionFileState = {
  name: '2026-11-29 Team Zuid.dilemmas',
  folder: 'C:\\Users\\Facilitator\\Documents',
  unsaved: false,
  recent: [
    { name: '2026-11-29 Team Zuid.dilemmas', folder: 'C:\\Users\\Facilitator\\Documents' },
    { name: 'Voorbereiding MT.dilemmas', folder: '\\\\fs01\\team-zuid\\Sessies' },
  ],
}

const card = (wrapper: VueWrapper) => wrapper.find('[data-testid="session-file-card"]')
const current = (wrapper: VueWrapper) => wrapper.find('[data-testid="session-file-current"]')
const notices = (wrapper: VueWrapper) => wrapper.findAll('.notice')
const noticeText = (wrapper: VueWrapper) => wrapper.find('.notice__text').text()
const channelCalls = (backend: FakeBackend, channel: string) =>
  backend.calls.filter((call) => call.channel === channel)

async function press(wrapper: VueWrapper, label: string): Promise<void> {
  await buttonByText(card(wrapper), label).trigger('click')
  await settle()
}

describe('session file card', () => {
  it('says when the session has no file yet, and offers open, save and save as', async () => {
    const { wrapper } = await mountConnected(CardWithNotices)
    expect(card(wrapper).find('h3').text()).toBe('Sessiebestand')
    expect(current(wrapper).text()).toBe('Deze sessie is nog niet als bestand opgeslagen.')
    expect(card(wrapper).text()).toContain('Nog geen recente bestanden.')
    expect(buttonByText(card(wrapper), 'Openen…').attributes('aria-keyshortcuts')).toBe('Control+O')
    expect(buttonByText(card(wrapper), 'Opslaan').attributes('aria-keyshortcuts')).toBe('Control+S')
    expect(buttonByText(card(wrapper), 'Opslaan als…').attributes('aria-keyshortcuts')).toBe(
      'Control+Shift+S',
    )
    expect(notices(wrapper)).toHaveLength(0)
  })

  it('shows the open file and follows main’s unsaved-changes marker', async () => {
    const backend = new FakeBackend()
    backend.sessionFile.state = OPEN_FILE
    const { wrapper } = await mountConnected(CardWithNotices, { backend })
    expect(current(wrapper).text().replace(/\s+/g, ' ')).toBe(
      'Open bestand: 2026-11-29 Team Zuid.dilemmas alles opgeslagen',
    )

    backend.pushSessionFile({ ...OPEN_FILE, unsaved: true })
    await settle()
    const marker = wrapper.find('[data-testid="session-file-unsaved"]')
    expect(marker.text()).toBe('niet opgeslagen wijzigingen')
    expect(marker.classes()).toContain('file-card__badge--unsaved')

    backend.pushSessionFile({ ...OPEN_FILE, unsaved: false })
    await settle()
    expect(wrapper.find('[data-testid="session-file-unsaved"]').text()).toBe('alles opgeslagen')
  })

  it('opens a file through main’s dialog and confirms it, also after a migration', async () => {
    const { wrapper, backend } = await mountConnected(CardWithNotices)
    backend.sessionFile.openResult = { ok: true, name: 'Team Zuid.dilemmas' }
    await press(wrapper, 'Openen…')
    expect(channelCalls(backend, CHANNELS.openSessionFile)).toHaveLength(1)
    expect(channelCalls(backend, CHANNELS.openSessionFile)[0]?.payload).toBeUndefined()
    expect(notices(wrapper)).toHaveLength(1)
    expect(notices(wrapper)[0]?.attributes('role')).toBe('status')
    expect(noticeText(wrapper)).toBe('Geopend: Team Zuid.dilemmas')

    backend.sessionFile.openResult = { ok: true, name: 'Oud.dilemmas', migrated: true }
    await press(wrapper, 'Openen…')
    expect(notices(wrapper)).toHaveLength(1)
    expect(noticeText(wrapper)).toBe(
      'Geopend: Oud.dilemmas Dit bestand kwam uit een oudere versie en is bijgewerkt.',
    )
  })

  const PROBLEMS: [SessionFileProblem, string][] = [
    ['unreadable', 'Het bestand kon niet worden gelezen.'],
    ['too-large', 'Het bestand is te groot om een sessiebestand te zijn.'],
    [
      'not-json',
      'Dit is geen sessiebestand van Dansende Dilemma’s (het is beschadigd of onvolledig).',
    ],
    ['foreign', 'Dit is geen sessiebestand van Dansende Dilemma’s, maar een ander soort bestand.'],
    ['corrupt', 'Het sessiebestand is beschadigd: de inhoud klopt niet.'],
    [
      'newer-version',
      'Dit bestand is gemaakt met een nieuwere versie van Dansende Dilemma’s. Werk de app bij om het te openen.',
    ],
    ['missing', 'Het bestand is er niet meer: het is verplaatst, hernoemd of verwijderd.'],
    ['write-failed', 'Het bestand kon niet worden geschreven.'],
    ['timeout', 'De map reageerde niet binnen een paar seconden'],
  ]

  it.each(PROBLEMS)('refuses a file (%s) with a clear message', async (problem, message) => {
    const { wrapper, backend } = await mountConnected(CardWithNotices)
    backend.sessionFile.openResult = { ok: false, reason: problem }
    await press(wrapper, 'Openen…')
    const notice = notices(wrapper)[0]
    expect(notice?.attributes('role')).toBe('alert')
    expect(noticeText(wrapper).startsWith(`Het bestand is niet geopend. ${message}`)).toBe(true)
    expect(noticeText(wrapper).endsWith('Het bestand is niet veranderd.')).toBe(true)
  })

  it('saves, and saves as, through main and confirms with the file name', async () => {
    const { wrapper, backend } = await mountConnected(CardWithNotices)
    backend.sessionFile.saveResult = { ok: true, name: 'Team Zuid.dilemmas' }
    await press(wrapper, 'Opslaan')
    expect(channelCalls(backend, CHANNELS.saveSessionFile)).toHaveLength(1)
    expect(noticeText(wrapper)).toBe('Opgeslagen: Team Zuid.dilemmas')

    backend.sessionFile.saveAsResult = { ok: true, name: 'Team Zuid kopie.dilemmas' }
    await press(wrapper, 'Opslaan als…')
    expect(channelCalls(backend, CHANNELS.saveSessionFileAs)).toHaveLength(1)
    expect(notices(wrapper)).toHaveLength(1)
    expect(noticeText(wrapper)).toBe('Opgeslagen als Team Zuid kopie.dilemmas')
  })

  it('says so when saving fails, and that the work is not lost', async () => {
    const { wrapper, backend } = await mountConnected(CardWithNotices)
    backend.sessionFile.saveResult = { ok: false, reason: 'write-failed' }
    await press(wrapper, 'Opslaan')
    expect(notices(wrapper)[0]?.attributes('role')).toBe('alert')
    expect(noticeText(wrapper)).toContain('De sessie is niet opgeslagen.')
    expect(noticeText(wrapper)).toContain('Je werk is niet verloren')
  })

  it('says so when the folder does not answer in time, and that the work is not lost', async () => {
    const { wrapper, backend } = await mountConnected(CardWithNotices)
    backend.sessionFile.saveResult = { ok: false, reason: 'timeout' }
    await press(wrapper, 'Opslaan')
    expect(notices(wrapper)[0]?.attributes('role')).toBe('alert')
    expect(noticeText(wrapper)).toContain('De sessie is niet opgeslagen.')
    expect(noticeText(wrapper)).toContain('niet binnen een paar seconden')
    expect(noticeText(wrapper)).toContain('je werk is niet verloren')
  })

  it('says nothing when the facilitator cancels the dialog', async () => {
    const { wrapper, backend } = await mountConnected(CardWithNotices)
    backend.sessionFile.openResult = { ok: false, reason: 'cancelled' }
    backend.sessionFile.saveAsResult = { ok: false, reason: 'cancelled' }
    await press(wrapper, 'Openen…')
    await press(wrapper, 'Opslaan als…')
    expect(notices(wrapper)).toHaveLength(0)
  })

  it('opens a recent file by its place in the list, without sending a path', async () => {
    const backend = new FakeBackend()
    backend.sessionFile.state = OPEN_FILE
    backend.sessionFile.recentResult = { ok: true, name: 'Voorbereiding MT.dilemmas' }
    const { wrapper } = await mountConnected(CardWithNotices, { backend })

    const recent = wrapper.findAll('[data-testid="session-file-recent"] button')
    expect(recent.map((b) => b.find('.file-card__name').text())).toEqual([
      '2026-11-29 Team Zuid.dilemmas',
      'Voorbereiding MT.dilemmas',
    ])
    expect(recent[1]?.find('.file-card__folder').text()).toBe('\\\\fs01\\team-zuid\\Sessies')
    await recent[1]?.trigger('click')
    await settle()
    expect(backend.sessionFile.openedRecent).toEqual([1])
    expect(channelCalls(backend, CHANNELS.openRecentSessionFile)[0]?.payload).toBe(1)
    expect(noticeText(wrapper)).toBe('Geopend: Voorbereiding MT.dilemmas')
  })

  it('tells a recent file that is gone apart from a broken one', async () => {
    const backend = new FakeBackend()
    backend.sessionFile.state = OPEN_FILE
    backend.sessionFile.recentResult = { ok: false, reason: 'missing' }
    const { wrapper } = await mountConnected(CardWithNotices, { backend })
    await wrapper.findAll('[data-testid="session-file-recent"] button')[0]?.trigger('click')
    await settle()
    expect(noticeText(wrapper)).toContain('Het bestand is er niet meer')
  })

  it('keeps a problem on screen but lets a confirmation go by itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, backend } = await mountConnected(CardWithNotices)
    backend.sessionFile.saveResult = { ok: true, name: 'Team Zuid.dilemmas' }
    await press(wrapper, 'Opslaan')
    vi.advanceTimersByTime(CONFIRMATION_MS)
    await settle()
    expect(notices(wrapper)).toHaveLength(0)

    backend.sessionFile.openResult = { ok: false, reason: 'corrupt' }
    await press(wrapper, 'Openen…')
    vi.advanceTimersByTime(CONFIRMATION_MS * 3)
    await settle()
    expect(notices(wrapper)).toHaveLength(1)
    await buttonByText(notices(wrapper)[0] as never, 'Sluiten').trigger('click')
    expect(notices(wrapper)).toHaveLength(0)
  })
})

describe('session file notices from main', () => {
  it('shows a file opened by double-click, and a refused one with its name', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    backend.pushNotice({ kind: 'session-file-opened', name: 'Team Zuid.dilemmas', migrated: false })
    await settle()
    expect(noticeText(wrapper)).toBe('Geopend: Team Zuid.dilemmas')

    backend.pushNotice({
      kind: 'session-file-refused',
      name: 'Nieuwer.dilemmas',
      problem: 'newer-version',
    })
    await settle()
    expect(notices(wrapper)).toHaveLength(1)
    expect(notices(wrapper)[0]?.attributes('role')).toBe('alert')
    expect(noticeText(wrapper)).toBe(
      '“Nieuwer.dilemmas” is niet geopend. Dit bestand is gemaakt met een nieuwere versie van Dansende Dilemma’s. Werk de app bij om het te openen. Het bestand is niet veranderd.',
    )
  })

  it('keeps an autosave notice next to file news', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    backend.pushNotice({ kind: 'autosave-failed', folder: 'C:\\Temp' })
    backend.pushNotice({ kind: 'session-file-opened', name: 'A.dilemmas', migrated: false })
    await settle()
    expect(notices(wrapper).map((n) => n.attributes('data-notice'))).toEqual([
      'autosave-failed',
      'session-file-opened',
    ])
  })
})

describe('session files in English', () => {
  it('confirms and refuses in English', async () => {
    const { wrapper, backend } = await mountConnected(CardWithNotices, { locale: 'en' })
    backend.sessionFile.openResult = { ok: true, name: 'Team.dilemmas', migrated: true }
    await buttonByText(card(wrapper), 'Open…').trigger('click')
    await settle()
    expect(noticeText(wrapper)).toBe(
      'Opened: Team.dilemmas This file came from an older version and has been updated.',
    )

    backend.sessionFile.openResult = { ok: false, reason: 'not-json' }
    await buttonByText(card(wrapper), 'Open…').trigger('click')
    await settle()
    expect(noticeText(wrapper)).toBe(
      "The file was not opened. This is not a Dansende Dilemma's session file (it is damaged or incomplete). The file has not been changed.",
    )
  })
})
