import { useSessionStore } from '@common/session/session-store'
import type { Principle } from '@core/session/schema'
import { computed, nextTick, ref } from 'vue'

export type PrincipleTextField = 'name' | 'summary' | 'explanation'

/** The deck as the session holds it, and which principle the projector shows large. */
export function usePrincipleList() {
  const store = useSessionStore()
  const principles = computed<readonly Principle[]>(() => store.session?.principles ?? [])
  const shownId = computed(() => store.session?.projector.principleId ?? null)
  return { principles, shownId }
}

/** Puts focus back where it was after a move re-inserted the item, or on the item itself. */
function restoreFocus(previous: Element | null, item: HTMLElement | null): void {
  const usable =
    previous instanceof HTMLElement &&
    previous.isConnected &&
    !(previous instanceof HTMLButtonElement && previous.disabled)
  if (usable) {
    if (document.activeElement !== previous) previous.focus()
  } else {
    item?.focus()
  }
}

/** The principle commands of the editor; each one is a single command to main. */
export function usePrincipleCommands() {
  const store = useSessionStore()
  const { principles } = usePrincipleList()
  const succeeded = async (result: ReturnType<typeof store.dispatch>) => (await result)?.ok === true

  function editText(id: string, field: PrincipleTextField, text: string): Promise<boolean> {
    // A principle always has a name: an emptied name field is simply not saved.
    if (field === 'name' && text.trim() === '') return Promise.resolve(false)
    const change: Partial<Record<PrincipleTextField, string>> = { [field]: text }
    return succeeded(store.dispatch({ type: 'principle/edit', id, ...change }))
  }

  function setColor(id: string, color: string): Promise<boolean> {
    return succeeded(store.dispatch({ type: 'principle/edit', id, color }))
  }

  /** Moves a principle one place; focus stays on the control (or item) that moved it. */
  async function move(id: string, delta: -1 | 1, item: HTMLElement | null): Promise<boolean> {
    const index = principles.value.findIndex((p) => p.id === id)
    const toIndex = index + delta
    // Past either end there is nothing to move; sending it would only add a revision.
    if (index < 0 || toIndex < 0 || toIndex >= principles.value.length) return false
    const focused = document.activeElement
    const moved = await succeeded(store.dispatch({ type: 'principle/move', id, toIndex }))
    await nextTick()
    if (moved) restoreFocus(focused, item)
    return moved
  }

  function toggleProjector(id: string, shown: boolean): Promise<boolean> {
    return succeeded(
      store.dispatch({ type: 'projector/show-principle', principleId: shown ? null : id }),
    )
  }

  return { editText, setColor, move, toggleProjector }
}

/** "Standaardset herstellen": the first click asks, the second one resets. */
export function useDeckReset() {
  const store = useSessionStore()
  const confirming = ref(false)
  const done = ref(false)

  async function reset(): Promise<void> {
    if (!confirming.value) {
      confirming.value = true
      done.value = false
      return
    }
    confirming.value = false
    done.value = (await store.dispatch({ type: 'principle/reset-all' }))?.ok === true
  }

  return { confirming, done, reset, cancel: () => (confirming.value = false) }
}
