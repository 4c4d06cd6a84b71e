import { CHANNELS, type SessionFileState } from '@contract'
import { SHORTCUTS } from '@core/keys/shortcuts'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PresenterApp from '../../renderer/src/presenter/PresenterApp.vue'
import { sessionFileKeyFor } from '../../renderer/src/presenter/session-file/use-session-file-keys'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, settle } from './support/harness'

afterEach(cleanup)

const FILE_CHANNELS: readonly string[] = [
  CHANNELS.openSessionFile,
  CHANNELS.saveSessionFile,
  CHANNELS.saveSessionFileAs,
]

const fileCalls = (backend: FakeBackend) =>
  backend.calls.filter((call) => FILE_CHANNELS.includes(call.channel)).map((call) => call.channel)

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

const SAVED: SessionFileState = {
  name: 'Team Zuid.dilemmas',
  folder: 'C:\\Users\\Facilitator\\Documents',
  unsaved: false,
  recent: [],
}

const indicator = (wrapper: VueWrapper) => wrapper.find('[data-testid="session-file-indicator"]')

describe('session file keys', () => {
  it('maps Ctrl (or Cmd) with S, Shift+S and O, and nothing else', () => {
    const base = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }
    const key = (k: string, mods: Partial<typeof base> = {}) =>
      sessionFileKeyFor({ ...base, repeat: false, isComposing: false, key: k, ...mods })
    expect(key('s', { ctrlKey: true })).toBe('save')
    expect(key('S', { ctrlKey: true, shiftKey: true })).toBe('save-as')
    expect(key('o', { metaKey: true })).toBe('open')
    expect(key('s')).toBeNull()
    expect(key('s', { ctrlKey: true, altKey: true })).toBeNull()
    expect(key('O', { ctrlKey: true, shiftKey: true })).toBeNull()
    expect(key('z', { ctrlKey: true })).toBeNull()
  })

  it('saves, saves as and opens from anywhere in the presenter, instead of the browser', async () => {
    const { backend } = await mountConnected(PresenterApp)
    const save = press(window, 's', { ctrlKey: true })
    await settle()
    const saveAs = press(document.body, 'S', { ctrlKey: true, shiftKey: true })
    await settle()
    const open = press(document.body, 'o', { metaKey: true })
    await settle()

    expect(fileCalls(backend)).toEqual([
      CHANNELS.saveSessionFile,
      CHANNELS.saveSessionFileAs,
      CHANNELS.openSessionFile,
    ])
    expect([save, saveAs, open].map((event) => event.defaultPrevented)).toEqual([true, true, true])
  })

  it('works inside a text field, and sends the last typed letters before saving', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    const title = wrapper.find<HTMLInputElement>('[data-active-section] input:not([type])')
    title.element.focus()
    await title.setValue('Team Zuid')

    const event = press(title.element, 's', { ctrlKey: true })
    await settle()
    expect(event.defaultPrevented).toBe(true)
    const order = backend.calls
      .map((call) => call.channel)
      .filter((channel) => channel === CHANNELS.dispatch || channel === CHANNELS.saveSessionFile)
    expect(order).toEqual([CHANNELS.dispatch, CHANNELS.saveSessionFile])
    expect(backend.host.getSnapshot().session.setup.title).toBe('Team Zuid')
    // The facilitator goes on typing where they were.
    expect(document.activeElement).toBe(title.element)
  })

  it('does not open a dialog for every repeat of a held-down key', async () => {
    const { backend } = await mountConnected(PresenterApp)
    const held = press(window, 'o', { ctrlKey: true, repeat: true })
    await settle()
    expect(held.defaultPrevented).toBe(true)
    expect(fileCalls(backend)).toEqual([])
  })

  it('are listed in the shortcut overview', () => {
    const listed = SHORTCUTS.filter((s) => s.handler === 'file-keys')
    expect(listed.map((s) => [s.action, s.combos])).toEqual([
      ['save-file', [['Ctrl', 'S']]],
      ['save-file-as', [['Ctrl', 'Shift', 'S']]],
      ['open-file', [['Ctrl', 'O']]],
    ])
  })
})

describe('session file in the top bar', () => {
  it('shows the open file’s name and marks unsaved changes as main reports them', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    expect(indicator(wrapper).exists()).toBe(false)

    backend.pushSessionFile(SAVED)
    await settle()
    expect(wrapper.find('header').find('[data-testid="session-file-indicator"]').exists()).toBe(
      true,
    )
    expect(indicator(wrapper).text()).toBe('Sessiebestand: Team Zuid.dilemmas')
    expect(wrapper.find('[data-testid="session-file-dirty"]').exists()).toBe(false)

    backend.pushSessionFile({ ...SAVED, unsaved: true })
    await settle()
    expect(wrapper.find('[data-testid="session-file-dirty"]').text()).toBe('● niet opgeslagen')

    backend.pushSessionFile({ ...SAVED, unsaved: false })
    await settle()
    expect(wrapper.find('[data-testid="session-file-dirty"]').exists()).toBe(false)
  })

  it('reads the state main already has when the window opens', async () => {
    const backend = new FakeBackend()
    backend.sessionFile.state = { ...SAVED, unsaved: true }
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    expect(indicator(wrapper).text()).toContain('Team Zuid.dilemmas')
    expect(wrapper.find('[data-testid="session-file-dirty"]').exists()).toBe(true)
    // The Sessie section shows the same file, from the same state.
    expect(wrapper.find('[data-testid="session-file-unsaved"]').text()).toBe(
      'niet opgeslagen wijzigingen',
    )
    expect(backend.calls.filter((c) => c.channel === CHANNELS.getSessionFile)).toHaveLength(1)
  })
})
