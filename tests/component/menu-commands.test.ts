import { CHANNELS } from '@contract'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PresenterApp from '../../renderer/src/presenter/PresenterApp.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, settle } from './support/harness'

afterEach(cleanup)

const FILE_CHANNELS: readonly string[] = [
  CHANNELS.openSessionFile,
  CHANNELS.openRecentSessionFile,
  CHANNELS.saveSessionFile,
  CHANNELS.saveSessionFileAs,
]

const fileCalls = (backend: FakeBackend) =>
  backend.calls
    .filter((call) => FILE_CHANNELS.includes(call.channel))
    .map((call) => [call.channel, call.payload])

const activeSection = (wrapper: VueWrapper) =>
  wrapper.find('[data-active-section]').attributes('data-active-section')

const overview = (wrapper: VueWrapper) =>
  wrapper.get<HTMLDialogElement>('[data-testid="shortcut-overview"]').element

async function push(backend: FakeBackend, payload: unknown): Promise<void> {
  backend.pushMenuCommand(payload)
  await settle()
}

describe('menu commands in the presenter', () => {
  it('opens the shortcut overview', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    expect(overview(wrapper).open).toBe(false)
    await push(backend, { kind: 'shortcuts' })
    expect(overview(wrapper).open).toBe(true)
  })

  it('opens the section asked for', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    expect(activeSection(wrapper)).toBe('session')
    await push(backend, { kind: 'section', section: 'report' })
    expect(activeSection(wrapper)).toBe('report')
    expect(wrapper.find('[data-active-section] h2').text()).toBe('Verslag')
    await push(backend, { kind: 'section', section: 'team' })
    expect(activeSection(wrapper)).toBe('team')
    expect(wrapper.find('[data-active-section] h2').text()).toBe('Teamoverzicht')
    await push(backend, { kind: 'section', section: 'displays' })
    expect(activeSection(wrapper)).toBe('displays')
    await push(backend, { kind: 'section', section: 'session' })
    expect(activeSection(wrapper)).toBe('session')
  })

  it('opens, saves and saves as through main, as the keys do', async () => {
    const { backend } = await mountConnected(PresenterApp)
    await push(backend, { kind: 'file', action: 'open' })
    await push(backend, { kind: 'file', action: 'save' })
    await push(backend, { kind: 'file', action: 'save-as' })
    await push(backend, { kind: 'open-recent', index: 2 })
    expect(fileCalls(backend)).toEqual([
      [CHANNELS.openSessionFile, undefined],
      [CHANNELS.saveSessionFile, undefined],
      [CHANNELS.saveSessionFileAs, undefined],
      [CHANNELS.openRecentSessionFile, 2],
    ])
    expect(backend.sessionFile.openedRecent).toEqual([2])
  })

  it('shows how a save from the menu went', async () => {
    const backend = new FakeBackend()
    backend.sessionFile.saveResult = { ok: true, name: 'Team Zuid.dilemmas' }
    const { wrapper } = await mountConnected(PresenterApp, { backend })
    await push(backend, { kind: 'file', action: 'save' })
    expect(wrapper.text()).toContain('Team Zuid.dilemmas')
  })

  it('sends the last typed letters of a field before saving, and keeps the focus there', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    const title = wrapper.find<HTMLInputElement>('[data-active-section] input:not([type])')
    title.element.focus()
    await title.setValue('Team Zuid')
    await push(backend, { kind: 'file', action: 'save' })
    const order = backend.calls
      .map((call) => call.channel)
      .filter((channel) => channel === CHANNELS.dispatch || channel === CHANNELS.saveSessionFile)
    expect(order).toEqual([CHANNELS.dispatch, CHANNELS.saveSessionFile])
    expect(backend.host.getSnapshot().session.setup.title).toBe('Team Zuid')
    expect(document.activeElement).toBe(title.element)
  })

  it('ignores anything that is not exactly a menu command', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    const junk: unknown[] = [
      null,
      'shortcuts',
      { kind: 'section', section: 'settings' },
      { kind: 'file', action: 'delete' },
      { kind: 'file', action: 'save', path: '/etc/passwd' },
      { kind: 'open-recent', index: -1 },
      { kind: 'shortcuts', extra: 1 },
    ]
    for (const payload of junk) await push(backend, payload)
    expect(fileCalls(backend)).toEqual([])
    expect(activeSection(wrapper)).toBe('session')
    expect(overview(wrapper).open).toBe(false)
  })

  it('stops listening when the presenter goes away', async () => {
    const { wrapper, backend } = await mountConnected(PresenterApp)
    expect(backend.menuCommandListenerCount).toBe(1)
    wrapper.unmount()
    expect(backend.menuCommandListenerCount).toBe(0)
  })
})
