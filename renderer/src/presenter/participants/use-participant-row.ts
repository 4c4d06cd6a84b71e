import { useSessionStore } from '@common/session/session-store'
import type { Participant } from '@core/session/schema'
import { ref } from 'vue'

/** Local state of one participant row: inline rename and the two-click remove. */
export function useParticipantRow(participant: () => Participant) {
  const store = useSessionStore()
  const editing = ref(false)
  const draftName = ref('')
  const confirmingRemove = ref(false)

  const setPresent = (present: boolean) =>
    store.dispatch({ type: 'participant/set-present', id: participant().id, present })

  function startEdit(): void {
    draftName.value = participant().name
    editing.value = true
  }

  async function saveEdit(): Promise<void> {
    const name = draftName.value.trim()
    if (name === '') return
    if (name === participant().name) {
      editing.value = false
      return
    }
    const result = await store.dispatch({ type: 'participant/rename', id: participant().id, name })
    if (result?.ok === true) editing.value = false
  }

  async function remove(): Promise<void> {
    if (!confirmingRemove.value) {
      confirmingRemove.value = true
      return
    }
    confirmingRemove.value = false
    await store.dispatch({ type: 'participant/remove', id: participant().id })
  }

  return {
    editing,
    draftName,
    confirmingRemove,
    setPresent,
    startEdit,
    saveEdit,
    cancelEdit: () => (editing.value = false),
    cancelRemove: () => (confirmingRemove.value = false),
    remove,
  }
}
