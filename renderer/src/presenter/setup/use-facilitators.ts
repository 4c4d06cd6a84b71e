import { LIMITS } from '@core/session/schema'
import { computed, ref } from 'vue'
import { useSetup } from './use-setup'

export const MAX_FACILITATORS = LIMITS.facilitators
export const MAX_FACILITATOR_NAME = 80

/** The small list of facilitators: add by name, remove with a second click. */
export function useFacilitators() {
  const { setup, edit } = useSetup()
  const names = computed(() => setup.value?.facilitators ?? [])
  const full = computed(() => names.value.length >= MAX_FACILITATORS)
  const draft = ref('')
  const confirmingIndex = ref<number | null>(null)

  async function add(): Promise<boolean> {
    const name = draft.value.trim()
    if (name === '' || full.value) return false
    // The typed name is cleared only once main has accepted it.
    const added = await edit({ facilitators: [...names.value, name] })
    if (added) draft.value = ''
    return added
  }

  async function remove(index: number): Promise<void> {
    if (confirmingIndex.value !== index) {
      confirmingIndex.value = index
      return
    }
    confirmingIndex.value = null
    await edit({ facilitators: names.value.filter((_, i) => i !== index) })
  }

  function cancelRemove(index: number): void {
    if (confirmingIndex.value === index) confirmingIndex.value = null
  }

  return { names, full, draft, confirmingIndex, add, remove, cancelRemove }
}
