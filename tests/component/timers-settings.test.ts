import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import TimerSettings from '../../renderer/src/presenter/timers/TimerSettings.vue'
import { parseWholeMinutes } from '../../renderer/src/presenter/timers/use-timer-settings'
import { cleanup, mountConnected } from './support/harness'

afterEach(cleanup)

type Wrapper = Awaited<ReturnType<typeof mountConnected>>['wrapper']
const setting = (wrapper: Wrapper, name: string) => wrapper.get(`[data-setting="${name}"]`)

describe('TimerSettings', () => {
  it('starts from the defaults: 3-minute rounds, warning at 2, no sound, no pulse, no timer', async () => {
    const { wrapper } = await mountConnected(TimerSettings)
    const input = (name: string) => setting(wrapper, name).element as HTMLInputElement
    expect(input('roundMinutes').value).toBe('3')
    expect(input('warningMinutes').value).toBe('2')
    expect(input('roundSound').checked).toBe(false)
    expect(input('pulse').checked).toBe(false)
    const hidden = wrapper.get('[data-option="hidden"]').element as HTMLInputElement
    expect(hidden.checked).toBe(true)
    expect(wrapper.text()).toContain('Timer op de beamer')
  })

  it('chooses which timer the projector shows', async () => {
    const { wrapper, backend, store } = await mountConnected(TimerSettings)
    await wrapper.get('[data-option="round"]').setValue(true)
    await flushPromises()
    expect(backend.dispatched).toEqual([{ type: 'projector/set-timer', timer: 'round' }])
    expect(store.session?.projector.timer).toBe('round')
    expect((wrapper.get('[data-option="round"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('sends the round length, warning minutes, sound and pulse', async () => {
    const { wrapper, backend, store } = await mountConnected(TimerSettings)
    await setting(wrapper, 'roundMinutes').setValue('5')
    await setting(wrapper, 'warningMinutes').setValue('1')
    await setting(wrapper, 'roundSound').setValue(true)
    await setting(wrapper, 'pulse').setValue(true)
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'timer/settings', roundMinutes: 5 },
      { type: 'timer/settings', warningMinutes: 1 },
      { type: 'timer/settings', roundSound: true },
      { type: 'timer/settings', pulse: true },
    ])
    expect(store.session?.timerSettings).toEqual({
      roundMinutes: 5,
      warningMinutes: 1,
      roundSound: true,
      pulse: true,
    })
    // A new round length applies to a round that has not started.
    expect(store.session?.timers.round.durationMs).toBe(5 * 60_000)
  })

  it('refuses lengths main would not accept, and says what fits', async () => {
    const { wrapper, backend } = await mountConnected(TimerSettings)
    await setting(wrapper, 'roundMinutes').setValue('45')
    await setting(wrapper, 'warningMinutes').setValue('-1')
    await flushPromises()
    expect(backend.dispatched).toEqual([])
    expect(wrapper.text()).toContain('Kies 1 tot 30 minuten.')
    expect(wrapper.text()).toContain('Kies 0 tot 15 minuten.')
    expect(setting(wrapper, 'roundMinutes').attributes('aria-invalid')).toBe('true')
  })

  it('follows settings changed elsewhere', async () => {
    const { wrapper, backend } = await mountConnected(TimerSettings)
    backend.apply({ type: 'timer/settings', roundMinutes: 7, pulse: true })
    await flushPromises()
    expect((setting(wrapper, 'roundMinutes').element as HTMLInputElement).value).toBe('7')
    expect((setting(wrapper, 'pulse').element as HTMLInputElement).checked).toBe(true)
  })

  it('speaks English', async () => {
    const { wrapper } = await mountConnected(TimerSettings, { locale: 'en' })
    expect(wrapper.text()).toContain('Length of a round (minutes)')
    expect(wrapper.text()).toContain('Soft sound at the end of a round')
    expect(wrapper.text()).toContain('Hidden')
  })

  it('reads whole minutes within a range', () => {
    expect(parseWholeMinutes('4', { min: 1, max: 30 })).toBe(4)
    expect(parseWholeMinutes(0, { min: 0, max: 15 })).toBe(0)
    expect(parseWholeMinutes('2.5', { min: 1, max: 30 })).toBeNull()
    expect(parseWholeMinutes('', { min: 1, max: 30 })).toBeNull()
  })
})
