import type { CaseVariant, Dilemma, DilemmaSource } from '@core/session/schema'
import { reactive, ref } from 'vue'
import { useListRow } from '../shared/use-list-row'
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
  const row = useListRow({
    index,
    total,
    moveTo: (target) => commands.moveDilemma(dilemma().id, target),
    remove: () => commands.removeDilemma(dilemma().id),
    keysOff: () => editing.value,
  })
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

  const id = () => dilemma().id
  return {
    ...row,
    editing,
    draft,
    startEdit,
    saveEdit,
    cancelEdit: () => (editing.value = false),
    discussNow: () => commands.makeCurrent(id()),
    markDiscussed: () => commands.setDilemmaStatus(id(), 'discussed'),
    skip: () => commands.setDilemmaStatus(id(), 'skipped'),
    requeue: () => commands.setDilemmaStatus(id(), 'queued'),
  }
}
