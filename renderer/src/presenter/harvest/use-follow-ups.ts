import { useSessionStore } from '@common/session/session-store'
import type { FollowUp } from '@core/session/schema'
import { computed, ref, type Ref } from 'vue'
import { dispatchAndRender, focusAddButton, focusItem, holdsText, itemElement } from './use-harvest'

export type FollowUpChanges = Partial<Pick<FollowUp, 'what' | 'who' | 'due'>>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** "vr 14 mrt 2025" (or "Fri 14 Mar 2025"); '' for no or an unreadable date. */
export function formatDue(due: string, locale: string): string {
  if (!ISO_DATE.test(due)) return ''
  const date = new Date(`${due}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/** The follow-up table: what, who prepares it, when. */
export function useFollowUps(root: Ref<HTMLElement | null>) {
  const store = useSessionStore()
  const followUps = computed(() => store.session?.harvest.followUps ?? [])
  const confirmingId = ref<string | null>(null)
  let adding = false

  async function add(): Promise<void> {
    if (adding) return
    adding = true
    try {
      const before = new Set(followUps.value.map((f) => f.id))
      if (!(await dispatchAndRender(store, { type: 'harvest/add-followup' }))) return
      const added = followUps.value.find((f) => !before.has(f.id))
      if (added) focusItem(root.value, added.id)
    } finally {
      adding = false
    }
  }

  function edit(id: string, changes: FollowUpChanges): void {
    void store.dispatch({ type: 'harvest/edit-followup', id, ...changes })
  }

  /** From the date field: '' clears the date; anything but a whole date is left alone. */
  function setDue(id: string, value: string): void {
    if (value === '' || ISO_DATE.test(value)) edit(id, { due: value })
  }

  /** Removes an empty row at once; a row with something in it only on the second click. */
  async function remove(id: string): Promise<void> {
    const index = followUps.value.findIndex((f) => f.id === id)
    const followUp = followUps.value[index]
    if (!followUp) return
    const empty =
      [followUp.what, followUp.who, followUp.due].every((text) => text.trim() === '') &&
      !holdsText(itemElement(root.value, id))
    if (!empty && confirmingId.value !== id) {
      confirmingId.value = id
      return
    }
    confirmingId.value = null
    const neighbour = followUps.value[index - 1] ?? followUps.value[index + 1]
    if (!(await dispatchAndRender(store, { type: 'harvest/remove-followup', id }))) return
    if (!neighbour || !focusItem(root.value, neighbour.id)) focusAddButton(root.value)
  }

  return {
    followUps,
    confirmingId,
    add,
    edit,
    setDue,
    remove,
    cancelRemove: () => (confirmingId.value = null),
  }
}
