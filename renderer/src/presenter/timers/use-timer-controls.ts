import { useSessionStore } from '@common/session/session-store'
import { useTimerReading } from '@common/timers/use-timer-reading'
import type { CommandInput } from '@core/commands/schema'
import type { TimerName } from '@core/session/schema'
import { computed } from 'vue'

/**
 * One presenter timer (phase or round): what it shows now, and one command per button.
 * The buttons only send commands; the display follows the snapshot main sends back.
 */
export function useTimerControls(name: TimerName) {
  const store = useSessionStore()
  const state = computed(() => store.session?.timers[name] ?? null)
  const view = useTimerReading(() => state.value)
  const running = computed(() => state.value?.startedAt != null)
  const durationMinutes = computed(() => Math.round((state.value?.durationMs ?? 0) / 60_000))

  const send = async (command: CommandInput) => (await store.dispatch(command))?.ok === true

  return {
    state,
    view,
    running,
    durationMinutes,
    toggle: () => send({ type: running.value ? 'timer/pause' : 'timer/start', timer: name }),
    reset: () => send({ type: 'timer/reset', timer: name }),
    adjust: (minutes: 1 | -1) => send({ type: 'timer/adjust', timer: name, minutes }),
  }
}
