import { ref } from 'vue'

export type DropSide = 'before' | 'after'

/** The queue row (its id) an event happened in, found by the row's data-dilemma-id. */
function rowIdOf(event: Event): string | null {
  const target = event.target
  if (!(target instanceof Element)) return null
  const row = target.closest<HTMLElement>('[data-dilemma-id]')
  return row?.dataset.dilemmaId ?? null
}

/**
 * Drag-and-drop reordering of the queue, listened for once on the list. A row dropped on
 * another row takes that row's place: the dilemma lands at the target's index.
 */
export function useQueueDrag(
  order: () => readonly { id: string }[],
  move: (id: string, toIndex: number) => Promise<boolean>,
) {
  const draggedId = ref<string | null>(null)
  const overId = ref<string | null>(null)
  const indexOf = (id: string | null) => order().findIndex((item) => item.id === id)

  function reset(): void {
    draggedId.value = null
    overId.value = null
  }

  function onDragStart(event: DragEvent): void {
    const id = rowIdOf(event)
    if (id === null) return
    draggedId.value = id
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move'
      event.dataTransfer.setData('text/plain', id)
    }
  }

  function onDragOver(event: DragEvent): void {
    // Only our own rows are dropped here; text dragged in from elsewhere is left alone.
    const id = rowIdOf(event)
    if (draggedId.value === null || id === null) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move'
    overId.value = id
  }

  function onDrop(event: DragEvent): void {
    const id = draggedId.value
    const targetId = rowIdOf(event)
    if (id === null) return
    event.preventDefault()
    const from = indexOf(id)
    const to = indexOf(targetId)
    reset()
    if (from < 0 || to < 0 || from === to) return
    void move(id, to)
  }

  /** Where the dragged row would land relative to row `id`, to draw the drop line. */
  function dropSide(id: string): DropSide | null {
    if (overId.value !== id || draggedId.value === null || draggedId.value === id) return null
    return indexOf(draggedId.value) < indexOf(id) ? 'after' : 'before'
  }

  return { draggedId, onDragStart, onDragOver, onDrop, onDragEnd: reset, dropSide }
}
