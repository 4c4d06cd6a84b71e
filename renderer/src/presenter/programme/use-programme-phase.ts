import type { Phase, PhaseKind } from '@core/session/schema'
import { ref } from 'vue'
import { parseMinutes, type Programme } from './use-programme'
import { useListRow } from '../shared/use-list-row'
import { isTypingTarget } from '../shared/use-typing-guard'

/**
 * Local state of one phase in the programme editor: a row of the programme, and the
 * gentle refusals of an empty title or an impossible number of minutes. Only what main accepts
 * ends up in the session.
 */
export function useProgrammePhase(
  programme: Programme,
  phase: () => Phase,
  index: () => number,
  total: () => number,
) {
  const row = useListRow({
    index,
    total,
    moveTo: (target) => programme.move(phase().id, target),
    remove: () => programme.remove(phase().id),
    keysOff: (event) => isTypingTarget(event.target),
  })
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

  return {
    ...row,
    titleNeeded,
    minutesInvalid,
    saveTitle,
    saveKind,
    saveMinutes,
    saveNotes,
  }
}
