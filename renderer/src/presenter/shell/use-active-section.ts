import { useSessionStore } from '@common/session/session-store'
import { currentPhase } from '@core/session/selectors'
import { computed, ref, watch } from 'vue'
import { sectionForPhase, type SectionId } from './sections'

/**
 * Which section the presenter shows: UI-only state. It follows the programme (a new phase
 * opens its section) but the facilitator can look elsewhere at any time.
 */
export function useActiveSection() {
  const store = useSessionStore()
  const phase = computed(() => (store.session ? currentPhase(store.session) : null))
  const active = ref<SectionId>(phase.value ? sectionForPhase(phase.value.kind) : 'session')

  watch(
    () => phase.value?.id,
    () => {
      if (phase.value) active.value = sectionForPhase(phase.value.kind)
    },
  )

  return { active, select: (section: SectionId) => (active.value = section) }
}
