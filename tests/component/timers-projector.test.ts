import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TimerCard from '../../renderer/src/presenter/timers/TimerCard.vue'
import ProjectorTimer from '../../renderer/src/stage/ProjectorTimer.vue'
import type { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { advance, MINUTE, timedBackend, useFakeClock } from './support/timer-clock'

beforeEach(useFakeClock)
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

type Wrapper = Awaited<ReturnType<typeof mountConnected>>['wrapper']

const overlay = (wrapper: Wrapper) => wrapper.find('[data-testid="projector-timer"]')
const shown = (wrapper: Wrapper) => wrapper.get('[data-testid="projector-timer-time"]').text()
const words = (wrapper: Wrapper) => {
  const found = wrapper.find('[data-testid="projector-timer-words"]')
  return found.exists() ? found.text() : ''
}

/** The programme at its first phase (5 minutes, running) and the beamer set to show `timer`. */
function backendShowing(timer: 'phase' | 'round'): FakeBackend {
  const backend = timedBackend()
  backend.apply({ type: 'phase/go', id: 'ph1' })
  backend.apply({ type: 'projector/set-timer', timer })
  return backend
}

function mountOverlay(backend: FakeBackend, locale: 'nl' | 'en' = 'nl') {
  return mountConnected(ProjectorTimer, { backend, role: 'projector', locale })
}

describe('ProjectorTimer', () => {
  it('is hidden until the facilitator shows a timer, and follows that choice', async () => {
    const backend = timedBackend()
    backend.apply({ type: 'phase/go', id: 'ph1' })
    const { wrapper } = await mountOverlay(backend)
    expect(overlay(wrapper).exists()).toBe(false)

    backend.apply({ type: 'projector/set-timer', timer: 'phase' })
    await advance(0)
    expect(shown(wrapper)).toBe('05:00')
    expect(wrapper.text()).toContain('Fase')

    backend.apply({ type: 'projector/set-timer', timer: 'round' })
    await advance(0)
    expect(shown(wrapper)).toBe('03:00')
    expect(wrapper.text()).toContain('Ronde')

    backend.apply({ type: 'projector/set-timer', timer: 'hidden' })
    await advance(0)
    expect(overlay(wrapper).exists()).toBe(false)
  })

  it('writes the warning and overtime states in words, with their own classes', async () => {
    const { wrapper } = await mountOverlay(backendShowing('phase'))
    await advance(2 * MINUTE)
    expect(shown(wrapper)).toBe('03:00')
    expect(overlay(wrapper).classes()).toContain('projector-timer--normal')
    expect(words(wrapper)).toBe('')

    await advance(MINUTE)
    expect(overlay(wrapper).classes()).toContain('projector-timer--warning')
    expect(words(wrapper)).toBe('nog 2 min')

    await advance(2 * MINUTE + 3_000)
    expect(shown(wrapper)).toBe('+00:03')
    expect(overlay(wrapper).classes()).toContain('projector-timer--overtime')
    expect(words(wrapper)).toBe('tijd is om')
  })

  it('says when the timer is paused', async () => {
    const backend = backendShowing('phase')
    const { wrapper } = await mountOverlay(backend)
    await advance(4 * MINUTE)
    backend.apply({ type: 'timer/pause', timer: 'phase' })
    await advance(10_000)
    expect(shown(wrapper)).toBe('01:00')
    expect(words(wrapper)).toBe('laatste minuut · gepauzeerd')
  })

  it('marks the overlay for the gentle pulse only when the facilitator asks for it', async () => {
    const backend = backendShowing('phase')
    const { wrapper } = await mountOverlay(backend)
    expect(overlay(wrapper).classes()).not.toContain('projector-timer--pulse')
    backend.apply({ type: 'timer/settings', pulse: true })
    await advance(0)
    expect(overlay(wrapper).classes()).toContain('projector-timer--pulse')
    expect(overlay(wrapper).classes()).toContain('projector-timer--normal')
  })

  it('steps aside for the black screen and the break screen', async () => {
    const backend = backendShowing('phase')
    const { wrapper } = await mountOverlay(backend)
    backend.apply({ type: 'projector/blackout', blackout: 'black' })
    await advance(0)
    expect(overlay(wrapper).exists()).toBe(false)
    backend.apply({ type: 'projector/blackout', blackout: 'none' })
    backend.apply({ type: 'timer/start-break', minutes: 10 })
    await advance(0)
    expect(overlay(wrapper).exists()).toBe(false)
    backend.apply({ type: 'timer/end-break' })
    await advance(0)
    expect(overlay(wrapper).exists()).toBe(true)
  })

  it('speaks English', async () => {
    const { wrapper } = await mountOverlay(backendShowing('phase'), 'en')
    await advance(3 * MINUTE)
    expect(words(wrapper)).toBe('2 min left')
    expect(wrapper.text()).toContain('Phase')
    await advance(2 * MINUTE)
    expect(words(wrapper)).toBe('time is up')
  })
})

describe('both windows', () => {
  it('show the same second at the same time, derived from main’s clock', async () => {
    const backend = backendShowing('phase')
    const presenter = await mountConnected(TimerCard, {
      backend,
      mount: { props: { name: 'phase', heading: 'Fasetimer' } },
    })
    const projector = await mountOverlay(backend)
    const presenterTime = () => presenter.wrapper.get('[data-testid="timer-time"]').text()

    // Steps that land just before, on and just after second boundaries.
    for (const step of [999, 1, 1, 998, 1, 250, 750, 59_000, 4 * MINUTE, 500]) {
      await advance(step)
      expect(shown(projector.wrapper)).toBe(presenterTime())
    }
    expect(presenterTime()).toBe('+00:02')
  })
})
