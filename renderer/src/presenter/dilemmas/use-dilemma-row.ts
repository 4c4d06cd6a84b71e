import type { CaseVariant, Dilemma, DilemmaSource } from '@core/session/schema'
import { nextTick, reactive, ref } from 'vue'
import { useSessionCommands } from '../shared/use-session-commands'

export interface DilemmaDraft {
  title: string
  description: string
  contributor: string
  source: DilemmaSource
  variant: CaseVariant
}

/** Local editing state of one queue row; only what main accepts ends up in the session. */
export function useDilemmaRow(
  dilemma: () => Dilemma,
  index: () => number,
  total: () => number,
  showVariant: () => boolean,
) {
  const commands = useSessionCommands()
  const editing = ref(false)
  const confirmingRemove = ref(false)
  const draft = reactive<DilemmaDraft>({
    title: '',
    description: '',
    contributor: '',
    source: 'prepared',
    variant: 'variant1',
  })

  function startEdit(): void {
    const { title, description, contributor, source, variant } = dilemma()
    Object.assign(draft, { title, description, contributor, source, variant })
    editing.value = true
  }

  async function saveEdit(): Promise<void> {
    if (draft.title.trim() === '') return
    const { variant, ...fields } = draft
    // The variant only matters (and is only shown) when the session uses both variants.
    const changes = showVariant() ? { ...fields, variant } : fields
    if (await commands.editDilemma(dilemma().id, changes)) editing.value = false
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

  function onKeydown(event: KeyboardEvent): void {
    if (!event.altKey || editing.value) return
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      void move(event.key === 'ArrowUp' ? -1 : 1)
    }
  }

  const id = () => dilemma().id
  return {
    editing,
    confirmingRemove,
    draft,
    startEdit,
    saveEdit,
    cancelEdit: () => (editing.value = false),
    cancelRemove: () => (confirmingRemove.value = false),
    remove,
    move,
    onKeydown,
    discussNow: () => commands.makeCurrent(id()),
    markDiscussed: () => commands.setDilemmaStatus(id(), 'discussed'),
    skip: () => commands.setDilemmaStatus(id(), 'skipped'),
    requeue: () => commands.setDilemmaStatus(id(), 'queued'),
  }
}
