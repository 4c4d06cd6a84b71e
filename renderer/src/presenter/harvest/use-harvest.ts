import { useSessionStore } from '@common/session/session-store'
import { untilRevision } from '@common/session/until-revision'
import { keepingFocus } from '../shared/use-list-row'
import type { CommandInput } from '@core/commands/schema'
import type { HarvestList } from '@core/session/schema'
import { computed, nextTick, ref, type Ref } from 'vue'

type SessionStore = ReturnType<typeof useSessionStore>

/** Sends a command; when main accepts it, waits for its snapshot and the re-rendered DOM. */
export async function dispatchAndRender(
  store: SessionStore,
  command: CommandInput,
): Promise<boolean> {
  const result = await store.dispatch(command)
  if (result?.ok !== true) return false
  await untilRevision(store, result.revision)
  await nextTick()
  return true
}

/** The element of one item (a list row or table row carrying `data-item-id`). */
export function itemElement(root: HTMLElement | null, id: string): HTMLElement | null {
  const rows = root?.querySelectorAll<HTMLElement>('[data-item-id]') ?? []
  return [...rows].find((row) => row.dataset.itemId === id) ?? null
}

/** True when a field inside the element holds text, also text that is not sent yet. */
export function holdsText(element: Element | null): boolean {
  const fields = element?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )
  return [...(fields ?? [])].some((field) => field.value.trim() !== '')
}

/** Puts the keyboard focus in the first text field of an item, caret at the end. */
export function focusItem(root: HTMLElement | null, id: string): boolean {
  const field = itemElement(root, id)?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )
  if (!field) return false
  field.focus()
  field.setSelectionRange(field.value.length, field.value.length)
  return true
}

/** Focuses the list's add button (after the last item is gone). */
export function focusAddButton(root: HTMLElement | null): void {
  root?.querySelector<HTMLButtonElement>('[data-role="add"]')?.focus()
}

/**
 * One harvest list (common threads or new insights) typed like a flip chart: Enter starts the
 * next item, Backspace in an empty item removes it, Alt+arrows move it.
 */
export function useHarvestList(list: () => HarvestList, root: Ref<HTMLElement | null>) {
  const store = useSessionStore()
  const items = computed(() => store.session?.harvest[list()] ?? [])
  const confirmingId = ref<string | null>(null)
  let adding = false

  /** Adds an empty item after `afterIndex` (at the end when null) and focuses it. */
  async function add(afterIndex: number | null = null): Promise<void> {
    if (adding) return
    adding = true
    try {
      const before = new Set(items.value.map((item) => item.id))
      // One command, so one undo step, wherever the new item goes.
      const command =
        afterIndex === null || afterIndex >= items.value.length - 1
          ? { type: 'harvest/add' as const, list: list() }
          : { type: 'harvest/add' as const, list: list(), index: afterIndex + 1 }
      if (!(await dispatchAndRender(store, command))) return
      const added = items.value.find((item) => !before.has(item.id))
      if (!added) return
      focusItem(root.value, added.id)
    } finally {
      adding = false
    }
  }

  /** The add button: an empty last item already waits for text, so it just gets the focus. */
  function addAtEnd(): void {
    const last = items.value.at(-1)
    if (last && last.text.trim() === '' && !holdsText(itemElement(root.value, last.id)))
      focusItem(root.value, last.id)
    else void add()
  }

  function edit(id: string, text: string): void {
    void store.dispatch({ type: 'harvest/edit', list: list(), id, text })
  }

  /** Removes at once when the item is empty (or `sure`); otherwise only on the second click. */
  async function remove(id: string, sure = false): Promise<void> {
    const index = items.value.findIndex((item) => item.id === id)
    const item = items.value[index]
    if (!item) return
    const empty = item.text.trim() === '' && !holdsText(itemElement(root.value, id))
    if (!empty && !sure && confirmingId.value !== id) {
      confirmingId.value = id
      return
    }
    confirmingId.value = null
    const neighbour = items.value[index - 1] ?? items.value[index + 1]
    if (!(await dispatchAndRender(store, { type: 'harvest/remove', list: list(), id }))) return
    if (!neighbour || !focusItem(root.value, neighbour.id)) focusAddButton(root.value)
  }

  async function move(id: string, delta: number): Promise<void> {
    const index = items.value.findIndex((item) => item.id === id)
    const toIndex = index + delta
    if (index < 0 || toIndex < 0 || toIndex >= items.value.length) return
    await keepingFocus(() =>
      dispatchAndRender(store, { type: 'harvest/move', list: list(), id, toIndex }),
    )
  }

  function onEnter(event: KeyboardEvent, index: number): void {
    const field = event.target as HTMLTextAreaElement
    event.preventDefault()
    const next = items.value[index + 1]
    if (next && next.text.trim() === '' && !holdsText(itemElement(root.value, next.id))) {
      focusItem(root.value, next.id)
      return
    }
    // An empty last item already is the "next" one: no pile of empty items.
    if (!next && field.value.trim() === '') return
    void add(index)
  }

  function onBackspace(event: KeyboardEvent, id: string): void {
    const field = event.target as HTMLTextAreaElement
    if (field.value !== '') return
    event.preventDefault()
    field.blur() // sends the field's last draft before the item goes
    void remove(id, true)
  }

  function onKeydown(event: KeyboardEvent, index: number): void {
    const item = items.value[index]
    if (!item || event.isComposing) return
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      void move(item.id, event.key === 'ArrowUp' ? -1 : 1)
      return
    }
    const inField = event.target instanceof HTMLTextAreaElement
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey
    if (!inField || !plain) return
    if (event.key === 'Enter') onEnter(event, index)
    else if (event.key === 'Backspace') onBackspace(event, item.id)
  }

  return {
    items,
    confirmingId,
    add,
    addAtEnd,
    edit,
    remove,
    move,
    onKeydown,
    cancelRemove: () => (confirmingId.value = null),
  }
}
