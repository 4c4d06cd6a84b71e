import type { Dilemma } from '@core/session/schema'
import { nextTick, ref } from 'vue'
import { useSessionCommands } from './use-session-commands'

/** Local editing state of one queue row; only what main accepts ends up in the session. */
export function useDilemmaRow(dilemma: () => Dilemma, index: () => number, total: () => number) {
  const commands = useSessionCommands()
  const editing = ref(false)
  const confirmingRemove = ref(false)
  const draftTitle = ref('')
  const draftDescription = ref('')

  function startEdit(): void {
    draftTitle.value = dilemma().title
    draftDescription.value = dilemma().description
    editing.value = true
  }

  async function saveEdit(): Promise<void> {
    if (draftTitle.value.trim() === '') return
    if (await commands.editDilemma(dilemma().id, draftTitle.value, draftDescription.value)) {
      editing.value = false
    }
  }

  async function remove(): Promise<void> {
    if (!confirmingRemove.value) {
      confirmingRemove.value = true
      return
    }
    confirmingRemove.value = false
    await commands.removeDilemma(dilemma().id)
  }

  async function move(delta: number): Promise<boolean> {
    const target = index() + delta
    // Past either end there is nothing to move; sending it would only add a revision.
    if (target < 0 || target >= total()) return false
    const focused = document.activeElement
    const moved = await commands.moveDilemma(dilemma().id, target)
    // Re-inserting a moved row drops keyboard focus to <body>; give it back so Alt+Arrow repeats.
    await nextTick()
    if (moved && focused instanceof HTMLElement && document.activeElement === document.body)
      focused.focus()
    return moved
  }
  const toggleCurrent = (isCurrent: boolean) =>
    commands.makeCurrent(isCurrent ? null : dilemma().id)

  function onKeydown(event: KeyboardEvent): void {
    if (!event.altKey || editing.value) return
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      void move(event.key === 'ArrowUp' ? -1 : 1)
    }
  }

  return {
    editing,
    confirmingRemove,
    draftTitle,
    draftDescription,
    startEdit,
    saveEdit,
    cancelEdit: () => (editing.value = false),
    cancelRemove: () => (confirmingRemove.value = false),
    remove,
    move,
    toggleCurrent,
    onKeydown,
  }
}
