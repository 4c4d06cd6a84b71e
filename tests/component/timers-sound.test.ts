import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useRoundSound } from '../../renderer/src/presenter/timers/use-round-sound'
import type { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { advance, MINUTE, timedBackend, useFakeClock } from './support/timer-clock'

/** Records what the tone does with the Web Audio API; happy-dom has none of its own. */
class FakeAudioContext {
  static instances: FakeAudioContext[] = []
  state: AudioContextState = 'running'
  currentTime = 0
  readonly destination = {}
  readonly started: number[] = []
  closed = false

  constructor() {
    FakeAudioContext.instances.push(this)
  }

  createOscillator() {
    const param = () => ({ setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() })
    return {
      type: 'sine',
      frequency: param(),
      connect: vi.fn(),
      start: (at: number) => this.started.push(at),
      stop: vi.fn(),
    }
  }

  createGain() {
    return {
      gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
      connect: vi.fn(),
    }
  }

  resume() {
    return Promise.resolve()
  }

  close() {
    this.closed = true
    return Promise.resolve()
  }
}

/** How many times the tone sounded: each play starts its notes on one fresh batch. */
function plays(): number {
  const notes = FakeAudioContext.instances.flatMap((context) => context.started).length
  return notes / 2
}

const SoundHost = defineComponent({
  setup() {
    useRoundSound()
    return () => h('div')
  },
})

beforeEach(() => {
  useFakeClock()
  FakeAudioContext.instances = []
  vi.stubGlobal('AudioContext', FakeAudioContext)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

/** A backend with a running 3-minute round, the sound as given. */
function roundRunning(roundSound: boolean): FakeBackend {
  const backend = timedBackend()
  backend.apply({ type: 'timer/settings', roundSound })
  backend.apply({ type: 'timer/start', timer: 'round' })
  return backend
}

describe('the end-of-round tone', () => {
  it('sounds once when the round crosses zero with the sound on', async () => {
    await mountConnected(SoundHost, { backend: roundRunning(true) })
    await advance(3 * MINUTE - 1)
    expect(plays()).toBe(0)
    await advance(1)
    expect(plays()).toBe(1)
    await advance(5 * MINUTE)
    expect(plays()).toBe(1)
  })

  it('never sounds with the sound off', async () => {
    await mountConnected(SoundHost, { backend: roundRunning(false) })
    await advance(10 * MINUTE)
    expect(plays()).toBe(0)
    expect(FakeAudioContext.instances).toHaveLength(0)
  })

  it('follows pauses, extra minutes and the switch, and sounds only at the real end', async () => {
    const backend = roundRunning(true)
    await mountConnected(SoundHost, { backend })
    await advance(MINUTE)
    backend.apply({ type: 'timer/pause', timer: 'round' })
    await advance(5 * MINUTE)
    expect(plays()).toBe(0)

    backend.apply({ type: 'timer/start', timer: 'round' })
    backend.apply({ type: 'timer/adjust', timer: 'round', minutes: 1 })
    await flushPromises()
    await advance(3 * MINUTE - 1)
    expect(plays()).toBe(0)
    await advance(1)
    expect(plays()).toBe(1)

    // A new round with the sound switched off stays silent.
    backend.apply({ type: 'timer/reset', timer: 'round' })
    backend.apply({ type: 'timer/start', timer: 'round' })
    backend.apply({ type: 'timer/settings', roundSound: false })
    await advance(10 * MINUTE)
    expect(plays()).toBe(1)
  })

  it('stays silent in a presenter opened after the round ran out', async () => {
    const backend = roundRunning(true)
    await advance(4 * MINUTE)
    await mountConnected(SoundHost, { backend })
    await advance(5 * MINUTE)
    expect(plays()).toBe(0)
  })

  it('closes its audio when the presenter goes away', async () => {
    await mountConnected(SoundHost, { backend: roundRunning(true) })
    await advance(3 * MINUTE)
    expect(plays()).toBe(1)
    cleanup()
    expect(FakeAudioContext.instances[0]?.closed).toBe(true)
  })
})
