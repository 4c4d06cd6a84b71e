import { useSessionStore } from '@common/session/session-store'
import type { CommandInput } from '@core/commands/schema'
import type { ProjectorTimer, TimerSettings } from '@core/session/schema'
import { computed, ref, watch, type Ref } from 'vue'

export const ROUND_MINUTES = { min: 1, max: 30 } as const
export const WARNING_MINUTES = { min: 0, max: 15 } as const

type Range = { readonly min: number; readonly max: number }

/** A whole number of minutes inside `range`, or null. */
export function parseWholeMinutes(raw: string | number, range: Range): number | null {
  const text = String(raw).trim()
  if (!/^\d+$/.test(text)) return null
  const minutes = Number(text)
  return minutes >= range.min && minutes <= range.max ? minutes : null
}

/**
 * A number field bound to one setting: a local draft while typing, sent to main on change when
 * valid, and following the session whenever the stored value changes.
 */
function useMinutesField(
  stored: () => number | undefined,
  range: Range,
  save: (n: number) => void,
) {
  const draft: Ref<string | number> = ref(stored() ?? '')
  const invalid = ref(false)
  watch(stored, (value) => {
    draft.value = value ?? ''
    invalid.value = false
  })
  function commit(): void {
    const minutes = parseWholeMinutes(draft.value, range)
    invalid.value = minutes === null
    if (minutes !== null && minutes !== stored()) save(minutes)
  }
  return { draft, invalid, commit }
}

/** The timer settings and which timer the beamer shows, one command per change. */
export function useTimerSettings() {
  const store = useSessionStore()
  const settings = computed(() => store.session?.timerSettings ?? null)
  const projectorTimer = computed<ProjectorTimer>(() => store.session?.projector.timer ?? 'hidden')

  const send = async (command: CommandInput) => (await store.dispatch(command))?.ok === true
  const change = (changes: Partial<TimerSettings>) => send({ type: 'timer/settings', ...changes })

  const roundMinutes = useMinutesField(
    () => settings.value?.roundMinutes,
    ROUND_MINUTES,
    (minutes) => void change({ roundMinutes: minutes }),
  )
  const warningMinutes = useMinutesField(
    () => settings.value?.warningMinutes,
    WARNING_MINUTES,
    (minutes) => void change({ warningMinutes: minutes }),
  )

  return {
    settings,
    projectorTimer,
    roundMinutes,
    warningMinutes,
    setSwitch: (name: 'roundSound' | 'pulse', on: boolean) => change({ [name]: on }),
    setProjectorTimer: (timer: ProjectorTimer) => send({ type: 'projector/set-timer', timer }),
  }
}
