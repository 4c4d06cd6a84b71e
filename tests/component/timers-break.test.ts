import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import BreakControl from '../../renderer/src/presenter/timers/BreakControl.vue'
import { minutesUntil, parseBreakMinutes } from '../../renderer/src/presenter/timers/use-break'
import BreakView from '../../renderer/src/stage/views/BreakView.vue'
import { TEST_NOW } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'
import { advance, clockTime, MINUTE, timedBackend, useFakeClock } from './support/timer-clock'

beforeEach(useFakeClock)
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

type Wrapper = Awaited<ReturnType<typeof mountConnected>>['wrapper']
const byTestId = (wrapper: Wrapper, id: string) => wrapper.get(`[data-testid="${id}"]`).text()

describe('BreakControl', () => {
  it('starts a break of N minutes and shows until when, counting down', async () => {
    const { wrapper, backend, store } = await mountConnected(BreakControl, {
      backend: timedBackend(),
    })
    await wrapper.get('input[type="number"]').setValue('10')
    await buttonByText(wrapper, 'Pauze starten').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'timer/start-break', minutes: 10 }])
    expect(store.session?.timers.breakEndsAt).toBe(TEST_NOW + 10 * MINUTE)
    expect(byTestId(wrapper, 'break-until')).toBe(`Pauze tot ${clockTime(TEST_NOW + 10 * MINUTE)}`)
    expect(byTestId(wrapper, 'break-countdown')).toBe('nog 10:00')
    await advance(1_000)
    expect(byTestId(wrapper, 'break-countdown')).toBe('nog 09:59')

    await advance(10 * MINUTE)
    expect(byTestId(wrapper, 'break-over')).toContain('De pauze is voorbij')
    await buttonByText(wrapper, 'Pauze beëindigen').trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({ type: 'timer/end-break' })
    expect(store.session?.timers.breakEndsAt).toBeNull()
    expect(wrapper.find('[data-testid="break-until"]').exists()).toBe(false)
  })

  it('starts a break until a typed time, converted to minutes', async () => {
    const { wrapper, backend } = await mountConnected(BreakControl, { backend: timedBackend() })
    const until = clockTime(TEST_NOW + 25 * MINUTE)
    await wrapper.get('input[type="time"]').setValue(until)
    await buttonByText(wrapper, 'Pauze tot die tijd starten').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'timer/start-break', minutes: 25 }])
    expect(byTestId(wrapper, 'break-until')).toBe(`Pauze tot ${until}`)
  })

  it('refuses a time that has passed or a length main would not take', async () => {
    const { wrapper, backend } = await mountConnected(BreakControl, { backend: timedBackend() })
    await wrapper.get('input[type="time"]').setValue(clockTime(TEST_NOW - 5 * MINUTE))
    await buttonByText(wrapper, 'Pauze tot die tijd starten').trigger('click')
    await wrapper.get('input[type="number"]').setValue('0')
    await buttonByText(wrapper, 'Pauze starten').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([])
    expect(wrapper.text()).toContain('Kies een tijd na nu, binnen 2 uur.')
    expect(wrapper.text()).toContain('Kies 1 tot 120 minuten.')
    expect(wrapper.get('input[type="time"]').attributes('aria-invalid')).toBe('true')
  })

  it('turns typed times and lengths into whole minutes', () => {
    const now = new Date(2025, 2, 14, 14, 20, 30).getTime()
    expect(minutesUntil('14:35', now)).toBe(15)
    expect(minutesUntil('14:21', now)).toBe(1)
    expect(minutesUntil('16:20', now)).toBe(120)
    expect(minutesUntil('16:21', now)).toBeNull()
    expect(minutesUntil('14:20', now)).toBeNull()
    expect(minutesUntil('25:00', now)).toBeNull()
    expect(minutesUntil('', now)).toBeNull()
    const lateEvening = new Date(2025, 2, 14, 23, 50, 0).getTime()
    expect(minutesUntil('00:20', lateEvening)).toBe(30)
    expect(parseBreakMinutes('15')).toBe(15)
    expect(parseBreakMinutes(' 7 ')).toBe(7)
    expect(parseBreakMinutes('1.5')).toBeNull()
    expect(parseBreakMinutes(121)).toBeNull()
  })
})

describe('BreakView', () => {
  const endsAt = TEST_NOW + 90_000

  it('says when we continue and counts down calmly, then that we continue shortly', async () => {
    const { wrapper } = await mountConnected(BreakView, {
      backend: timedBackend(),
      role: 'projector',
      mount: { props: { endsAt } },
    })
    expect(byTestId(wrapper, 'break-view-line')).toBe(`We gaan verder om ${clockTime(endsAt)}`)
    expect(byTestId(wrapper, 'break-view-countdown')).toBe('nog 01:30')
    await advance(1_000)
    expect(byTestId(wrapper, 'break-view-countdown')).toBe('nog 01:29')

    await advance(89_000)
    expect(byTestId(wrapper, 'break-view-line')).toBe('We gaan zo weer verder')
    expect(wrapper.find('[data-testid="break-view-countdown"]').exists()).toBe(false)
    // Nothing moves any more, so nothing ticks.
    expect(vi.getTimerCount()).toBe(0)
  })

  it('speaks English', async () => {
    const { wrapper } = await mountConnected(BreakView, {
      backend: timedBackend(),
      role: 'projector',
      locale: 'en',
      mount: { props: { endsAt } },
    })
    expect(byTestId(wrapper, 'break-view-line')).toBe(`We continue at ${clockTime(endsAt)}`)
    expect(byTestId(wrapper, 'break-view-countdown')).toBe('01:30 left')
    await advance(90_000)
    expect(byTestId(wrapper, 'break-view-line')).toBe('We will continue shortly')
  })
})
