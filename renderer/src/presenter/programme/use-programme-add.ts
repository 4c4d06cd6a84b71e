import type { PhaseKind } from '@core/session/schema'
import { computed, ref } from 'vue'
import { parseMinutes, type Programme } from './use-programme'

/** Where a new phase goes: at the end, or right after the phase with this id. */
export const AT_END = ''

/** The add-a-phase form: what is typed stays until main has accepted the new phase. */
export function useProgrammeAdd(programme: Programme) {
  const kind = ref<PhaseKind>('other')
  const title = ref('')
  const minutes = ref<string | number>(10)
  const after = ref(AT_END)
  /** A second click while main is still answering must not add the phase twice. */
  const busy = ref(false)

  const plannedMinutes = computed(() => parseMinutes(minutes.value))
  const canAdd = computed(
    () => title.value.trim() !== '' && plannedMinutes.value !== null && !programme.atLimit.value,
  )

  /** The insert position for the command: undefined means at the end. */
  function insertIndex(): number | undefined {
    if (after.value === AT_END) return undefined
    const index = programme.phases.value.findIndex((p) => p.id === after.value)
    return index < 0 ? undefined : index + 1
  }

  async function submit(): Promise<boolean> {
    const planned = plannedMinutes.value
    if (busy.value || !canAdd.value || planned === null) return false
    busy.value = true
    const added = await programme
      .add(kind.value, title.value, planned, insertIndex())
      .finally(() => (busy.value = false))
    if (added) {
      title.value = ''
      minutes.value = 10
      after.value = AT_END
    }
    return added
  }

  return { kind, title, minutes, after, busy, canAdd, submit }
}
