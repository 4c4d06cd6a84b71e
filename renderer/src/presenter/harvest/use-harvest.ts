import { useSessionStore } from '@common/session/session-store'
import { untilRevision } from '@common/session/until-revision'
import { keepingFocus } from '../shared/use-list-row'
import type { CommandInput } from '@core/commands/schema'
import type { HarvestList } from '@core/session/schema'
import { computed, nextTick, ref, type Ref } from 'vue'

type SessionStore = ReturnType<typeof useSessionStore>

/** Sends a command; when main accepts it, waits for its snapshot and the re-rendered DOM. */
async function dispatchAndRender(store: SessionStore, command: CommandInput): Promise<boolean> {
  const result = await store.dispatch(command)
  if (result?.ok !== true) return false
  await untilRevision(store, result.revision)
  await nextTick()
  return true
}

/** The element of one item (a list row or table row carrying `data-item-id`). */
function itemElement(root: HTMLElement | null, id: string): HTMLElement | null {
  const rows = root?.querySelectorAll<HTMLElement>('[data-item-id]') ?? []
  return [...rows].find((row) => row.dataset.itemId === id) ?? null
}

/** True when a field inside the element holds text, also text that is not sent yet. */
function holdsText(element: Element | null): boolean {
  const fields = element?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )
  return [...(fields ?? [])].some((field) => field.value.trim() !== '')
}

/** Puts the keyboard focus in the first text field of an item, caret at the end. */
function focusItem(root: HTMLElement | null, id: string): boolean {
  const field = itemElement(root, id)?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    'input, textarea',
  )
  if (!field) return false
  field.focus()
  field.setSelectionRange(field.value.length, field.value.length)
  return true
}

/** Focuses the list's add button (after the last item is gone). */
function focusAddButton(root: HTMLElement | null): void {
  root?.querySelector<HTMLButtonElement>('[data-role="add"]')?.focus()
}

/**
 * What the harvest lists and the follow-up table share: adding a row and focusing it, and
 * removing one (a row holding text only on the second click) with the focus going to a neighbour.
 */
export function useRows<T extends { id: string }>(
  rows: Readonly<Ref<readonly T[]>>,
  root: Ref<HTMLElement | null>,
  blank: (row: T) => boolean,
) {
  const store = useSessionStore()
  const confirmingId = ref<string | null>(null)
  let adding = false

  /** True when the row is blank, also in what is typed but not sent yet. */
  const isEmpty = (row: T) => blank(row) && !holdsText(itemElement(root.value, row.id))

  async function add(command: CommandInput): Promise<void> {
    if (adding) return
    adding = true
    try {
      const before = new Set(rows.value.map((row) => row.id))
      if (!(await dispatchAndRender(store, command))) return
      const added = rows.value.find((row) => !before.has(row.id))
      if (added) focusItem(root.value, added.id)
    } finally {
      adding = false
    }
  }

  /** Removes at once when the row is empty (or `sure`); otherwise only on the second click. */
  async function remove(id: string, command: CommandInput, sure = false): Promise<void> {
    const index = rows.value.findIndex((row) => row.id === id)
    const row = rows.value[index]
    if (!row) return
    if (!isEmpty(row) && !sure && confirmingId.value !== id) {
      confirmingId.value = id
      return
    }
    confirmingId.value = null
    const neighbour = rows.value[index - 1] ?? rows.value[index + 1]
    if (!(await dispatchAndRender(store, command))) return
    if (!neighbour || !focusItem(root.value, neighbour.id)) focusAddButton(root.value)
  }

  return { confirmingId, isEmpty, add, remove, cancelRemove: () => (confirmingId.value = null) }
}

/**
 * One harvest list (common threads or new insights) typed like a flip chart: Enter starts the
 * next item, Backspace in an empty item removes it, Alt+arrows move it.
 */
export function useHarvestList(list: () => HarvestList, root: Ref<HTMLElement | null>) {
  const store = useSessionStore()
  const items = computed(() => store.session?.harvest[list()] ?? [])
  const rows = useRows(items, root, (item) => item.text.trim() === '')

  /** Adds an empty item after `afterIndex` (at the end when null) and focuses it. */
  function add(afterIndex: number | null = null): Promise<void> {
    // One command, so one undo step, wherever the new item goes.
    return rows.add(
      afterIndex === null || afterIndex >= items.value.length - 1
        ? { type: 'harvest/add', list: list() }
        : { type: 'harvest/add', list: list(), index: afterIndex + 1 },
    )
  }

  /** The add button: an empty last item already waits for text, so it just gets the focus. */
  function addAtEnd(): void {
    const last = items.value.at(-1)
    if (last && rows.isEmpty(last)) focusItem(root.value, last.id)
    else void add()
  }

  function edit(id: string, text: string): void {
    void store.dispatch({ type: 'harvest/edit', list: list(), id, text })
  }

  const remove = (id: string, sure = false) =>
    rows.remove(id, { type: 'harvest/remove', list: list(), id }, sure)

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
    if (next && rows.isEmpty(next)) {
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
    confirmingId: rows.confirmingId,
    addAtEnd,
    edit,
    remove,
    move,
    onKeydown,
    cancelRemove: rows.cancelRemove,
  }
}
