import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FRAME_FALLBACK_MS } from '../../renderer/src/common/timers/use-now'
import ProjectorTimer from '../../renderer/src/stage/ProjectorTimer.vue'
import { cleanup, mountConnected } from './support/harness'
import { timedBackend, useFakeClock } from './support/timer-clock'

/** Animation frames the test hands out one at a time, as a display's refresh would. */
const frames = new Map<number, FrameRequestCallback>()
let lastHandle = 0

beforeEach(() => {
  useFakeClock()
  frames.clear()
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastHandle, callback)
    return lastHandle
  })
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => frames.delete(handle))
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

async function runningOverlay() {
  const backend = timedBackend()
  backend.apply({ type: 'phase/go', id: 'ph1' })
  backend.apply({ type: 'projector/set-timer', timer: 'phase' })
  const { wrapper } = await mountConnected(ProjectorTimer, {
    backend,
    role: 'projector',
    mount: { props: { place: 'corner' } },
  })
  return () => wrapper.get('[data-testid="projector-timer-time"]').text()
}

async function nextFrame(): Promise<void> {
  const pending = [...frames.values()]
  frames.clear()
  for (const callback of pending) callback(performance.now())
  await vi.advanceTimersByTimeAsync(0)
}

describe('the shown second', () => {
  it('flips in the first animation frame after its boundary, not between frames', async () => {
    const shown = await runningOverlay()
    expect(shown()).toBe('05:00')
    await vi.advanceTimersByTimeAsync(1_000)
    // The boundary has passed; the new second waits for the frame that will draw it.
    expect(shown()).toBe('05:00')
    expect(frames.size).toBe(1)
    await vi.advanceTimersByTimeAsync(8)
    await nextFrame()
    expect(shown()).toBe('04:59')
  })

  it('still follows the clock in a window that gets no frames (hidden or minimised)', async () => {
    const shown = await runningOverlay()
    await vi.advanceTimersByTimeAsync(1_000 + FRAME_FALLBACK_MS - 1)
    expect(shown()).toBe('05:00')
    await vi.advanceTimersByTimeAsync(1)
    expect(shown()).toBe('04:59')
    await vi.advanceTimersByTimeAsync(59_000)
    expect(shown()).toBe('04:00')
  })
})
