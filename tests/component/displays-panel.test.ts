import { CHANNELS } from '@contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ProjectorShrinkButton from '../../renderer/src/presenter/displays/ProjectorShrinkButton.vue'
import DisplaysPanel from '../../renderer/src/presenter/displays/DisplaysPanel.vue'
import { BEAMER, LAPTOP } from '../support/fake-displays'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, settle } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const TV = {
  id: 3,
  label: 'LG TV',
  bounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  workArea: { x: -1920, y: 0, width: 1920, height: 1080 },
  scaleFactor: 2,
}

async function mountPanel(configure?: (backend: FakeBackend) => void, locale?: 'nl' | 'en') {
  const backend = new FakeBackend()
  configure?.(backend)
  const mounted = await mountConnected(DisplaysPanel, { backend, ...(locale ? { locale } : {}) })
  await settle()
  return mounted
}

function cards(wrapper: Awaited<ReturnType<typeof mountPanel>>['wrapper']) {
  return wrapper.findAll('[data-testid="display-card"]')
}

describe('DisplaysPanel', () => {
  it('lists every display with its number, name, resolution and roles', async () => {
    const { wrapper } = await mountPanel((backend) => backend.displays.reset([LAPTOP, BEAMER, TV]))
    const rows = cards(wrapper)
    expect(rows).toHaveLength(3)
    // Numbered left to right, as "Schermen herkennen" shows them.
    expect(rows.map((row) => row.find('.display__number').text())).toEqual(['1', '2', '3'])
    expect(rows.map((row) => row.find('.display__name').text())).toEqual([
      'Scherm 1: LG TV',
      'Scherm 2: Ingebouwd scherm',
      'Scherm 3: EPSON PJ',
    ])
    expect(rows.map((row) => row.find('.display__resolution').text())).toEqual([
      '3840 × 2160',
      '1920 × 1080',
      '1280 × 800',
    ])
    const badges = rows.map((row) => row.findAll('.display__badge').map((b) => b.text()))
    expect(badges).toEqual([[], ['Hoofdscherm', 'Begeleidersscherm'], ['Beamer']])
    expect(wrapper.find('[data-testid="displays-status"]').text()).toBe(
      'Het beamerscherm staat schermvullend op EPSON PJ.',
    )
  })

  it('names a display without a label by its number', async () => {
    const { wrapper } = await mountPanel((backend) =>
      backend.displays.reset([LAPTOP, { ...BEAMER, label: '' }]),
    )
    expect(cards(wrapper)[1]?.find('.display__name').text()).toBe('Scherm 2: Scherm 2')
  })

  it('moves the projector to the chosen display by its id', async () => {
    const { wrapper, backend } = await mountPanel((b) => b.displays.reset([LAPTOP, BEAMER, TV]))
    const tvCard = cards(wrapper)[0]
    if (!tvCard) throw new Error('no card')
    await buttonByText(tvCard, 'Beamer hierheen').trigger('click')
    await settle()
    const calls = backend.calls.filter((c) => c.channel === CHANNELS.chooseProjectorDisplay)
    expect(calls).toEqual([
      { page: 'presenter', channel: CHANNELS.chooseProjectorDisplay, payload: 3 },
    ])
    expect(backend.displays.state.remembered).toEqual({ id: 3, label: 'LG TV' })
    const after = cards(wrapper)
    expect(buttonByText(after[0] ?? wrapper, 'Beamer staat hier').element.disabled).toBe(true)
    expect(buttonByText(after[2] ?? wrapper, 'Beamer hierheen').element.disabled).toBe(false)
    expect(wrapper.find('[data-testid="displays-status"]').text()).toContain('LG TV')
  })

  it('identifies the displays, and says so for three seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, backend } = await mountPanel()
    const button = wrapper.find<HTMLButtonElement>('[data-testid="identify-displays"]')
    expect(button.text()).toBe('Schermen herkennen')
    await button.trigger('click')
    await settle()
    expect(backend.displays.identifyRequests).toBe(1)
    expect(button.element.disabled).toBe(true)
    expect(wrapper.text()).toContain('Elk scherm toont nu zijn nummer')
    vi.advanceTimersByTime(3000)
    await settle()
    expect(button.element.disabled).toBe(false)
  })

  it('single screen: says the projector stays beside the presenter, and offers fullscreen', async () => {
    const { wrapper, backend } = await mountPanel((b) => b.displays.reset([LAPTOP]))
    expect(wrapper.find('[data-testid="displays-single"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="displays-status"]').text()).toBe(
      'Het beamerscherm staat als venster op Ingebouwd scherm.',
    )
    await buttonByText(wrapper, 'Beamer op dit scherm schermvullend').trigger('click')
    await settle()
    expect(backend.displays.state.coverPresenter).toBe(true)
    expect(wrapper.find('[data-testid="displays-single"]').exists()).toBe(false)
    // A visible way back, and the Esc hint.
    const status = wrapper.find('[data-testid="displays-status"]').text()
    expect(status).toContain('bedekt nu het begeleidersscherm')
    expect(status).toContain('Esc')
    await buttonByText(wrapper, 'Beamer verkleinen').trigger('click')
    await settle()
    expect(backend.displays.state.coverPresenter).toBe(false)
    expect(wrapper.find('[data-testid="shrink-projector"]').exists()).toBe(false)
  })

  it('follows hot-plug pushes from main', async () => {
    const { wrapper, backend } = await mountPanel((b) => b.displays.reset([LAPTOP]))
    backend.displays.emit({ type: 'display-added', display: BEAMER })
    await settle()
    expect(cards(wrapper)).toHaveLength(2)
    expect(wrapper.find('[data-testid="displays-single"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="displays-status"]').text()).toBe(
      'Het beamerscherm staat schermvullend op EPSON PJ.',
    )
    backend.displays.emit({ type: 'display-removed', display: BEAMER })
    await settle()
    expect(cards(wrapper)).toHaveLength(1)
    expect(wrapper.find('[data-testid="displays-status"]').text()).toContain('als venster')
  })

  it('says when the projector is hidden', async () => {
    const { wrapper, backend } = await mountPanel()
    backend.displays.setProjectorVisible(false)
    await settle()
    expect(wrapper.find('[data-testid="displays-status"]').text()).toContain('verborgen')
  })

  it('tells when the remembered display is missing or the stored choice was reset', async () => {
    const { wrapper } = await mountPanel((backend) => {
      backend.displays.reset([LAPTOP, BEAMER], { id: 9, label: 'Oude beamer' })
      backend.displays.settingsReset = true
    })
    expect(wrapper.find('[data-testid="displays-missing"]').text()).toBe(
      'Het onthouden scherm “Oude beamer” is niet aangesloten.',
    )
    expect(wrapper.find('[data-testid="displays-settings-reset"]').text()).toContain(
      'niet verwijderd, maar verplaatst naar',
    )
  })

  it('shows a hostile display name as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>'
    const { wrapper } = await mountPanel((b) =>
      b.displays.reset([LAPTOP, { ...BEAMER, label: hostile }]),
    )
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toContain(hostile)
  })

  it('speaks English when the session does', async () => {
    const { wrapper } = await mountPanel(undefined, 'en')
    expect(wrapper.find('h2').text()).toBe('Displays')
    expect(wrapper.find('[data-testid="identify-displays"]').text()).toBe('Identify displays')
  })

  it('reports a failed request as a failure banner, not a crash', async () => {
    const { wrapper, store } = await mountPanel()
    const api = window.dilemmaApi
    if (!api || !('setProjectorFullscreenHere' in api)) throw new Error('no presenter api')
    window.dilemmaApi = {
      ...api,
      setProjectorFullscreenHere: () => Promise.reject(new Error('main threw')),
    }
    await buttonByText(wrapper, 'Beamer op dit scherm schermvullend').trigger('click')
    await settle()
    expect(store.lastFailure).toBe('unexpected')
    expect(cards(wrapper)).toHaveLength(2)
  })

  it('stops listening for pushes when it is unmounted', async () => {
    const { wrapper, backend } = await mountPanel()
    expect(backend.displays.listenerCount).toBe(1)
    wrapper.unmount()
    expect(backend.displays.listenerCount).toBe(0)
  })
})

describe('ProjectorShrinkButton (top bar)', () => {
  it('appears only while the projector covers the presenter, and shrinks it', async () => {
    const backend = new FakeBackend()
    backend.displays.reset([LAPTOP])
    const { wrapper } = await mountConnected(ProjectorShrinkButton, { backend })
    await settle()
    expect(wrapper.find('button').exists()).toBe(false)
    backend.displays.actions().setProjectorFullscreenHere(true)
    await settle()
    const button = wrapper.find('[data-testid="top-shrink-projector"]')
    expect(button.text()).toBe('Beamer verkleinen')
    await button.trigger('click')
    await settle()
    expect(backend.displays.state.coverPresenter).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
  })
})
