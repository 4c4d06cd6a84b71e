import { nextTick, ref } from 'vue'

export interface ListRowOptions {
  readonly index: () => number
  readonly total: () => number
  readonly moveTo: (target: number) => Promise<boolean>
  readonly remove: () => Promise<unknown>
  /** Alt+Arrow is left to the page while this holds (a field being typed in, an open editor). */
  readonly keysOff: (event: KeyboardEvent) => boolean
}

/**
 * Runs a move; re-inserting a moved row can drop keyboard focus, so it is given back to where
 * it was, and Alt+Arrow can repeat.
 */
export async function keepingFocus(move: () => Promise<boolean>): Promise<boolean> {
  const focused = document.activeElement
  const moved = await move()
  await nextTick()
  if (moved && focused instanceof HTMLElement && document.activeElement !== focused) focused.focus()
  return moved
}

/**
 * What a row of a list the facilitator orders does with itself: removal on the second click, a
 * move that keeps the keyboard focus, and Alt+ArrowUp/Down. Only what main accepts changes.
 */
export function useListRow(options: ListRowOptions) {
  const confirmingRemove = ref(false)

  async function remove(): Promise<void> {
    if (!confirmingRemove.value) {
      confirmingRemove.value = true
      return
    }
    confirmingRemove.value = false
    await options.remove()
  }

  async function move(delta: number): Promise<boolean> {
    const target = options.index() + delta
    // Past either end there is nothing to move; sending it would only add a revision.
    if (target < 0 || target >= options.total()) return false
    return keepingFocus(() => options.moveTo(target))
  }

  function onKeydown(event: KeyboardEvent): void {
    if (!event.altKey || options.keysOff(event)) return
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      void move(event.key === 'ArrowUp' ? -1 : 1)
    }
  }

  return {
    confirmingRemove,
    remove,
    cancelRemove: () => (confirmingRemove.value = false),
    move,
    onKeydown,
  }
}
