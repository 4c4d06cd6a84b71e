import type { Phase, PhaseKind } from '@core/session/schema'
import { nextTick, ref } from 'vue'
import { parseMinutes, type Programme } from './use-programme'
import { isTypingTarget } from '../shared/use-typing-guard'

/**
 * Local state of one phase in the programme editor: the second click before removing, and the
 * gentle refusals of an empty title or an impossible number of minutes. Only what main accepts
 * ends up in the session.
 */
export function useProgrammePhase(
  programme: Programme,
  phase: () => Phase,
  index: () => number,
  total: () => number,
) {
  const confirmingRemove = ref(false)
  const titleNeeded = ref(false)
  const minutesInvalid = ref(false)

  function saveTitle(text: string): void {
    // A phase always has a title: an emptied field keeps the last one until something is typed.
    titleNeeded.value = text.trim() === ''
    if (!titleNeeded.value) void programme.edit(phase().id, { title: text })
  }

  function saveKind(kind: PhaseKind): void {
    if (kind !== phase().kind) void programme.edit(phase().id, { kind })
  }

  function saveMinutes(input: HTMLInputElement): void {
    const minutes = parseMinutes(input.value)
    minutesInvalid.value = minutes === null
    if (minutes === null) input.value = String(phase().plannedMinutes)
    else if (minutes !== phase().plannedMinutes)
      void programme.edit(phase().id, { plannedMinutes: minutes })
  }

  const saveNotes = (notes: string) => void programme.edit(phase().id, { notes })

  async function remove(): Promise<void> {
    if (!confirmingRemove.value) {
      confirmingRemove.value = true
      return
    }
    confirmingRemove.value = false
    await programme.remove(phase().id)
  }

  async function move(delta: number): Promise<boolean> {
    const target = index() + delta
    // Past either end there is nothing to move; sending it would only add a revision.
    if (target < 0 || target >= total()) return false
    const focused = document.activeElement
    const moved = await programme.move(phase().id, target)
    // Re-inserting a moved item can drop keyboard focus; give it back so Alt+Arrow repeats.
    await nextTick()
    if (moved && focused instanceof HTMLElement && document.activeElement !== focused)
      focused.focus()
    return moved
  }

  function onKeydown(event: KeyboardEvent): void {
    if (!event.altKey || isTypingTarget(event.target)) return
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      void move(event.key === 'ArrowUp' ? -1 : 1)
    }
  }

  return {
    confirmingRemove,
    titleNeeded,
    minutesInvalid,
    saveTitle,
    saveKind,
    saveMinutes,
    saveNotes,
    remove,
    cancelRemove: () => (confirmingRemove.value = false),
    move,
    onKeydown,
  }
}
