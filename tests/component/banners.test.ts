import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import FailureBanner from '../../renderer/src/presenter/shell/FailureBanner.vue'
import NoticeBanner from '../../renderer/src/presenter/shell/NoticeBanner.vue'
import { COMMAND_ERROR_CODES } from '@core/commands/schema'
import { FakeBackend, TEST_NOW } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

describe('FailureBanner', () => {
  it('is absent while nothing failed', async () => {
    const { wrapper } = await mountConnected(FailureBanner)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('shows the Dutch text for a rejected command and can be dismissed', async () => {
    const { wrapper, store } = await mountConnected(FailureBanner)

    await store.dispatch({ type: 'dilemma/remove', id: 'al-weg' })
    await flushPromises()

    const alert = wrapper.find('[role="alert"]')
    expect(alert.exists()).toBe(true)
    expect(alert.find('span').text()).toBe('Dat dilemma bestaat niet meer.')

    await buttonByText(wrapper, 'Sluiten').trigger('click')
    expect(store.lastFailure).toBeNull()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it.each([
    ['unknown-principle', { type: 'projector/show-principle', principleId: 'weg' }],
    ['invalid-command', { type: 'dilemma/move', id: 'd1', toIndex: -1 }],
  ] as const)('shows the Dutch text for %s', async (code, command) => {
    const texts = {
      'unknown-principle': 'Dat principe bestaat niet meer.',
      'invalid-command': 'Dat kon niet worden verwerkt: de invoer klopt niet.',
    }
    const { wrapper, store } = await mountConnected(FailureBanner)
    await store.dispatch(command)
    await flushPromises()
    expect(store.lastFailure).toBe(code)
    expect(wrapper.find('[role="alert"] span').text()).toBe(texts[code])
  })

  it('shows the Dutch text for a command main refuses as invalid-result', async () => {
    // Main's clock between two milliseconds: the result would not pass the session schema.
    const backend = new FakeBackend({ clock: { now: () => TEST_NOW + 0.5 } })
    const { wrapper, store } = await mountConnected(FailureBanner, { backend })
    await store.dispatch({ type: 'dilemma/add', title: 'Iets' })
    await flushPromises()
    expect(store.lastFailure).toBe('invalid-result')
    expect(wrapper.find('[role="alert"] span').text()).toBe(
      'Dat kan niet: daarna zou je sessie niet meer op te slaan en te openen zijn. Er is niets veranderd.',
    )
  })

  it.each(['nl', 'en'] as const)(
    'has a text of its own for every error code in %s',
    async (locale) => {
      const { wrapper, store } = await mountConnected(FailureBanner, { locale })
      const texts = new Set<string>()
      for (const code of COMMAND_ERROR_CODES) {
        store.reportFailure(code)
        await flushPromises()
        const text = wrapper.find('[role="alert"] span').text()
        expect(text, code).not.toContain(code)
        expect(text.length, code).toBeGreaterThan(10)
        texts.add(text)
      }
      expect(texts.size).toBe(COMMAND_ERROR_CODES.length)
    },
  )

  it('shows the reassuring text when the call itself fails', async () => {
    const { wrapper, store, backend } = await mountConnected(FailureBanner)
    backend.failNextDispatch()
    await store.dispatch({ type: 'dilemma/add', title: 'Iets' })
    await flushPromises()
    expect(wrapper.find('[role="alert"] span').text()).toBe(
      'Er ging iets mis. Je werk is bewaard; probeer het opnieuw.',
    )
  })

  it('disappears by itself after the next command succeeds', async () => {
    const { wrapper, store } = await mountConnected(FailureBanner)
    await store.dispatch({ type: 'dilemma/remove', id: 'al-weg' })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)

    await store.dispatch({ type: 'dilemma/add', title: 'Nu wel' })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})

describe('NoticeBanner', () => {
  const folder = 'C:\\Users\\Facilitator\\Documents\\Dansende Dilemma’s'

  it('shows an autosave-failed notice with the folder', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    expect(wrapper.findAll('[role="status"]')).toHaveLength(0)

    backend.pushNotice({ kind: 'autosave-failed', folder })
    await flushPromises()

    const notices = wrapper.findAll('[role="status"]')
    expect(notices).toHaveLength(1)
    expect(notices[0]?.classes()).toContain('notice--autosave-failed')
    expect(notices[0]?.find('span').text()).toBe(
      `Automatisch opslaan is mislukt. Je werk staat veilig in het geheugen en de app probeert het opnieuw. Map: ${folder}`,
    )
  })

  it('says so as an alert when the beamer could not be loaded, next to an autosave notice', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    backend.pushNotice({ kind: 'autosave-failed', folder })
    backend.pushNotice({ kind: 'beamer-failed' })
    await flushPromises()

    const alert = wrapper.find('[role="alert"]')
    expect(alert.attributes('data-notice')).toBe('beamer-failed')
    expect(alert.find('span').text()).toBe(
      'Het beamerscherm kon niet worden geladen en is gesloten. Open het opnieuw om het nog eens te proberen.',
    )
    expect(wrapper.findAll('[role="status"]')).toHaveLength(1)
  })

  it('can be dismissed', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    backend.pushNotice({ kind: 'autosave-failed', folder })
    await flushPromises()

    await buttonByText(wrapper, 'Sluiten').trigger('click')
    expect(wrapper.findAll('[role="status"]')).toHaveLength(0)
  })

  it('shows a repeated failure once, and a recovery replaces it', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    backend.pushNotice({ kind: 'autosave-failed', folder })
    backend.pushNotice({ kind: 'autosave-failed', folder })
    await flushPromises()
    expect(wrapper.findAll('[role="status"]')).toHaveLength(1)

    backend.pushNotice({ kind: 'autosave-recovered' })
    await flushPromises()
    const notices = wrapper.findAll('[role="status"]')
    expect(notices).toHaveLength(1)
    expect(notices[0]?.text()).toContain('Automatisch opslaan werkt weer.')
  })

  it('never shows "works again" next to a newer failure, nor twice', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    backend.pushNotice({ kind: 'autosave-failed', folder })
    backend.pushNotice({ kind: 'autosave-recovered' })
    backend.pushNotice({ kind: 'autosave-failed', folder })
    await flushPromises()

    let notices = wrapper.findAll('[role="status"]')
    expect(notices.map((n) => n.classes('notice--autosave-failed'))).toEqual([true])

    backend.pushNotice({ kind: 'autosave-recovered' })
    await flushPromises()
    notices = wrapper.findAll('[role="status"]')
    expect(notices.map((n) => n.classes('notice--autosave-recovered'))).toEqual([true])
  })

  it('stops listening when unmounted', async () => {
    const { wrapper, backend } = await mountConnected(NoticeBanner)
    expect(backend.noticeListenerCount).toBe(1)
    wrapper.unmount()
    expect(backend.noticeListenerCount).toBe(0)
  })
})
