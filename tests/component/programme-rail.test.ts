import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProgrammeRail from '../../renderer/src/presenter/programme/ProgrammeRail.vue'
import { FakeBackend, TEST_NOW } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

type Wrapper = Awaited<ReturnType<typeof mountRail>>['wrapper']

function mountRail(backend = new FakeBackend(), locale: 'nl' | 'en' = 'nl') {
  return mountConnected(ProgrammeRail, { backend, locale })
}

/** The local clock time as the rail should write it (HH:MM), computed without Intl. */
function clock(epoch: number): string {
  const date = new Date(epoch)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`
}

const items = (wrapper: Wrapper) => wrapper.findAll('.rail-item__button')
const titles = (wrapper: Wrapper) => wrapper.findAll('.rail-item__title').map((t) => t.text())
const current = (wrapper: Wrapper) => wrapper.findAll('[aria-current="step"]')

describe('ProgrammeRail', () => {
  it('lists the phases in order with kind, planned minutes and the planned total', async () => {
    const { wrapper } = await mountRail()

    expect(titles(wrapper)).toEqual([
      'Welkom en introductie',
      'Starter: lijnopstelling',
      'Ambtelijk vakmanschap',
      'Casuïstiek',
      'Opbrengst',
      'Afronding',
    ])
    const harvest = items(wrapper)[4]
    expect(harvest?.find('.rail-item__kind').text()).toBe('Opbrengst')
    expect(harvest?.text()).toContain('20 min')
    expect(items(wrapper)[2]?.find('.rail-item__kind').text()).toBe('Uitleg')
    expect(wrapper.text()).toContain('Gepland: 120 van 120 min')
    expect(current(wrapper)).toHaveLength(0)
    // No phase is running, so there are no phase notes to show yet.
    expect(wrapper.find('textarea').exists()).toBe(false)
  })

  it('starts the programme at the first phase', async () => {
    const { wrapper, backend, store } = await mountRail()
    expect(wrapper.text()).toContain('Eerst: Welkom en introductie')
    expect(wrapper.text()).not.toContain('Volgende fase')

    await buttonByText(wrapper, 'Programma starten').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'phase/go', id: 'ph1' }])
    expect(store.session?.currentPhaseId).toBe('ph1')
    expect(current(wrapper).map((item) => item.attributes('data-phase-id'))).toEqual(['ph1'])
    expect(wrapper.text()).not.toContain('Programma starten')
    expect(buttonByText(wrapper, 'Vorige').element.disabled).toBe(true)
    expect(buttonByText(wrapper, 'Volgende fase').element.disabled).toBe(false)
    expect(wrapper.text()).toContain('Hierna: Starter: lijnopstelling')
  })

  it('marks only the current phase and follows changes made elsewhere', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountRail(backend)
    backend.apply({ type: 'phase/go', id: 'ph3' })
    await flushPromises()

    const marked = current(wrapper)
    expect(marked).toHaveLength(1)
    expect(marked[0]?.find('.rail-item__title').text()).toBe('Ambtelijk vakmanschap')
    expect(marked[0]?.element.closest('li')?.classList).toContain('rail-item--current')
  })

  it('steps forward and back, and disables each button at its end', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/go', id: 'ph5' })
    const { wrapper, store } = await mountRail(backend)
    expect(wrapper.text()).toContain('Hierna: Afronding')

    await buttonByText(wrapper, 'Volgende fase').trigger('click')
    await flushPromises()
    expect(store.session?.currentPhaseId).toBe('ph6')
    expect(wrapper.text()).not.toContain('Volgende fase')
    expect(wrapper.text()).toContain('Dit is de laatste fase.')

    // At the end, "next" becomes "finish": it records the last phase's end time once.
    await buttonByText(wrapper, 'Programma afronden').trigger('click')
    await flushPromises()
    expect(store.session?.phases[5]?.endedAt).toBe(TEST_NOW)
    expect(store.session?.currentPhaseId).toBe('ph6')
    expect(buttonByText(wrapper, 'Afgerond').element.disabled).toBe(true)

    await buttonByText(wrapper, 'Vorige').trigger('click')
    await flushPromises()
    expect(store.session?.currentPhaseId).toBe('ph5')
    expect(backend.dispatched).toEqual([
      { type: 'phase/next' },
      { type: 'phase/finish' },
      { type: 'phase/previous' },
    ])

    backend.apply({ type: 'phase/go', id: 'ph1' })
    await flushPromises()
    expect(buttonByText(wrapper, 'Vorige').element.disabled).toBe(true)
  })

  it('goes to a phase when it is clicked', async () => {
    const { wrapper, backend, store } = await mountRail()
    await items(wrapper)[3]?.trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'phase/go', id: 'ph4' }])
    expect(store.session?.currentPhaseId).toBe('ph4')
  })

  it('shows when a phase started, and how long it took once left', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountRail(backend)
    backend.apply({ type: 'phase/go', id: 'ph2' })
    await flushPromises()

    expect(items(wrapper)[1]?.find('.rail-item__start').text()).toBe(`Begon ${clock(TEST_NOW)}`)
    expect(items(wrapper)[1]?.find('.rail-item__took').exists()).toBe(false)
    expect(items(wrapper)[0]?.find('.rail-item__times').exists()).toBe(false)

    // The fake clock stands still, so a phase left at once took 0 minutes.
    backend.apply({ type: 'phase/next' })
    await flushPromises()
    expect(items(wrapper)[1]?.find('.rail-item__took').text()).toBe('· duurde 0 min')
  })

  it('rounds the actual length of a phase to whole minutes', async () => {
    const session: Session = createSession(TEST_NOW)
    const [first] = session.phases
    if (!first) throw new Error('default programme is empty')
    session.phases[0] = { ...first, startedAt: TEST_NOW, endedAt: TEST_NOW + 12 * 60_000 + 20_000 }
    const { wrapper } = await mountRail(new FakeBackend({ session }))

    expect(items(wrapper)[0]?.find('.rail-item__times').text()).toBe(
      `Begon ${clock(TEST_NOW)} · duurde 12 min`,
    )
  })

  it('edits the private notes of the current phase', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/go', id: 'ph2' })
    const { wrapper, store } = await mountRail(backend)

    expect(wrapper.text()).toContain('Notities bij deze fase')
    expect(wrapper.text()).toContain('Alleen voor jou; komt nooit op de beamer')
    const notes = wrapper.find<HTMLTextAreaElement>('textarea')
    expect(notes.element.value).toContain('Iedereen gaat op de denkbeeldige lijn staan')

    await notes.trigger('focus')
    await notes.setValue('Groep is stil; zelf eerst gaan staan.')
    await notes.trigger('blur')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'phase/edit', id: 'ph2', notes: 'Groep is stil; zelf eerst gaan staan.' },
    ])
    expect(store.session?.phases[1]?.notes).toBe('Groep is stil; zelf eerst gaan staan.')
  })

  it('keeps a notes draft with its own phase when the phase changes while typing', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'phase/go', id: 'ph2' })
    const { wrapper, store } = await mountRail(backend)
    const notes = wrapper.find<HTMLTextAreaElement>('textarea')
    await notes.trigger('focus')
    await notes.setValue('Half getypt')

    // A clicker moves on before the throttled commit has gone out.
    backend.apply({ type: 'phase/next' })
    await flushPromises()
    await flushPromises()

    expect(store.session?.phases[1]?.notes).toBe('Half getypt')
    expect(store.session?.phases[2]?.notes).not.toBe('Half getypt')
    expect(wrapper.find<HTMLTextAreaElement>('textarea').element.value).toContain(
      'Eigen traject en voorbeelden',
    )
  })

  it('shows a hostile title as plain text', async () => {
    const backend = new FakeBackend()
    const hostile = '<img src=x onerror="alert(1)"> Welkom'
    backend.apply({ type: 'phase/edit', id: 'ph1', title: hostile })
    const { wrapper } = await mountRail(backend)

    expect(titles(wrapper)[0]).toBe(hostile)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('.rail-item__title').attributes('dir')).toBe('auto')
  })

  it('speaks English, including the kind names', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountRail(backend, 'en')
    expect(items(wrapper)[3]?.find('.rail-item__kind').text()).toBe('Casework')
    expect(items(wrapper)[2]?.find('.rail-item__kind').text()).toBe('Explanation')
    expect(wrapper.text()).toContain('Planned: 120 of 120 min')
    expect(buttonByText(wrapper, 'Start the programme').exists()).toBe(true)
  })
})
